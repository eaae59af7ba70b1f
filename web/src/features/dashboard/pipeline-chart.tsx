import type { StatsRow } from '../../api/types'
import { BarChart } from '../../charts/bar-chart'
import { formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { pipelineBars } from './pipeline'

/** How many mines stand at each step, plus overdue items and alerts (staff only). */
export function PipelineChart({ row }: { row: StatsRow | undefined }) {
  const { t, lang } = useI18n()
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
        {row.alerts !== undefined && (
          <div className={`alert-count${row.alerts > 0 ? ' warn' : ''}`}>
            <span>{t('alerts')}</span>
            <strong>{formatNumber(row.alerts, lang)}</strong>
          </div>
        )}
      </div>
    </section>
  )
}
