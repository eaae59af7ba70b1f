// The pure parts of `npm run bench`: result shape, ratios, percentiles, zoom bands, the table,
// and the pgbench script text.
import { describe, expect, it } from 'vitest'
import {
  checkResults,
  formatTable,
  GOALS,
  median,
  meetsGoal,
  percentile,
  ratio,
  RESULT_NAMES,
  round,
  zoomBand,
  type BenchResults,
} from './results'
import { cellOffset } from './dataset'
import { inlineParameters } from './tiles'

const sample = (): BenchResults => ({
  tile_cold_ratio: 0.91,
  tile_warm_ratio: 0.42,
  tile_p95_ms_max: 18.5,
  tile_max_kb: 140.2,
  stats_ms: 690,
  mixed_rps: 410,
  mixed_p95_ms: 120,
  first_paint_ms: 1800,
  map_paint_ms: 2400,
  idle_ms: 3100,
  public_js_gz_kb: 640.1,
  app_js_gz_kb: 648.3,
})

describe('bench results', () => {
  it('names exactly the figures of the issue, each with a goal where the issue sets one', () => {
    expect(RESULT_NAMES).toEqual([
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
    ])
    expect(Object.keys(GOALS).sort()).toEqual(
      [
        'first_paint_ms',
        'mixed_p95_ms',
        'public_js_gz_kb',
        'stats_ms',
        'tile_cold_ratio',
        'tile_max_kb',
        'tile_p95_ms_max',
        'tile_warm_ratio',
      ].sort(),
    )
  })

  it('accepts a complete result set and returns it in the named order', () => {
    const shuffled = Object.fromEntries(Object.entries(sample()).reverse())
    expect(Object.keys(checkResults(shuffled))).toEqual([...RESULT_NAMES])
    expect(JSON.parse(JSON.stringify(checkResults(sample())))).toEqual(sample())
  })

  it('refuses a missing, unknown, negative or non-numeric figure', () => {
    const { stats_ms: _, ...missing } = sample()
    expect(() => checkResults(missing)).toThrow(/missing stats_ms/)
    expect(() => checkResults({ ...sample(), tile_ratio: 1 })).toThrow(/unknown tile_ratio/)
    expect(() => checkResults({ ...sample(), mixed_rps: -1 })).toThrow(/mixed_rps/)
    expect(() => checkResults({ ...sample(), idle_ms: NaN })).toThrow(/idle_ms/)
    expect(() => checkResults({ ...sample(), idle_ms: '3100' })).toThrow(/idle_ms/)
    expect(() => checkResults([1, 2])).toThrow(/not an object/)
    expect(() => checkResults(null)).toThrow(/not an object/)
  })

  it('forms ratios and refuses a zero or missing denominator', () => {
    expect(ratio(85, 100)).toBeCloseTo(0.85)
    expect(() => ratio(5, 0)).toThrow()
    expect(() => ratio(5, NaN)).toThrow()
    expect(() => ratio(NaN, 5)).toThrow()
  })

  it('takes percentiles by nearest rank and medians of even and odd counts', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i) // 100 … 1, unsorted on purpose
    expect(percentile(xs, 0.95)).toBe(95)
    expect(percentile(xs, 1)).toBe(100)
    expect(percentile(xs, 0)).toBe(1)
    expect(percentile([7], 0.95)).toBe(7)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => percentile([], 0.5)).toThrow()
    expect(() => median([])).toThrow()
  })

  it('groups zooms into the bands z5–7, z8–10, z11–12, z13–14 and refuses others', () => {
    expect([5, 7, 8, 10, 11, 12, 13, 14].map(zoomBand)).toEqual([
      'z5-7',
      'z5-7',
      'z8-10',
      'z8-10',
      'z11-12',
      'z11-12',
      'z13-14',
      'z13-14',
    ])
    expect(() => zoomBand(4)).toThrow()
    expect(() => zoomBand(15)).toThrow()
  })

  it('checks goals in their direction', () => {
    expect(meetsGoal(0.85, { op: '>=', value: 0.85 })).toBe(true)
    expect(meetsGoal(0.84, { op: '>=', value: 0.85 })).toBe(false)
    expect(meetsGoal(25, { op: '<=', value: 25 })).toBe(true)
    expect(meetsGoal(25.1, { op: '<=', value: 25 })).toBe(false)
  })

  it('prints one aligned row per figure with its goal and whether it is met', () => {
    const table = formatTable(sample())
    const lines = table.split('\n')
    expect(lines).toHaveLength(2 + RESULT_NAMES.length)
    const row = (name: string) => lines.find((l) => l.startsWith(`${name} `))!
    expect(row('tile_cold_ratio')).toMatch(/0\.91\s+>= 0\.85\s+met/)
    expect(row('tile_warm_ratio')).toMatch(/0\.42\s+>= 0\.6\s+MISSED/)
    expect(row('stats_ms')).toMatch(/690\s+<= 50\s+MISSED/)
    expect(row('mixed_rps')).not.toMatch(/met|MISSED/)
    // Values right-aligned in one column.
    const valueEnds = lines.slice(2).map((l) => l.search(/\d\s{2}/))
    expect(new Set(valueEnds).size).toBe(1)
  })

  it('rounds to 3 decimals under 10 and 1 above', () => {
    expect(round(0.123456)).toBe(0.123)
    expect(round(123.456)).toBe(123.5)
  })
})

describe('bench dataset and pgbench scripts', () => {
  it('places cell 0 on Zhejiang and the others on a grid west and south of it, never overlapping', () => {
    expect(cellOffset(0)).toEqual([-0, -0])
    const offsets = Array.from({ length: 33 }, (_, i) => cellOffset(i).join(','))
    expect(new Set(offsets).size).toBe(33)
    // Zhejiang spans 118–123°E, 27–31.2°N; the grid stays within 60–123°E, 18–31.2°N (web mercator, no wrap).
    for (let i = 0; i < 33; i++) {
      const [dx, dy] = cellOffset(i)
      expect(118 + dx).toBeGreaterThan(60)
      expect(27 + dy).toBeGreaterThan(18)
    }
  })

  it('writes parameters into a statement as literals, quoting strings', () => {
    expect(inlineParameters('select $1, $2, $10', [5, "o'k", 1, 1, 1, 1, 1, 1, 1, 2.5])).toBe(
      "select 5, 'o''k', 2.5",
    )
    expect(() => inlineParameters('select $1', [{}])).toThrow(/cannot inline/)
    expect(() => inlineParameters('select $2', [1])).toThrow(/cannot inline/)
  })
})
