// The pure parts of `npm run bench`: the figures' names, their goals (issue 15), ratios,
// percentiles, the check of a result set and the printed table.

/** The figures, in the order printed; bench-results.json holds exactly these keys. */
export const RESULT_NAMES = [
  'tile_cold_ratio',
  'tile_warm_ratio',
  'tile_p95_ms_max',
  'tile_max_kb',
  'stats_ms',
  'mixed_rps',
  'mixed_p95_ms',
  'first_paint_ms',
  'map_paint_ms',
  'idle_ms',
  'public_js_gz_kb',
  'app_js_gz_kb',
] as const

export type ResultName = (typeof RESULT_NAMES)[number]
export type BenchResults = Record<ResultName, number>

export interface Goal {
  op: '>=' | '<='
  value: number
}

/** The goals on the 2-core machine (issue 15 §2); figures without one are reported only. */
export const GOALS: Partial<Record<ResultName, Goal>> = {
  tile_cold_ratio: { op: '>=', value: 0.85 },
  tile_warm_ratio: { op: '>=', value: 0.6 },
  tile_p95_ms_max: { op: '<=', value: 25 },
  tile_max_kb: { op: '<=', value: 500 },
  stats_ms: { op: '<=', value: 50 },
  mixed_p95_ms: { op: '<=', value: 100 },
  first_paint_ms: { op: '<=', value: 1000 },
  public_js_gz_kb: { op: '<=', value: 450 },
}

const UNITS: Record<ResultName, string> = {
  tile_cold_ratio: 'API cold tiles/s ÷ pgbench -M prepared tiles/s (same SQL, same tiles)',
  tile_warm_ratio: 'API cached tiles/s ÷ trivial route/s',
  tile_p95_ms_max: 'ms, worst p95 over tile set × zoom band (z5–z14), uncached',
  tile_max_kb: 'kB, largest tile (uncompressed)',
  stats_ms: 'ms, county entry rates as of a date (median)',
  mixed_rps: 'requests/s, mixed load',
  mixed_p95_ms: 'ms, p95 of the mixed load',
  first_paint_ms:
    'ms, first paint of the map: its SVG picture or MapLibre, whichever first (headless Chromium)',
  map_paint_ms: "ms, MapLibre's first frame with county tiles",
  idle_ms: 'ms, map idle with data',
  public_js_gz_kb: 'kB gzip, initial JS of /public',
  app_js_gz_kb: 'kB gzip, initial JS of / (leaders map)',
}

/** a ÷ b, refusing a zero or missing denominator (a broken measurement must not read as a ratio). */
export function ratio(a: number, b: number): number {
  if (!(b > 0) || !Number.isFinite(a) || a < 0) throw new Error(`cannot form a ratio of ${a} and ${b}`)
  return a / b
}

/** The q-quantile (0…1) by nearest rank; throws on no samples. */
export function percentile(xs: readonly number[], q: number): number {
  if (xs.length === 0) throw new Error('percentile of no samples')
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples')
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The zoom band a tile's latency is grouped in. */
export function zoomBand(z: number): string {
  if (z < 5 || z > 14) throw new Error(`zoom ${z} is outside the measured bands z5–z14`)
  return z <= 7 ? 'z5-7' : z <= 10 ? 'z8-10' : z <= 12 ? 'z11-12' : 'z13-14'
}

/** Rounds to what is worth printing: 3 decimals under 10, 1 decimal above. */
export function round(x: number): number {
  return Math.abs(x) < 10 ? Math.round(x * 1000) / 1000 : Math.round(x * 10) / 10
}

/** Checks a result set: every named figure present, a finite number ≥ 0, nothing else. */
export function checkResults(value: unknown): BenchResults {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('results: not an object')
  const obj = value as Record<string, unknown>
  const missing = RESULT_NAMES.filter((n) => !(n in obj))
  if (missing.length) throw new Error(`results: missing ${missing.join(', ')}`)
  const extra = Object.keys(obj).filter((k) => !(RESULT_NAMES as readonly string[]).includes(k))
  if (extra.length) throw new Error(`results: unknown ${extra.join(', ')}`)
  for (const n of RESULT_NAMES) {
    const v = obj[n]
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new Error(`results: ${n} is not a number ≥ 0: ${v}`)
  }
  return Object.fromEntries(RESULT_NAMES.map((n) => [n, obj[n]])) as BenchResults
}

export function meetsGoal(value: number, goal: Goal): boolean {
  return goal.op === '>=' ? value >= goal.value : value <= goal.value
}

/** The printed table: figure, value, goal and whether it is met, and what the figure is. */
export function formatTable(results: BenchResults): string {
  const rows = RESULT_NAMES.map((n) => {
    const goal = GOALS[n]
    return [
      n,
      String(round(results[n])),
      goal ? `${goal.op} ${goal.value}` : '',
      goal ? (meetsGoal(results[n], goal) ? 'met' : 'MISSED') : '',
      UNITS[n],
    ]
  })
  const head = ['figure', 'value', 'goal', '', 'what']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
