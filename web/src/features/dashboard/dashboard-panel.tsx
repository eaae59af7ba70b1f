// The leaders' panel: the region in view (province, a city or a county), its numbers against the
// targets, the pipeline, and the regions below it. Owns its own fetches (province row, trend series).
import { cityCodeOf, regionContains } from '@zgm/domain'
import type { StatsRow } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { useDebounced } from '../../state/use-debounced'
import type { ScreenContext } from '../map-screen/screen-context'
import { RegionRatesChart } from '../stats/region-rates-chart'
import { CountyMines } from './county-mines'
import { KpiCards } from './kpi-cards'
import { LaggardList } from './laggard-list'
import { PipelineChart } from './pipeline-chart'
import { RegionTable } from '../stats/region-table'
import { TargetCards } from './target-cards'
import { RateTrend } from '../stats/rate-trend'
import { useStats } from '../stats/use-stats'
import { useStatsSeries } from '../stats/use-stats-series'

export function DashboardPanel({ ctx, signedIn }: { ctx: ScreenContext; signedIn: boolean }) {
  const { t, lang } = useI18n()
  const { data, selection, focus, source } = ctx
  const asOf = useDebounced(ctx.asOf, 220)
  // After the map's own figures: the server answers one query at a time.
  const province = useStats(source, 'province', asOf, data.counties.length > 0).data?.rows[0]
  const series = useStatsSeries(source, !data.loading && data.counties.length > 0)

  const cityCode = selection && selection.kind !== 'mine' ? cityCodeOf(selection.code) : null
  const city = cityCode ? data.cities.find((c) => c.code === cityCode) : undefined
  const county =
    selection?.kind === 'county' ? data.counties.find((c) => c.code === selection.code) : undefined
  const scope: StatsRow | undefined = county ?? city ?? province
  const pick = (row: StatsRow) => focus({ kind: row.level === 'city' ? 'city' : 'county', code: row.code })
  const countiesOfCity = city
    ? data.counties.filter((c) => c.parentCode === city.code || regionContains(city.code, c.code))
    : []

  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="panel-head">
        <div>
          <p className="eyebrow">{t('dashboard')}</p>
          <h2 data-testid="scope-name">
            {scope && scope.level !== 'province' ? localName(lang, scope) : t('province')}
          </h2>
          <p className="muted" data-testid="shown-as-of" data-date={data.shownAsOf ?? ''}>
            {t('asOf')} {formatDate(data.shownAsOf ?? ctx.asOf, lang)}
          </p>
        </div>
        {selection && selection.kind !== 'mine' && (
          <button
            type="button"
            className="btn btn-quiet"
            onClick={() => focus(county && city ? { kind: 'city', code: city.code } : null)}
          >
            ← {county && city ? localName(lang, city) : t('backToProvince')}
          </button>
        )}
      </div>
      <KpiCards row={scope} parent={county ? city : undefined} />
      {!selection && data.counties.length > 0 && (
        <LaggardList
          counties={data.counties}
          cities={data.cities}
          asOf={data.shownAsOf ?? ctx.asOf}
          onPick={pick}
        />
      )}
      {!selection && (
        <section className="panel-section">
          <h3>{t('targets')}</h3>
          <TargetCards series={series} asOf={ctx.asOf} current={province} />
          <h3>{t('rateTrend')}</h3>
          <RateTrend series={series} asOf={ctx.asOf} />
        </section>
      )}
      {signedIn ? (
        <PipelineChart
          row={scope}
          asOf={data.shownAsOf ?? asOf}
          region={selection && selection.kind !== 'mine' ? selection.code : null}
          ctx={ctx}
        />
      ) : (
        <p className="hint signin-hint">{t('signInForMore')}</p>
      )}
      {!selection && data.cities.length > 0 && (
        <section className="panel-section">
          <h3>{t('cityTable')}</h3>
          <RegionRatesChart title={t('cityTable')} rows={data.cities} parents={[]} onPick={pick} />
          <RegionTable
            caption={t('cityTable')}
            rows={data.cities}
            parents={[]}
            withAnnex
            onPick={pick}
            testId="city-table"
          />
        </section>
      )}
      {city && !county && (
        <section className="panel-section">
          <h3>{t('countyTable')}</h3>
          <RegionRatesChart title={t('countyTable')} rows={countiesOfCity} parents={[city]} onPick={pick} />
          <RegionTable
            caption={t('countyTable')}
            rows={countiesOfCity}
            parents={[city]}
            withAnnex={false}
            onPick={pick}
            testId="county-table"
          />
        </section>
      )}
      {county && <CountyMines code={county.code} ctx={ctx} />}
    </div>
  )
}
