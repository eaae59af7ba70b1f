import { GREEN_STATES, MINE_STATUSES, type Alert } from '@zgm/domain'
import { oneOf } from '../http/common.schemas'
import type { MineSnapshot } from './stats.queries'
import type { RegionStats, StatsResult } from './stats.service'
import type {
  AlertShape,
  MapMineShape,
  PublicStatsRowShape,
  StatsRowShape,
  StatsShape,
} from './stats.schemas'

/** The published part of a region's statistics (what /api/public/stats shows). */
export function toPublicStatsRow(row: RegionStats): PublicStatsRowShape {
  return {
    code: row.code,
    level: row.level,
    parentCode: row.parentCode,
    name: row.name,
    nameEn: row.nameEn,
    mandatory: row.mandatory,
    inDirectory: row.inDirectory,
    inDirectoryTotal: row.inDirectoryTotal,
    rate: row.rate,
    target: row.target && { ...row.target },
    status: row.status,
    shortfall: row.shortfall,
  }
}

/** Signed-in statistics: the published part plus the pipeline and the deadlines. */
export function toStatsRow(row: RegionStats): StatsRowShape {
  return {
    ...toPublicStatsRow(row),
    pipeline: { ...row.pipeline },
    overdue: row.overdue,
    comingDue: row.comingDue,
  }
}

export function toAlert(alert: Alert): AlertShape {
  return {
    kind: alert.kind,
    ...(alert.mineId !== undefined ? { mineId: alert.mineId } : {}),
    ...(alert.regionCode !== undefined ? { regionCode: alert.regionCode } : {}),
    dueOn: alert.dueOn,
    overdue: alert.overdue,
    daysLeft: alert.daysLeft,
    rule: alert.rule,
    ...(alert.opensOn !== undefined ? { opensOn: alert.opensOn } : {}),
    message: alert.message,
    messageZh: alert.messageZh,
  }
}

export function toMapMine(mine: MineSnapshot, mandatory: boolean): MapMineShape {
  return {
    id: mine.id,
    name: mine.name,
    lng: mine.lng,
    lat: mine.lat,
    countyCode: mine.countyCode,
    greenState: oneOf(GREEN_STATES, mine.greenState, 'green_state'),
    opsStatus: oneOf(MINE_STATUSES, mine.opsStatus, 'ops_status'),
    mandatory,
  }
}

export function toStats(result: StatsResult): StatsShape {
  return {
    asOf: result.asOf,
    knownAt: result.knownAt,
    targetYear: result.targetYear,
    policyId: result.policyId,
    rows: result.rows.map(toStatsRow),
  }
}

export function toPublicStats(result: StatsResult) {
  return {
    asOf: result.asOf,
    knownAt: result.knownAt,
    targetYear: result.targetYear,
    policyId: result.policyId,
    rows: result.rows.map(toPublicStatsRow),
  }
}
