import { useState } from 'react'
import type { IsoDate, StatsRow } from '../../api/schemas'
import { useAlerts } from '../../api/staff-queries'
import { BarChart } from '../../charts/bar-chart'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import type { ScreenContext } from '../map-screen/screen-context'
import { AlertList } from './alert-list'
import { pipelineBars } from './pipeline'

/** How many mines stand at each step, plus overdue and coming-due items (staff only); a count opens its list. */
export function PipelineChart({
  row,
  asOf,
  region,
  ctx,
}: {
  row: StatsRow | undefined
  asOf: IsoDate
  /** The region in view (null: all the user may see). */
  region: string | null
  ctx: ScreenContext
}) {
  const { t, lang } = useI18n()
  const alerts = useAlerts(asOf, region, row?.pipeline !== undefined).data
  const [open, setOpen] = useState<'overdue' | 'comingDue' | null>(null)
  if (!row?.pipeline) return null
  const bars = pipelineBars(row.pipeline, lang).map((b) => ({
    ...b,
    valueLabel: formatNumber(b.value, lang),
  }))
  return (
    <section className="panel-section" data-testid="pipeline">
      <h3>{t('pipeline')}</h3>
      <p className="hint">{t('pipelineHint')}</p>
      <BarChart title={t('pipeline')} bars={bars} labelWidth={100} rowHeight={20} />
      <div className="alert-counts">
        <button
          type="button"
          className={`alert-count${(row.overdue ?? 0) > 0 ? ' bad' : ''}`}
          aria-expanded={open === 'overdue'}
          onClick={() => setOpen(open === 'overdue' ? null : 'overdue')}
        >
          <span>{t('overdue')}</span>
          <strong data-testid="overdue">{formatNumber(row.overdue ?? 0, lang)}</strong>
        </button>
        {row.comingDue !== undefined && (
          <button
            type="button"
            className="alert-count"
            aria-expanded={open === 'comingDue'}
            onClick={() => setOpen(open === 'comingDue' ? null : 'comingDue')}
          >
            <span>{t('comingDue')}</span>
            <strong data-testid="coming-due">{formatNumber(row.comingDue, lang)}</strong>
          </button>
        )}
        {alerts && (
          <div className={`alert-count${alerts.length > 0 ? ' warn' : ''}`}>
            <span>{t('alerts')}</span>
            <strong data-testid="alerts">{formatNumber(alerts.length, lang)}</strong>
          </div>
        )}
      </div>
      {open && alerts && (
        <AlertList
          alerts={alerts.filter((a) => a.overdue === (open === 'overdue'))}
          mines={ctx.data.mines}
          ctx={ctx}
          testId={`${open === 'overdue' ? 'overdue' : 'coming-due'}-list`}
        />
      )}
    </section>
  )
}
