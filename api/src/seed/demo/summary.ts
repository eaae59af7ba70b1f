// Per-city figures read back from the generated rows alone (time travel over mine_event), for the
// CLI, the progress line and the tests: 2017 counts, and in-directory counts and entry rates at
// each year end under the ZJ-2018 scope.
import {
  addDays,
  cityCodeOf,
  isInDirectory,
  isMandatory,
  PROVINCE_CODE,
  termAsOf,
  type GreenState,
  type LicenceTerm,
  type IsoDate,
  type MineStatus,
  type AnnexRow,
} from '@zgm/domain'
import type { DemoData, DemoTables } from './types'

export const YEAR_ENDS = { 2018: '2018-12-31', 2019: '2019-12-31', 2020: '2020-12-31' } as const
export type Year = keyof typeof YEAR_ENDS

export interface YearFigures {
  /** Every mine in the directory (or rectifying), what the 2018 count target counts. */
  inDirectory: number
  /** 应建 mines. */
  mandatory: number
  /** 应建 mines in the directory ÷ 应建 mines. */
  rate: number | null
}

export interface RegionSummary {
  code: string
  name: string
  producing2017: number
  underConstruction2017: number
  years: Record<Year, YearFigures>
}

/** The state columns of a mine as of `date`: the last event on or before it that sets them. */
export function stateAsOf(events: DemoTables['mine_event'], date: IsoDate) {
  let green: string | null = null
  let ops: string | null = null
  for (const e of events) {
    if (e.occurred_on > date) break
    if (e.green_to) green = e.green_to
    if (e.ops_to) ops = e.ops_to
  }
  return { green, ops }
}

/** The registry's facts read back from the rows: each licence's terms, the mines with sand equipment. */
function registryOf(t: DemoTables) {
  const termsOf = new Map<number, LicenceTerm[]>()
  for (const term of t.licence_term) {
    const terms = termsOf.get(term.licence_id) ?? []
    terms.push({ validFrom: term.valid_from, validTo: term.valid_to, registeredOn: term.registered_on })
    termsOf.set(term.licence_id, terms)
  }
  return { termsOf, sandMines: new Set(t.mine_equipment_event.map((e) => e.mine_id)) }
}

/** Whether a mine is 应建 on a date under the licence term registered by then; null before its first term. */
function mandatoryOn(
  registry: ReturnType<typeof registryOf>,
  m: DemoTables['mine'][number],
  ops: string,
  date: IsoDate,
): boolean | null {
  const term = termAsOf(registry.termsOf.get(m.licence_id) ?? [], date)
  if (!term.validFrom || term.validFrom > date) return null
  return isMandatory(
    {
      status: ops as MineStatus,
      miningMethod: m.mining_method,
      licenceValidFrom: term.validFrom,
      licenceValidTo: term.validTo,
      hasSandEquipment: registry.sandMines.has(m.id),
    },
    date,
  ).mandatory
}

export function summarize(
  data: DemoData,
  annex: readonly AnnexRow[],
): { cities: RegionSummary[]; province: RegionSummary } {
  const t = data.tables
  const registry = registryOf(t)
  const eventsByMine = new Map<number, DemoTables['mine_event']>()
  for (const e of t.mine_event) {
    const list = eventsByMine.get(e.mine_id) ?? []
    list.push(e)
    eventsByMine.set(e.mine_id, list)
  }
  const empty = (code: string, name: string): RegionSummary => ({
    code,
    name,
    producing2017: 0,
    underConstruction2017: 0,
    years: {
      2018: { inDirectory: 0, mandatory: 0, rate: null },
      2019: { inDirectory: 0, mandatory: 0, rate: null },
      2020: { inDirectory: 0, mandatory: 0, rate: null },
    },
  })
  const cities = new Map(annex.map((c) => [c.cityCode, empty(c.cityCode, c.cityName)]))
  const province = empty(PROVINCE_CODE, '浙江省')
  const numerators = new Map<RegionSummary, Record<Year, number>>()
  for (const m of t.mine) {
    const city = cities.get(cityCodeOf(m.county_code))!
    const events = (eventsByMine.get(m.id) ?? []).sort((a, b) => a.id - b.id)
    const first = events[0]?.type === 'baseline' ? events[0].ops_to : null
    for (const region of [city, province]) {
      if (first === 'producing') region.producing2017++
      if (first === 'construction') region.underConstruction2017++
    }
    for (const year of Object.keys(YEAR_ENDS).map(Number) as Year[]) {
      const { green, ops } = stateAsOf(events, YEAR_ENDS[year])
      if (!green || !ops) continue
      const inDirectory = isInDirectory(green as GreenState) && ops !== 'closed'
      const mandatory = mandatoryOn(registry, m, ops, YEAR_ENDS[year])
      if (mandatory === null) continue
      for (const region of [city, province]) {
        const figures = region.years[year]
        if (inDirectory) figures.inDirectory++
        if (mandatory) figures.mandatory++
        const num = numerators.get(region) ?? { 2018: 0, 2019: 0, 2020: 0 }
        if (mandatory && inDirectory) num[year]++
        numerators.set(region, num)
      }
    }
  }
  for (const region of [...cities.values(), province]) {
    for (const year of Object.keys(YEAR_ENDS).map(Number) as Year[]) {
      const f = region.years[year]
      f.rate = f.mandatory > 0 ? (numerators.get(region)?.[year] ?? 0) / f.mandatory : null
    }
  }
  return { cities: [...cities.values()], province }
}

