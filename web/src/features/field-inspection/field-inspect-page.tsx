// The field inspection form (/field/inspect/:mineId), phone first: the mine as the field answer
// has it, the checklist, findings, photos and the disturbed-area sketch. Saving writes the whole
// inspection to the outbox (IndexedDB) under its own id; the outbox sends it when it can.
import { useEffect, useState } from 'react'
import {
  GREEN_STATE_META,
  MINE_STATUS_LABELS,
  todayInZhejiang,
  type GreenState,
  type MineStatus,
  type MultiPolygonGeometry,
} from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import { formatDate } from '../../i18n/format'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { recordInspection } from '../field-outbox/outbox'
import { syncNow } from '../field-outbox/outbox-sync'
import { useOnline, useWaitingCount } from '../field-outbox/use-outbox'
import { ChecklistSection, type Checks } from './checklist-section'
import { useFieldMine, type FieldMine } from './field-mine-query'
import type { OutsideArea } from './outside-area'
import { PhotoSection, type TakenPhoto } from './photo-section'
import { SketchPanel } from './sketch-panel'

export function FieldInspectPage({ mineId }: { mineId: number }) {
  const mine = useFieldMine(mineId)
  return <QueryState query={mine}>{(m) => <InspectionForm key={m.mine.id} data={m} />}</QueryState>
}

function InspectionForm({ data }: { data: FieldMine }) {
  const { t, lang } = useI18n()
  // Photos are read for their position offline too: load the EXIF reader with the form.
  useEffect(() => void import('exifr'), [])
  const online = useOnline()
  const waiting = useWaitingCount()
  const [checks, setChecks] = useState<Checks>({})
  const [findings, setFindings] = useState('')
  const [photos, setPhotos] = useState<TakenPhoto[]>([])
  const [sketch, setSketch] = useState<{ g: MultiPolygonGeometry | null; m: OutsideArea | null }>({
    g: null,
    m: null,
  })
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'empty'>('idle')
  const [formKey, setFormKey] = useState(0)
  const { mine } = data

  const save = async () => {
    const checklist = Object.entries(checks).map(([code, c]) => ({
      code,
      result: c.result,
      ...(c.note.trim() ? { note: c.note.trim() } : {}),
    }))
    if (!checklist.length && !findings.trim() && !photos.length && !sketch.g) return setState('empty')
    setState('saving')
    await recordInspection(
      { id: mine.id, name: mine.name },
      {
        mineId: mine.id,
        on: todayInZhejiang(),
        recordedAt: new Date().toISOString(),
        baseVersion: mine.version,
        checklist,
        findings: findings.trim(),
        sketch: sketch.g,
      },
      sketch.m && Number.isFinite(sketch.m.outsideM2) ? Math.round(sketch.m.outsideM2 * 10) / 10 : null,
      photos.map((p) => ({ blob: p.blob, name: p.name, exif: p.exif })),
    )
    setChecks({})
    setFindings('')
    setPhotos([])
    setSketch({ g: null, m: null })
    setFormKey((k) => k + 1)
    setState('saved')
    void syncNow()
  }

  const greenLabel = GREEN_STATE_META[mine.greenState as GreenState]?.[lang] ?? mine.greenState
  const opsLabel = MINE_STATUS_LABELS[mine.opsStatus as MineStatus]?.[lang] ?? mine.opsStatus
  const rect = data.rectification
  return (
    <div className="fld-form" data-testid="field-form">
      <p className={online ? 'fld-net fld-net-on' : 'fld-net fld-net-off'} role="status" data-online={online}>
        {online ? t('fldOnline') : t('fldOffline')}
      </p>
      <header className="fld-section fld-mine">
        <h1>{mine.name}</h1>
        <p className="muted">
          {mine.countyName} · {t('fldLicence', { no: mine.licenceNo })}
        </p>
        <p>
          <span className="chip">{greenLabel}</span> <span className="chip">{opsLabel}</span>{' '}
          <span className="muted">{t('fldVersion', { v: mine.version })}</span>
        </p>
        {rect ? (
          <p className={rect.daysLeft < 0 ? 'fld-alert' : ''}>
            {rect.daysLeft < 0
              ? t('fldOrderOverdue', { date: formatDate(rect.deadline, lang), n: -rect.daysLeft })
              : t('fldOrder', { date: formatDate(rect.deadline, lang), n: rect.daysLeft })}
          </p>
        ) : null}
        {data.spotCheck ? (
          <p className="muted">
            {t('fldLastSpotCheck', {
              date: formatDate(data.spotCheck.checkedOn, lang),
              result: data.spotCheck.result === 'pass' ? t('fldSpotPass') : t('fldSpotDeclined'),
            })}
          </p>
        ) : null}
        {data.openTasks.length ? (
          <p className="muted">{t('fldTasks', { n: data.openTasks.length })}</p>
        ) : null}
      </header>
      <ChecklistSection
        title={lang === 'zh' ? data.checklist.titleZh : data.checklist.title}
        items={data.checklist.items}
        checks={checks}
        onChange={setChecks}
      />
      <section className="fld-section">
        <label className="fld-label" htmlFor="fld-findings">
          {t('fldFindings')}
        </label>
        <textarea
          id="fld-findings"
          className="fld-findings"
          rows={4}
          maxLength={4000}
          placeholder={t('fldFindingsHint')}
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
        />
      </section>
      <PhotoSection photos={photos} onChange={setPhotos} />
      <SketchPanel
        key={formKey}
        licence={data.licence}
        footprint={data.footprint}
        center={mine.location as [number, number]}
        toleranceM2={data.toleranceM2}
        onChange={(g, m) => setSketch({ g, m })}
      />
      <div className="fld-save">
        {state === 'empty' ? <p role="alert">{t('fldNeedSomething')}</p> : null}
        {state === 'saved' ? (
          <p role="status" className="fld-saved">
            {t('fldSaved')}
          </p>
        ) : null}
        <button
          type="button"
          className="btn btn-primary fld-save-btn"
          disabled={state === 'saving'}
          onClick={() => void save()}
        >
          {state === 'saving' ? t('fldSaving') : t('fldSave')}
        </button>
        <Link href="/field/outbox" className="btn fld-outbox-link">
          {t('fldToOutbox', { n: waiting })}
        </Link>
      </div>
    </div>
  )
}
