// Who does what when, before any row is written: new mines' production starts and closures (ops),
// the scope (应建, R1) at each year end, and the directory batch each mine enters in, chosen so that
// every city meets the annex: 2018 counts, ≥ 85% in 2019 (two deliberate laggards), ~100% in 2020.
import {
  addDays,
  addMonths,
  isMandatory,
  type IsoDate,
  type MineStatus,
  type AnnexRow,
  type SeededRandom,
} from '@zgm/domain'
import type { Builder, DemoMine } from './builder'
import { onOrAfterWorkingDay, workingDayBetween } from './calendar'
import { ACTION_BATCHES, ACTION_END, BATCHES } from './schedule'

/** Cities that fall short of 85% in 2019 on purpose (丽水, 温州). */
export const LAGGARDS: Readonly<Record<string, readonly [number, number]>> = {
  '331100': [0.7, 0.77],
  '330300': [0.76, 0.82],
}
const LISHUI = '331100'
const WENZHOU = '330300'
const HUZHOU = '330500'
const JIAXING = '330400'

export function opsStatusAt(m: DemoMine, date: IsoDate): MineStatus {
  if (m.closeOn && m.closeOn <= date) return 'closed'
  if (m.isNew) return m.productionStart && m.productionStart <= date ? 'producing' : 'construction'
  return 'producing'
}

/** The end of the licence term on record on `date` (before a later renewal, the term it replaced). */
export function licenceValidToAt(m: DemoMine, date: IsoDate): IsoDate {
  return m.renewals.find((r) => r.on > date)?.previousValidTo ?? m.licence.valid_to
}

/** R1 under the ZJ-2018 policy; a suspended mine with a valid licence counts like a producing one. */
export function isMandatoryAt(m: DemoMine, date: IsoDate): boolean {
  if (m.registeredOn && m.registeredOn > date) return false
  return isMandatory(
    {
      status: opsStatusAt(m, date),
      miningMethod: m.row.mining_method,
      licenceValidTo: licenceValidToAt(m, date),
      hasSandEquipment: m.row.has_sand_equipment,
    },
    date,
  ).mandatory
}

/** New mines start production (a few never do, two are abandoned); exempt-bound mines close at expiry. */
export function planOperations(b: Builder): void {
  const rng = b.rng.fork('operations')
  const fresh = rng.shuffle(b.mines.filter((m) => m.isNew))
  const notHuzhou = fresh.filter((m) => m.cityCode !== HUZHOU)
  const abandoned = notHuzhou.slice(0, 2)
  // Three new mines are still being built at the end of 2020, in the two laggard cities.
  const lishui = notHuzhou.filter((m) => m.cityCode === LISHUI && !abandoned.includes(m))
  const wenzhou = notHuzhou.filter((m) => m.cityCode === WENZHOU && !abandoned.includes(m))
  const neverStarted = [...lishui.slice(0, 2), ...wenzhou.slice(0, 1)]
  for (const m of abandoned) {
    m.closeOn = workingDayBetween(rng, '2019-03-01', '2020-09-30')
    m.closeReason = '新建矿山项目终止，采矿权注销'
  }
  for (const m of fresh) {
    if (abandoned.includes(m) || neverStarted.includes(m)) continue
    const u = rng.next()
    let start =
      u < 0.42
        ? workingDayBetween(rng, '2018-03-01', '2018-12-20')
        : u < 0.82
          ? workingDayBetween(rng, '2019-01-10', '2019-12-20')
          : workingDayBetween(rng, '2020-03-02', '2020-06-30')
    // Southern mountain cities build more slowly.
    if (m.cityCode === LISHUI || m.cityCode === WENZHOU) start = onOrAfterWorkingDay(addMonths(start, 4))
    if (start > '2020-06-30') start = workingDayBetween(rng, '2020-05-06', '2020-06-30')
    m.productionStart = start
    m.slow = start <= '2019-06-30' && rng.chance(0.15)
  }
  for (const m of b.mines) {
    if (m.exemptBound && m.licence.valid_to < b.today) {
      m.closeOn = onOrAfterWorkingDay(addDays(m.licence.valid_to, 1))
      m.closeReason = '采矿权期满未延续，依法注销（露天开采、无机制砂石加工设备）'
    }
  }
}

/** The first batch whose reporting window opens on or after `ready`, plus `delay` batches. */
export function batchFrom(ready: IsoDate, delay = 0): number | null {
  const first = BATCHES.findIndex((batch) => batch.windowStart >= ready)
  return first < 0 || first + delay >= BATCHES.length ? null : first + delay
}