const pct = (rate: number | null) => (rate === null ? '   –  ' : `${(rate * 100).toFixed(1).padStart(5)}%`)

/** A fixed-width table of the summary, one line per city and a total line. */
export function formatSummary(summary: ReturnType<typeof summarize>): string {
  const head = '城市       生产  筹建 | 2018入库 | 2019入库/应建    率 | 2020入库/应建    率'
  const line = (r: RegionSummary) =>
    [
      `${r.name.padEnd(5, '　')} ${String(r.producing2017).padStart(5)} ${String(r.underConstruction2017).padStart(5)}`,
      `${String(r.years[2018].inDirectory).padStart(8)}`,
      `${String(r.years[2019].inDirectory).padStart(8)}/${String(r.years[2019].mandatory).padEnd(4)} ${pct(r.years[2019].rate)}`,
      `${String(r.years[2020].inDirectory).padStart(8)}/${String(r.years[2020].mandatory).padEnd(4)} ${pct(r.years[2020].rate)}`,
    ].join(' | ')
  return [head, ...summary.cities.map(line), line(summary.province)].join('\n')
}

export interface DateFigures {
  date: IsoDate
  /** Mines on record and not closed. */
  open: number
  inDirectory: number
  mandatory: number
  rate: number | null
}

/** Province-wide figures at each year end up to the day before today, and on that day. */
export function provinceByDate(data: DemoData): DateFigures[] {
  const t = data.tables
  const registry = registryOf(t)
  const last = addDays(data.today, -1)
  const dates = [
    ...Array.from({ length: Number(last.slice(0, 4)) - 2018 }, (_, i) => `${2018 + i}-12-31`),
    last,
  ]
  const byMine = new Map<number, DemoTables['mine_event']>()
  for (const e of t.mine_event) byMine.set(e.mine_id, [...(byMine.get(e.mine_id) ?? []), e])
  return dates.map((date) => {
    const f = { date, open: 0, inDirectory: 0, mandatory: 0, entered: 0 }
    for (const m of t.mine) {
      const { green, ops } = stateAsOf(byMine.get(m.id) ?? [], date)
      if (!green || !ops || ops === 'closed') continue
      const inDirectory = isInDirectory(green as GreenState)
      const mandatory = mandatoryOn(registry, m, ops, date)
      if (mandatory === null) continue
      f.open++
      if (inDirectory) f.inDirectory++
      if (mandatory) f.mandatory++
      if (mandatory && inDirectory) f.entered++
    }
    const { entered, ...figures } = f
    return { ...figures, rate: f.mandatory ? entered / f.mandatory : null }
  })
}

export function formatByDate(rows: readonly DateFigures[]): string {
  return [
    '日期         在册  入库  应建    率',
    ...rows.map(
      (r) =>
        `${r.date} ${String(r.open).padStart(5)} ${String(r.inDirectory).padStart(5)} ${String(r.mandatory).padStart(5)} ${pct(r.rate)}`,
    ),
  ].join('\n')
}

/** Row counts per table. */
export function tableCounts(data: DemoData): Record<string, number> {
  return Object.fromEntries(Object.entries(data.tables).map(([k, v]) => [k, (v as unknown[]).length]))
}
