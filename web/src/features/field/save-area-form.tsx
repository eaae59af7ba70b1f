// Choosing and saving an offline work area: the estimate first (tiles × their measured average,
// plus the records), then the save with its progress, then the bytes actually stored.
import { formatBytes, type Role } from '@zgm/domain'
import { useState, type FormEvent } from 'react'
import { read } from '../../api/client'
import { useRegionList } from '../../api/public-queries'
import { useI18n } from '../../i18n/i18n'
import { estimateOf, measureMineRecords, packUrlOf, saveArea, type SaveProgress } from './area-save'
import type { AreaPack, SavedArea } from './area-store'

interface Props {
  role: Role
  regionCode: string | null
  username: string
  onSaved(area: SavedArea): void
}

type Choice = { regionCode: string } | { scope: 'assignments' }
const choiceOf = (value: string): Choice =>
  value === 'assignments' ? { scope: 'assignments' } : { regionCode: value }

export function SaveAreaForm({ role, regionCode, username, onSaved }: Props) {
  const { t } = useI18n()
  const counties = useRegionList('county')
  // The counties the user may save: its own, those of its city, every one for the province.
  const mine = (counties.data ?? []).filter((c) =>
    role === 'county'
      ? c.code === regionCode
      : role === 'city'
        ? c.parentCode === regionCode
        : role !== 'evaluator',
  )
  const [value, setValue] = useState<string>(role === 'county' && regionCode ? regionCode : 'assignments')
  const [estimate, setEstimate] = useState<{ pack: AreaPack; total: number; records: number } | null>(null)
  const [busy, setBusy] = useState<'estimating' | SaveProgress | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const doEstimate = async () => {
    setBusy('estimating')
    setMessage(null)
    try {
      const choice = choiceOf(value)
      const pack = await read('/api/field/areas/pack', { params: { query: choice } })
      const packBytes = new TextEncoder().encode(JSON.stringify(pack)).length
      const perMine = await measureMineRecords(pack)
      setEstimate({ pack, total: estimateOf(pack, packBytes, perMine), records: perMine * pack.mines.length })
    } catch (e) {
      setMessage(t('fieldAppSaveFailed', { msg: (e as Error).message }))
    } finally {
      setBusy(null)
    }
  }

  const doSave = async (e: FormEvent) => {
    e.preventDefault()
    setBusy({ done: 0, total: 1 })
    setMessage(null)
    try {
      const area = await saveArea(packUrlOf(choiceOf(value)), username, role, setBusy)
      // Ask that the browser keep it (it may still say no; the list shows which).
      await navigator.storage?.persist?.()
      setMessage(t('fieldAppSaved', { name: area.name, size: formatBytes(area.bytes) }))
      setEstimate(null)
      onSaved(area)
    } catch (err) {
      setMessage(t('fieldAppSaveFailed', { msg: (err as Error).message }))
    } finally {
      setBusy(null)
    }
  }

  return (
    <form className="field-card" onSubmit={doSave} aria-labelledby="field-save-heading">
      <h2 id="field-save-heading">{t('fieldAppSaveHeading')}</h2>
      <label className="field-label">
        {t('fieldAppAreaLabel')}
        <select
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            setEstimate(null)
          }}
        >
          {mine.map((c) => (
            <option key={c.code} value={c.code}>
              {t('fieldAppAreaCounty', { name: c.name })}
            </option>
          ))}
          <option value="assignments">{t('fieldAppAreaAssignments')}</option>
        </select>
      </label>
      <div className="field-actions">
        <button type="button" className="btn" onClick={doEstimate} disabled={busy !== null}>
          {busy === 'estimating' ? t('fieldAppEstimating') : t('fieldAppEstimate')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy !== null || estimate === null}>
          {t('fieldAppSave')}
        </button>
      </div>
      {estimate && (
        <p className="field-estimate" data-testid="field-estimate">
          {t('fieldAppEstimateResult', {
            size: formatBytes(estimate.total),
            tiles: estimate.pack.estimate.tileCount,
            avg: formatBytes(estimate.pack.estimate.avgTileBytes),
            mines: estimate.pack.mines.length,
            records: formatBytes(estimate.records),
          })}
        </p>
      )}
      {busy !== null && busy !== 'estimating' && (
        <p role="status">
          <progress max={busy.total} value={busy.done} />{' '}
          {t('fieldAppSaving', { done: busy.done, total: busy.total })}
        </p>
      )}
      {message && (
        <p role="status" className="field-message" data-testid="field-save-message">
          {message}
        </p>
      )}
    </form>
  )
}