/** First batch a mine can enter in, or null if it will not enter by the end of 2020. */
export function earliestBatch(m: DemoMine): number | null {
  if (m.exemptBound || (m.closeOn && m.closeOn <= ACTION_END)) return null
  if (!m.isNew) return 0
  if (!m.productionStart) return null
  const index = batchFrom(addDays(m.productionStart, 100), m.slow ? 2 : 0)
  return index !== null && index < ACTION_BATCHES ? index : null
}

export interface CityPlan {
  cityCode: string
  /** Mines to remove from the directory after a failed re-check, by year. */
  removals: Record<number, number>
  /** Enterable mines deliberately left outside the directory at the end of 2020. */
  leftover: number
}

/** Assigns each enterable mine a batch so that the cumulative entries follow the city's targets. */
export function planBatches(b: Builder, annex: readonly AnnexRow[]): CityPlan[] {
  const rng = b.rng.fork('batches')
  const candidates = annex
    .map((c) => c.cityCode)
    .filter((c) => !(c in LAGGARDS) && c !== HUZHOU && c !== JIAXING)
  const removalCities = rng.shuffle(
    candidates.filter((c) => ['330100', '330200', '330700', '331000', '330800'].includes(c)),
  )
  const leftoverCity = rng.pick(candidates)
  const jitter = rng
    .shuffle(annex.filter((c) => c.targetCount2018 > 5 && c.cityCode !== HUZHOU).map((c) => c.cityCode))
    .slice(0, 2)
  return annex.map((city) => {
    const plan: CityPlan = {
      cityCode: city.cityCode,
      removals: {
        2019: removalCities.slice(0, 2).includes(city.cityCode) ? 1 : 0,
        2020: removalCities[2] === city.cityCode ? 1 : 0,
      },
      leftover:
        (city.cityCode === LISHUI ? 2 : 0) +
        (city.cityCode === WENZHOU ? 1 : 0) +
        (city.cityCode === leftoverCity ? 1 : 0),
    }
    const mines = b.mines.filter((m) => m.cityCode === city.cityCode)
    const mandatory2019 = mines.filter((m) => isMandatoryAt(m, '2019-12-31')).length
    const entries2018 =
      city.targetCount2018 + (jitter[0] === city.cityCode ? 1 : jitter[1] === city.cityCode ? -1 : 0)
    const laggard = LAGGARDS[city.cityCode]
    const entries2019 = Math.max(
      entries2018,
      laggard
        ? Math.round(rng.float(...laggard) * mandatory2019)
        : Math.ceil(0.85 * mandatory2019 - 1e-9) + rng.int(1, 3) + plan.removals[2019]!,
    )
    if (!laggard) bringForwardNewMines(rng, mines, entries2019)
    const pool = mines.filter((m) => earliestBatch(m) !== null)
    const cumulative = [
      Math.round(entries2018 * rng.float(0.35, 0.45)),
      entries2018,
      entries2018 + Math.round((entries2019 - entries2018) * rng.float(0.4, 0.55)),
      entries2019,
      entries2019 + Math.round((pool.length - plan.leftover - entries2019) * rng.float(0.55, 0.7)),
      pool.length - plan.leftover,
    ]
    const priority = new Map(
      pool.map((m) => [
        m,
        (m.isNew ? 10 : 0) +
          rng.next() +
          (m.kind.key === 'cement' ? 0.3 : 0) +
          (m.row.has_sand_equipment ? 0.15 : 0) +
          Math.min(0.3, m.licence.scale_10kt_per_year / 1000),
      ]),
    )
    let assigned = 0
    for (const [index, target] of cumulative.entries()) {
      const ready = pool
        .filter((m) => m.batch === null && (earliestBatch(m) ?? 99) <= index)
        .sort((x, y) => priority.get(y)! - priority.get(x)! || x.row.id - y.row.id)
      for (const m of ready.slice(0, Math.max(0, target - assigned))) {
        m.batch = index
        m.enteredOn = BATCHES[index]!.entryOn
        assigned++
      }
    }
    return plan
  })
}

/** A city on track has its new mines producing early enough for the 2019 target; bring some forward if not. */
function bringForwardNewMines(rng: SeededRandom, mines: readonly DemoMine[], needed: number): void {
  const readyBy2019 = () => mines.filter((m) => (earliestBatch(m) ?? 99) <= 3).length
  const late = mines.filter((m) => m.isNew && m.productionStart && (earliestBatch(m) ?? 99) > 3)
  while (readyBy2019() < needed && late.length > 0) {
    const m = late.shift()!
    m.slow = false
    m.productionStart = workingDayBetween(rng, '2019-01-07', '2019-06-14')
  }
}
