import {
  buildTargetBook,
  computeAlerts,
  DEFAULT_SCOPE_POLICY_ID,
  GREEN_STATES,
  isInDirectory,
  isMandatory,
  regionAt,
  regionContains,
  regionLevelOf,
  targetFor,
  targetStatus,
  targetYearOf,
  type AnnexRow,
  type CountyTarget,
  type GreenState,
  type MineStatus,
  type RegionLevel,
  type Target,
  type TargetStatusKind,
} from '@zgm/domain'
import type { Conn } from '../db/database'
import { countyFigures, spanMineSnapshots } from './snapshot-spans.queries'
import {
  mineSnapshots,
  regions,
  targets,
  type MineSnapshot,
  type RegionRow,
  type TargetRow,
} from './stats.queries'

export interface RegionStats extends RegionRow {
  /** 应建 mines as of the date, under the policy. */
  mandatory: number
  /** 应建 mines in the directory (the rate's numerator). */
  inDirectory: number
  /** Every mine in the directory, 应建 or not (what a count target counts). */
  inDirectoryTotal: number
  rate: number | null
  target: Target | null
  status: TargetStatusKind
  shortfall: number
  pipeline: Record<GreenState, number>
  overdue: number
  comingDue: number
}

export interface StatsResult {
  asOf: string
  /** The knowledge instant the figures were computed at; null = everything recorded so far. */
  knownAt: string | null
  /** The target year that applies: the as-of year, or 2020 (the programme's end) after it. */
  targetYear: number
  policyId: string
  rows: RegionStats[]
}

/**
 * Entry rates, targets, pipeline and overdue counts per region at one level, as of a date. The
 * published figures (mandatory, in directory, rate, target) count every mine; the pipeline and
 * the deadlines count only the mines in `visible` (the caller's, as the mine list shows them;
 * undefined = every mine, for roles entitled to the whole province).
 */
export async function regionStats(
  db: Conn,
  {
    asOf,
    level,
    policyId = 'ZJ-2018',
    regionCode,
    visible,
    knownAt,
  }: {
    asOf: string
    level: RegionLevel
    policyId?: string
    regionCode?: string
    visible?: ReadonlySet<number>
    /** Only events recorded at or before this instant (ISO timestamp); undefined = now. */
    knownAt?: string
  },
): Promise<StatsResult> {
  const targetYear = targetYearOf(asOf)
  // County figures under the default policy, with everything recorded so far, are kept per day by
  // the write path (county_stats_span): a county answers with its own, a city or the province with
  // their counties' sums. A user who sees only some mines gets their pipeline and deadlines from
  // those mines' kept snapshots. Anything else (another policy, a knownAt) is summarised here.
  const kept = !knownAt && policyId === DEFAULT_SCOPE_POLICY_ID
  const [snapshots, units, targetRows] = await Promise.all([
    !kept
      ? mineSnapshots(db, asOf, { knownAt })
      : visible
        ? spanMineSnapshots(db, asOf, { mineIds: [...visible] })
        : null,
    regions(db),
    targets(db),
  ])
  const book = targetBookFrom(targetRows)
  const summarised = (snapshots: readonly MineSnapshot[]) =>
    summarise(snapshots, units, book, { asOf, level, policyId, targetYear, visible })
  const rows = !kept
    ? summarised(snapshots!)
    : withOwn(
        withTargets(await keptRows(db, units, asOf, level), book, level, targetYear),
        snapshots && summarised(snapshots),
      )
  return {
    asOf,
    knownAt: knownAt ?? null,
    targetYear,
    policyId,
    rows: regionCode ? rows.filter((r) => regionContains(regionCode, r.code)) : rows,
  }
}

/**
 * The published figures of `all` (every mine counts) with the pipeline and deadlines of `own` (a
 * summary of only the mines the user sees); `all` alone when there is no such summary.
 */
function withOwn(all: RegionStats[], own: RegionStats[] | null): RegionStats[] {
  if (!own) return all
  const ownBy = new Map(own.map((r) => [r.code, r]))
  return all.map((r) => {
    const { pipeline, overdue, comingDue } = ownBy.get(r.code)!
    return { ...r, pipeline, overdue, comingDue }
  })
}

/** Pure aggregation, separate from the query so it can be tested on plain data. */
export function summarise(
  snapshots: readonly MineSnapshot[],
  units: readonly RegionRow[],
  book: ReturnType<typeof buildTargetBook>,
  {
    asOf,
    level,
    policyId,
    targetYear,
    visible,
  }: {
    asOf: string
    level: RegionLevel
    policyId: string
    targetYear: number
    visible?: ReadonlySet<number>
  },
): RegionStats[] {
  const sees = (id: number) => !visible || visible.has(id)
  const byRegion = new Map<string, RegionStats>()
  for (const unit of units.filter((u) => u.level === level)) byRegion.set(unit.code, emptyRow(unit))
  const alerts = computeAlerts({ mines: snapshots.filter((m) => sees(m.id)).map(toAlertMine) }, asOf)
  for (const mine of snapshots) {
    const row = byRegion.get(regionAt(mine.countyCode, level))
    if (!row) continue
    if (!isLicensedOn(mine, asOf)) continue
    const state = mine.greenState as GreenState
    // A closed mine leaves the directory count from its closure date.
    const listed = isInDirectory(state) && mine.opsStatus !== 'closed'
    const mandatory = isMandatory(toScopeMine(mine), asOf, policyId).mandatory
    if (sees(mine.id)) row.pipeline[state] += 1
    if (listed) row.inDirectoryTotal += 1
    if (mandatory) {
      row.mandatory += 1
      if (listed) row.inDirectory += 1
    }
  }
  const countyOf = new Map(snapshots.map((m) => [String(m.id), m.countyCode]))
  for (const alert of alerts) {
    const code = alert.mineId ? countyOf.get(alert.mineId) : alert.regionCode
    const row = code ? byRegion.get(regionAt(code, level)) : undefined
    if (!row) continue
    if (alert.overdue) row.overdue += 1
    else row.comingDue += 1
  }
  return withTargets([...byRegion.values()], book, level, targetYear)
}

