import type { IsoDate } from '../../api/schemas'
import { LineChart, type LineSeries } from '../../charts/line-chart'
import { formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { todayIso } from '../../state/dates'
import { sumRows, type StatsSeries } from './use-stats-series'

const PROVINCE_COLOR = '#1f6f5c'
const CITY_COLOR = '#d4761c'

/**
 * The province's entry rate over time (and one city's, when given) from 2018 to today, against the
 * 2019 and 2020 targets and the 100 % kept as the goal after the action.
 */
export function RateTrend({ series, asOf, city }: { series: StatsSeries; asOf: IsoDate; city?: string }) {
  const { t, lang } = useI18n()
  const end = todayIso()
  const dates = [...series.keys()].filter((d) => d <= end).sort()
  const lines: LineSeries[] = [
    {
      key: 'province',
      label: t('province'),
      color: PROVINCE_COLOR,
      points: dates.map((d) => ({ date: d, value: sumRows(series.get(d)!).rate })),
    },
  ]
  if (city) {
    const name = series.get(dates[0] ?? '')?.find((r) => r.code === city)
    lines.unshift({
      key: city,
      label: name ? localName(lang, name) : city,
      color: CITY_COLOR,
      points: dates.map((d) => ({
        date: d,
        value: series.get(d)!.find((r) => r.code === city)?.rate ?? null,
      })),
    })
  }
  return (
    <LineChart
      title={t('rateTrend')}
      series={lines}
      domain={['2018-01-01', end]}
      marker={asOf}
      targets={[
        { from: '2019-01-01', to: '2019-12-31', value: 0.85, label: '85%' },
        { from: '2020-01-01', to: end, value: 1, label: '100%' },
      ]}
      formatY={(v) => formatPercent(v, lang, 0)}
    />
  )
}
