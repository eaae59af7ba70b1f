// The headline numbers for the region in view: 应建, 入库, rate against the year's target, shortfall.
import { classifyRate, resolveTargetRate } from '@zgm/domain'
import type { StatsRow } from '../../api/schemas'
import { formatNumber, formatPercent, formatPoints } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { RATE_CLASS_COLORS, rgbCss } from '../../map/classing'

export function KpiCards({ row, parent }: { row: StatsRow | undefined; parent?: StatsRow }) {
  const { t, lang } = useI18n()
  if (!row) return <p className="muted">{t('loading')}</p>
  const target = resolveTargetRate(row, parent)
  const cls = classifyRate(row.rate, target.rate, row.mandatory)
  const countTarget = row.target?.kind === 'count' ? row.target : null
  const inDir = row.inDirectoryTotal ?? row.inDirectory
  return (
    <div className="kpis" data-testid="kpis">
      <div className="kpi">
        <span className="kpi-label">{t('mandatory')}</span>
        <span className="kpi-value" data-testid="kpi-mandatory">
          {formatNumber(row.mandatory, lang)}
        </span>
      </div>
      <div className="kpi">
        <span className="kpi-label">{t('inDirectory')}</span>
        <span className="kpi-value" data-testid="kpi-in-directory">
          {formatNumber(row.inDirectory, lang)}
        </span>
      </div>
      <div className="kpi kpi-rate" style={{ borderColor: rgbCss(RATE_CLASS_COLORS[cls]) }}>
        <span className="kpi-label">{t('rate')}</span>
        <span className="kpi-value" data-testid="kpi-rate">
          {formatPercent(row.rate, lang)}
        </span>
        {target.rate !== null && row.rate !== null && (
          <span className="kpi-sub">
            {t('target')} {formatPercent(target.rate, lang, 0)}
            {target.implied ? '*' : ''} · {formatPoints(row.rate - target.rate, lang)}
          </span>
        )}
      </div>
      {countTarget && (
        <div className="kpi">
          <span className="kpi-label">{t('targetYear', { year: countTarget.year })}</span>
          <span className="kpi-value">
            {formatNumber(inDir, lang)} / {formatNumber(countTarget.value, lang)}
          </span>
        </div>
      )}
      {row.shortfall !== undefined && row.shortfall > 0 && (
        <div className="kpi-note">{t('shortfall', { n: row.shortfall })}</div>
      )}
    </div>
  )
}