function emptyRow(unit: RegionRow): RegionStats {
  // Fields copied one by one: spreading a pg row object is 10× slower (≈ 10 ms for 2,900 rows).
  return {
    code: unit.code,
    level: unit.level,
    parentCode: unit.parentCode,
    name: unit.name,
    nameEn: unit.nameEn,
    mandatory: 0,
    inDirectory: 0,
    inDirectoryTotal: 0,
    rate: null,
    target: null,
    status: 'no_target',
    shortfall: 0,
    pipeline: { ...NO_PIPELINE },
    overdue: 0,
    comingDue: 0,
  }
}

// Copied per row (Object.fromEntries per row cost ≈ 40 ms over a national table's 2,900 counties).
const NO_PIPELINE = Object.fromEntries(GREEN_STATES.map((s) => [s, 0])) as Record<GreenState, number>

/**
 * Every region of `level` with its counties' kept figures on the date summed (none kept: all
 * zero), as `summarise` counts them. The one alert that is not a mine's, a city's reporting
 * window (R3.6), counts in its city and the province: it is computed from the county-archived
 * mines alone.
 */
async function keptRows(db: Conn, units: readonly RegionRow[], asOf: string, level: RegionLevel) {
  const [figures, archived] = await Promise.all([
    countyFigures(db, asOf),
    level === 'county' ? [] : spanMineSnapshots(db, asOf, { greenState: 'county_archived' }),
  ])
  const byRegion = new Map<string, RegionStats>()
  for (const unit of units.filter((u) => u.level === level)) byRegion.set(unit.code, emptyRow(unit))
  for (const kept of figures) {
    const row = byRegion.get(regionAt(kept.code, level))
    if (!row) continue
    row.mandatory += kept.mandatory
    row.inDirectory += kept.inDirectory
    row.inDirectoryTotal += kept.inDirectoryTotal
    row.overdue += kept.overdue
    row.comingDue += kept.comingDue
    for (const [state, n] of Object.entries(kept.pipeline)) row.pipeline[state as GreenState] += n ?? 0
  }
  for (const alert of computeAlerts({ mines: archived.map(toAlertMine) }, asOf)) {
    const row =
      !alert.mineId && alert.regionCode ? byRegion.get(regionAt(alert.regionCode, level)) : undefined
    if (!row) continue
    if (alert.overdue) row.overdue += 1
    else row.comingDue += 1
  }
  return [...byRegion.values()]
}

/** Rate, target, status and shortfall of each row, from its counts. */
function withTargets(
  rows: RegionStats[],
  book: ReturnType<typeof buildTargetBook>,
  level: RegionLevel,
  targetYear: number,
): RegionStats[] {
  for (const row of rows) {
    const target = targetFor(book, level, row.code, targetYear)
    const status = targetStatus(target, row)
    Object.assign(row, { rate: status.rate, target, status: status.status, shortfall: status.shortfall })
  }
  return rows
}

/** Nothing counts before a mine's licence starts (its first term's first day). */
export const isLicensedOn = (mine: MineSnapshot, asOf: string) => mine.licenceValidFrom <= asOf

export function toScopeMine(mine: MineSnapshot) {
  return {
    status: mine.opsStatus as MineStatus,
    miningMethod: mine.miningMethod,
    licenceValidFrom: mine.licenceValidFrom,
    licenceValidTo: mine.licenceValidTo,
    hasSandEquipment: mine.hasSandEquipment,
  }
}

export function toAlertMine(mine: MineSnapshot) {
  return {
    id: String(mine.id),
    countyCode: mine.countyCode,
    state: mine.greenState as GreenState,
    status: mine.opsStatus as MineStatus,
    selfAssessmentReceivedOn: mine.selfAssessmentReceivedOn,
    productionStartedOn: mine.productionStart,
    countyArchivedOn: mine.countyArchivedOn,
    rectificationDeadline: mine.rectificationDeadline,
  }
}

/** The annex (city rows) and the county targets cities set, from the target table. */
export function targetBookFrom(rows: readonly TargetRow[]) {
  const annex = new Map<string, AnnexRow>()
  const countyTargets: CountyTarget[] = []
  for (const t of rows) {
    const level = regionLevelOf(t.regionCode)
    if (level === 'province') continue
    if (level === 'county') {
      countyTargets.push({ countyCode: t.regionCode, year: t.year, kind: t.kind, value: t.value })
      continue
    }
    const row = annex.get(t.regionCode) ?? {
      cityCode: t.regionCode,
      cityName: '',
      producing2017: 0,
      underConstruction2017: 0,
      targetCount2018: 0,
      targetRate2019: 0,
      targetRate2020: 0,
    }
    if (t.year === 2018) row.targetCount2018 = t.value
    if (t.year === 2019) row.targetRate2019 = t.value
    if (t.year === 2020) row.targetRate2020 = t.value
    annex.set(t.regionCode, row)
  }
  return buildTargetBook([...annex.values()], countyTargets)
}
