import type { IsoDate, StatsRow } from '../../api/schemas'
import { useAlerts } from '../../api/staff-queries'
import { BarChart } from '../../charts/bar-chart'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { pipelineBars } from './pipeline'

/** How many mines stand at each step, plus overdue items and alerts (staff only). */
export function PipelineChart({
  row,
  asOf,
  region,
}: {
  row: StatsRow | undefined
  asOf: IsoDate
  /** The region in view (null: all the user may see). */
  region: string | null
}) {
  const { t, lang } = useI18n()
  const alerts = useAlerts(asOf, region, row?.pipeline !== undefined).data
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
        <div className={`alert-count${(row.overdue ?? 0) > 0 ? ' bad' : ''}`}>
          <span>{t('overdue')}</span>
          <strong data-testid="overdue">{formatNumber(row.overdue ?? 0, lang)}</strong>
        </div>
        {row.comingDue !== undefined && (
          <div className="alert-count">
            <span>{t('comingDue')}</span>
            <strong>{formatNumber(row.comingDue, lang)}</strong>
          </div>
        )}
        {alerts && (
          <div className={`alert-count${alerts.length > 0 ? ' warn' : ''}`}>
            <span>{t('alerts')}</span>
            <strong data-testid="alerts">{formatNumber(alerts.length, lang)}</strong>
          </div>
        )}
      </div>
    </section>
  )
}
