// Lines over dates in plain SVG, with step targets and a marker at the chosen date.
import { dayIndex } from '../state/dates'

export interface LinePoint {
  date: string
  value: number | null
}

export interface LineSeries {
  key: string
  label: string
  color: string
  points: LinePoint[]
}

export interface LineChartProps {
  title: string
  series: LineSeries[]
  domain: [from: string, to: string]
  /** Horizontal target segments: from..to at value. */
  targets?: { from: string; to: string; value: number; label: string }[]
  marker?: string | null
  yMax?: number
  formatY(v: number): string
  width?: number
  height?: number
}

export function LineChart({
  title,
  series,
  domain,
  targets = [],
  marker,
  yMax = 1,
  formatY,
  width = 360,
  height = 150,
}: LineChartProps) {
  const pad = { left: 40, right: 10, top: 10, bottom: 22 }
  const [d0, d1] = domain
  const x0 = dayIndex(d0)
  const x1 = dayIndex(d1)
  const clip = (d: string) => (d < d0 ? d0 : d > d1 ? d1 : d)
  const x = (d: string) =>
    pad.left + ((dayIndex(clip(d)) - x0) / Math.max(1, x1 - x0)) * (width - pad.left - pad.right)
  const y = (v: number) => pad.top + (1 - v / yMax) * (height - pad.top - pad.bottom)
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * yMax)
  const years: string[] = []
  for (let yr = Number(d0.slice(0, 4)); yr <= Number(d1.slice(0, 4)); yr++) years.push(String(yr))
  return (
    <figure className="line-figure">
      <svg
        className="chart line-chart"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
      >
        <title>{title}</title>
        {ticks.map((v) => (
          <g key={v} className="grid">
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
            <text x={pad.left - 4} y={y(v)} textAnchor="end" dominantBaseline="central">
              {formatY(v)}
            </text>
          </g>
        ))}
        {years.map((yr) => (
          <text key={yr} className="axis" x={x(`${yr}-01-01`)} y={height - 6} textAnchor="start">
            {yr}
          </text>
        ))}
        {targets
          .filter((tg) => tg.from <= d1)
          .map((tg) => (
            <g key={tg.label} className="target">
              <line x1={x(tg.from)} x2={x(tg.to)} y1={y(tg.value)} y2={y(tg.value)} />
              <circle cx={x(tg.to)} cy={y(tg.value)} r={3} />
              <text x={x(tg.to) - 2} y={y(tg.value) - 5} textAnchor="end">
                {tg.label}
              </text>
            </g>
          ))}
        {series.map((s) => {
          const defined = s.points
            .filter((p): p is { date: string; value: number } => p.value !== null)
            .sort((a, b) => a.date.localeCompare(b.date))
          const path = defined
            .map((p, i) => `${i ? 'L' : 'M'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`)
            .join('')
          return (
            <g key={s.key} className="series">
              <path d={path} fill="none" stroke={s.color} strokeWidth={2.2} />
              {defined.map((p) => (
                <circle key={p.date} cx={x(p.date)} cy={y(p.value)} r={2} fill={s.color}>
                  <title>{`${s.label} ${p.date}: ${formatY(p.value)}`}</title>
                </circle>
              ))}
            </g>
          )
        })}
        {marker && marker >= d0 && marker <= d1 && (
          <line className="marker" x1={x(marker)} x2={x(marker)} y1={pad.top} y2={height - pad.bottom} />
        )}
      </svg>
      {series.length > 1 && (
        <figcaption className="chart-keys">
          {series.map((s) => (
            <span key={s.key}>
              <i style={{ background: s.color }} />
              {s.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  )
}
