import { classifyRows } from '@zgm/domain'
import type { StatsRow } from '../../api/schemas'
import { BarChart } from '../../charts/bar-chart'
import { formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { RATE_CLASS_COLORS, rgbCss } from '../../map/classing'

/** Each region's entry rate as a bar, its target as a tick; click to drill down. */
export function RegionRatesChart({
  title,
  rows,
  parents,
  onPick,
}: {
  title: string
  rows: StatsRow[]
  parents: StatsRow[]
  onPick(row: StatsRow): void
}) {
  const { lang } = useI18n()
  const classed = classifyRows(rows, parents)
  const bars = [...rows]
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1))
    .map((r) => {
      const c = classed.get(r.code)!
      return {
        key: r.code,
        label: localName(lang, r),
        value: r.rate ?? 0,
        valueLabel: formatPercent(r.rate, lang, 0),
        marker: c.targetRate,
        color: rgbCss(RATE_CLASS_COLORS[c.cls]),
        onClick: () => onPick(r),
      }
    })
  return <BarChart title={title} bars={bars} max={1} labelWidth={lang === 'en' ? 90 : 64} rowHeight={19} />
}
