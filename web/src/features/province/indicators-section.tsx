// Section 6, indicator sets (R3.4): the versioned sets with their groups, and loading a set's
// official table (CSV pasted or read from a file); an invalid table is refused whole, in place.
import { useState } from 'react'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { useIndicatorSets, useProvinceWrite, writes, type IndicatorSet } from './province-queries'

export function IndicatorsSection() {
  const { t } = useI18n()
  const query = useIndicatorSets()
  return (
    <QueryState query={query}>
      {({ items }) =>
        items.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="prv-rows">
            {items.map((s) => (
              <SetRow key={s.id} set={s} />
            ))}
          </ul>
        )
      }
    </QueryState>
  )
}

function SetRow({ set: s }: { set: IndicatorSet }) {
  const { t, lang } = useI18n()
  const [loading, setLoading] = useState(false)
  return (
    <li data-testid={`prv-set-${s.id}`}>
      <strong>{lang === 'en' ? s.title : s.titleZh}</strong> ({s.id}){' '}
      <span className="chip">{s.confirmed ? t('prvConfirmed') : t('prvUnconfirmed')}</span>
      <div className="small">
        {t('prvSetFigures', {
          max: s.maxTotal,
          pass: s.passTotal ?? '—',
          groups: s.groupCount,
          items: s.level3Count,
        })}{' '}
        · {s.source}
      </div>
      <table className="prv-table">
        <thead>
          <tr>
            <th scope="col">{t('prvGroup')}</th>
            <th scope="col">{t('prvPoints')}</th>
            <th scope="col">{t('prvItems')}</th>
            <th scope="col">{t('prvGroupSource')}</th>
          </tr>
        </thead>
        <tbody>
          {s.groups.map((g) => (
            <tr key={g.id}>
              <th scope="row">{lang === 'en' ? g.en : g.zh}</th>
              <td>{g.points === null ? t('prvNotLoaded') : formatNumber(g.points, lang)}</td>
              <td>{g.items === null ? '—' : formatNumber(g.items, lang)}</td>
              <td className="small">{g.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn" aria-expanded={loading} onClick={() => setLoading(!loading)}>
        {t('prvLoadTableFor', { id: s.id })}
      </button>
      {loading && <LoadTable setId={s.id} />}
    </li>
  )
}

function LoadTable({ setId }: { setId: string }) {
  const { t } = useI18n()
  const { session } = useSession()
  const [csv, setCsv] = useState('group_id,points,items\n')
  const [source, setSource] = useState('')
  // The pass rule, for a set that has none yet (the 2024 set is published without one here).
  const [passTotal, setPassTotal] = useState('')
  const [groupMinPercent, setGroupMinPercent] = useState('')
  const load = useProvinceWrite(writes.loadTable)
  return (
    <form
      className="prv-fields"
      onSubmit={(e) => {
        e.preventDefault()
        if (!session) return
        load.mutate({
          csrf: session.csrfToken,
          setId,
          csv,
          source: source.trim(),
          passTotal: passTotal ? Number(passTotal) : undefined,
          groupMinShare: groupMinPercent ? Number(groupMinPercent) / 100 : undefined,
        })
      }}
    >
      <label className="prv-wide">
        {t('prvTableCsv')}
        <textarea rows={8} value={csv} onChange={(e) => setCsv(e.target.value)} spellCheck={false} />
      </label>
      <label className="prv-wide">
        {t('prvTableFile')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const file = e.target.files?.[0]
            if (file) setCsv(await file.text())
          }}
        />
      </label>
      <label className="prv-wide">
        {t('prvTableSource')}
        <input type="text" required value={source} onChange={(e) => setSource(e.target.value)} />
      </label>
      <label>
        {t('prvPassTotal')}
        <input type="number" min={1} value={passTotal} onChange={(e) => setPassTotal(e.target.value)} />
      </label>
      <label>
        {t('prvGroupMinPercent')}
        <input
          type="number"
          min={1}
          max={100}
          value={groupMinPercent}
          onChange={(e) => setGroupMinPercent(e.target.value)}
        />
      </label>
      <button type="submit" className="btn btn-primary" disabled={load.isPending}>
        {t('prvLoadTable')}
      </button>
      {load.error && <ErrorNotice error={load.error} />}
      {load.isSuccess && (
        <p className="saved-note" role="status">
          {t('prvTableLoaded')}
        </p>
      )}
    </form>
  )
}
