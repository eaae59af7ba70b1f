// The demonstration-zone panel: Huzhou against the province, its five counties against the
// provincial county median, restoration and reclamation progress, and where its mines stand.
import { classifyRows } from '@zgm/domain'
import { BarChart } from '../../charts/bar-chart'
import { formatDate, formatNumber, formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { RATE_CLASS_COLORS, rgbCss } from '../../map/classing'
import { MINE_GROUPS, MINE_GROUP_COLORS, MINE_GROUP_LABELS } from '../../map/mine-palette'
import { useDebounced } from '../../state/use-debounced'
import type { ScreenContext } from '../map-screen/screen-context'
import { HUZHOU_CODE, HUZHOU_COUNTIES, inHuzhou, mineGroupCounts, provincialCountyMedian } from './huzhou'
import { HuzhouAreas } from './huzhou-areas'
import { ZoneVerdict } from './zone-verdict'
import { RateTrend } from '../stats/rate-trend'
import { useStats } from '../stats/use-stats'
import { sumRows, useStatsSeries, type StatsSeries } from '../stats/use-stats-series'

/** The first sampled dates on which Huzhou and the province reached 100%. */
function firstFull(series: StatsSeries): { city: string | null; province: string | null } | null {
  if (series.size === 0) return null
  const dates = [...series.keys()].sort()
  const full = (rate: number | null | undefined) => rate != null && rate >= 1 - 1e-9
  return {
    city: dates.find((d) => full(series.get(d)!.find((r) => r.code === HUZHOU_CODE)?.rate)) ?? null,
    province: dates.find((d) => full(sumRows(series.get(d)!).rate)) ?? null,
  }
}

export function HuzhouPanel({ ctx, signedIn }: { ctx: ScreenContext; signedIn: boolean }) {
  const { t, lang } = useI18n()
  const { data } = ctx
  const asOf = useDebounced(ctx.asOf, 220)
  const province = useStats(ctx.source, 'province', asOf, data.counties.length > 0).data?.rows[0]
  const city = data.cities.find((c) => c.code === HUZHOU_CODE)
  const counties = HUZHOU_COUNTIES.flatMap((code) => data.counties.find((c) => c.code === code) ?? [])
  const classed = classifyRows(counties, city ? [city] : [])
  const med = provincialCountyMedian(data.counties)
  const mines = data.mines.filter((m) => inHuzhou(m.countyCode))
  const groups = mineGroupCounts(mines)
  const series = useStatsSeries(ctx.source, !data.loading && data.counties.length > 0)
  const reached = firstFull(series)

  return (
    <div className="huzhou" data-testid="huzhou-panel">
      <div className="panel-head">
        <div>
          <p className="eyebrow">{t('huzhouTitle')}</p>
          <h2>{city ? localName(lang, city) : '湖州市'}</h2>
          <p className="muted">
            {t('asOf')} {formatDate(data.shownAsOf ?? ctx.asOf, lang)}
          </p>
        </div>
      </div>
      <p className="lead">{t('huzhouLead')}</p>
      <div className="compare" data-testid="huzhou-compare">
        <div className="compare-item hero">
          <span>{t('huzhouRate')}</span>
          <strong>{formatPercent(city?.rate, lang)}</strong>
          <small>
            {formatNumber(city?.inDirectory, lang)} / {formatNumber(city?.mandatory, lang)}
          </small>
        </div>
        <div className="compare-item">
          <span>{t('provinceRate')}</span>
          <strong>{formatPercent(province?.rate, lang)}</strong>
          <small>
            {formatNumber(province?.inDirectory, lang)} / {formatNumber(province?.mandatory, lang)}
          </small>
        </div>
        <div className="compare-item">
          <span>{t('provincialMedian')}</span>
          <strong>{formatPercent(med, lang)}</strong>
        </div>
      </div>
      <p className="hint">{t('demoZoneDue')}</p>
      <ZoneVerdict city={city} asOf={data.shownAsOf ?? ctx.asOf} signedIn={signedIn} />
      <section className="panel-section">
        <h3>{t('huzhouVsProvince')}</h3>
        <RateTrend series={series} asOf={ctx.asOf} city={HUZHOU_CODE} />
        {reached && (
          <p className="hint" data-testid="huzhou-reached">
            {t('reachedFull', {
              city: reached.city ? formatDate(reached.city, lang) : '—',
              province: reached.province ? formatDate(reached.province, lang) : '—',
            })}
          </p>
        )}
      </section>

      <section className="panel-section">
        <h3>
          {t('huzhouCounties')} · {t('huzhouVsMedian')}
        </h3>
        <BarChart
          title={t('huzhouVsMedian')}
          max={1}
          reference={
            med === null
              ? null
              : { value: med, label: `${t('provincialMedian')} ${formatPercent(med, lang, 0)}` }
          }
          bars={counties.map((c) => {
            const cl = classed.get(c.code)!
            return {
              key: c.code,
              label: localName(lang, c),
              value: c.rate ?? 0,
              valueLabel: formatPercent(c.rate, lang, 0),
              marker: cl.targetRate,
              color: rgbCss(RATE_CLASS_COLORS[cl.cls]),
              onClick: () => ctx.focus({ kind: 'county', code: c.code }),
            }
          })}
        />
        <table className="region-table compact" data-testid="huzhou-table">
          <thead>
            <tr>
              <th scope="col">{t('county')}</th>
              <th scope="col">{t('mandatory')}</th>
              <th scope="col">{t('inDirectory')}</th>
              <th scope="col">{t('rate')}</th>
            </tr>
          </thead>
          <tbody>
            {counties.map((c) => (
              <tr key={c.code} data-code={c.code}>
                <th scope="row">{localName(lang, c)}</th>
                <td>{formatNumber(c.mandatory, lang)}</td>
                <td>{formatNumber(c.inDirectory, lang)}</td>
                <td>{formatPercent(c.rate, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {signedIn && <HuzhouAreas counties={counties} asOf={data.shownAsOf ?? asOf} />}

      <section className="panel-section">
        <h3>
          {t('huzhouMines')} · {formatNumber(mines.length, lang)}
        </h3>
        <BarChart
          title={t('huzhouMines')}
          bars={MINE_GROUPS.map((g) => ({
            key: g,
            label: t(MINE_GROUP_LABELS[g]),
            value: groups[g],
            color: rgbCss(MINE_GROUP_COLORS[g]),
          }))}
          labelWidth={lang === 'zh' ? 110 : 170}
        />
      </section>
    </div>
  )
}
