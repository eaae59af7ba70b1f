// Horizontal bars in plain SVG: one row per item, an optional target tick per row.

export interface Bar {
  key: string
  label: string
  value: number
  /** Shown at the end of the bar (defaults to the value). */
  valueLabel?: string
  color?: string
  /** A target on the same scale, drawn as a tick. */
  marker?: number | null
  onClick?(): void
}

export interface BarChartProps {
  bars: Bar[]
  /** The scale's maximum (defaults to the largest value or marker). */
  max?: number
  title: string
  labelWidth?: number
  rowHeight?: number
  width?: number
  /** A vertical reference line (e.g. the provincial median). */
  reference?: { value: number; label: string } | null
}

export function BarChart({
  bars,
  max,
  title,
  labelWidth = 96,
  rowHeight = 22,
  width = 360,
  reference,
}: BarChartProps) {
  const top = reference ? 16 : 4
  const valueWidth = 52
  const plot = width - labelWidth - valueWidth
  const scaleMax = max ?? Math.max(1, ...bars.map((b) => Math.max(b.value, b.marker ?? 0)))
  const x = (v: number) => labelWidth + (Math.max(0, v) / scaleMax) * plot
  const height = top + bars.length * rowHeight + 4
  return (
    <svg
      className="chart bar-chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = top + i * rowHeight
        const interactive = Boolean(b.onClick)
        return (
          <g
            key={b.key}
            className={interactive ? 'bar-row clickable' : 'bar-row'}
            onClick={b.onClick}
            tabIndex={interactive ? 0 : undefined}
            role={interactive ? 'button' : undefined}
            aria-label={interactive ? `${b.label} ${b.valueLabel ?? b.value}` : undefined}
            onKeyDown={(e) =>
              interactive && (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), b.onClick!())
            }
          >
            <text
              x={labelWidth - 6}
              y={y + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="central"
              className="bar-label"
            >
              {b.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={plot} height={rowHeight - 8} className="bar-bg" />
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(0, x(b.value) - labelWidth)}
              height={rowHeight - 8}
              fill={b.color ?? '#3b7dd8'}
              rx={2}
            />
            {b.marker != null && (
              <line
                x1={x(b.marker)}
                x2={x(b.marker)}
                y1={y + 1}
                y2={y + rowHeight - 1}
                className="bar-marker"
              />
            )}
            <text
              x={width - valueWidth + 4}
              y={y + rowHeight / 2}
              dominantBaseline="central"
              className="bar-value"
            >
              {b.valueLabel ?? b.value}
            </text>
          </g>
        )
      })}
      {reference && (
        <g className="bar-reference">
          <line x1={x(reference.value)} x2={x(reference.value)} y1={top - 2} y2={height - 2} />
          <text x={x(reference.value)} y={10} textAnchor="middle">
            {reference.label}
          </text>
        </g>
      )}
    </svg>
  )
}
