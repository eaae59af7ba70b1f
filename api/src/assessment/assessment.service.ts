import {
  checkYearClosable,
  figureChanges,
  isAfter,
  regionContains,
  targetYearOf,
  yearEndOf,
  type AssessedRow,
} from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import type { Conn, Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import { mineSnapshots, regions, targets } from '../stats/stats.queries'
import { summarise, targetBookFrom, type RegionStats } from '../stats/stats.service'
import { today } from '../workflow/workflow.service'
import {
  eventsRecordedAfter,
  findYearClose,
  insertYearClose,
  sanctionsByCounty,
  type CountySanctions,
  type YearCloseRow,
} from './assessment.queries'
import type { AssessmentRowShape, AssessmentShape, FigureChangeShape } from './assessment.schemas'

/** The scope policy assessments are computed under (R1's default). */
export const ASSESSMENT_POLICY = 'ZJ-2018'

interface FrozenFigures {
  rows: AssessmentRowShape[]
}

/**
 * §5.2 (R7): the year's assessment of every city and county as of `asOf` — target, achieved,
 * shortfall, overdue clocks and R6 sanctions in the year — from the events recorded by `knownAt`.
 */
export async function computeAssessment(
  db: Conn,
  year: number,
  { asOf, knownAt }: { asOf: string; knownAt?: string },
): Promise<AssessmentRowShape[]> {
  const [snapshots, units, targetRows, sanctions] = await Promise.all([
    mineSnapshots(db, asOf, { knownAt }),
    regions(db),
    targets(db),
    sanctionsByCounty(db, { from: `${year}-01-01`, to: asOf, knownAt }),
  ])
  const book = targetBookFrom(targetRows)
  const at = (level: 'city' | 'county') =>
    summarise(snapshots, units, book, {
      asOf,
      level,
      policyId: ASSESSMENT_POLICY,
      targetYear: targetYearOf(asOf),
    })
  return [...at('city'), ...at('county')].map((row) => toAssessmentRow(row, sanctions))
}

function toAssessmentRow(row: RegionStats, sanctions: readonly CountySanctions[]): AssessmentRowShape {
  const inRegion = sanctions.filter((s) => regionContains(row.code, s.countyCode))
  return {
    code: row.code,
    level: row.level as 'city' | 'county',
    parentCode: row.parentCode,
    name: row.name,
    nameEn: row.nameEn,
    target: row.target && { ...row.target },
    mandatory: row.mandatory,
    inDirectory: row.inDirectory,
    inDirectoryTotal: row.inDirectoryTotal,
    rate: row.rate,
    status: row.status,
    shortfall: row.shortfall,
    overdue: row.overdue,
    rectifications: inRegion.reduce((n, s) => n + s.rectifications, 0),
    removals: inRegion.reduce((n, s) => n + s.removals, 0),
  }
}

/**
 * A year's assessment: for a closed year the frozen figures, always, with the restatements the
 * history recorded since the close implies listed beside them; for an open year the figures as
 * of its end (or today, while it runs).
 */
export async function assessmentOf(db: Db, year: number): Promise<AssessmentShape> {
  const closed = await findYearClose(db, year)
  if (closed) return closedAssessment(db, closed)
  const now = today()
  const yearEnd = yearEndOf(year)
  const asOf = isAfter(yearEnd, now) ? now : yearEnd
  return {
    year,
    asOf,
    status: 'open',
    closedAt: null,
    closedBy: null,
    policyId: ASSESSMENT_POLICY,
    rows: await computeAssessment(db, year, { asOf }),
    restatements: { changes: [], events: [] },
  }
}

async function closedAssessment(db: Db, closed: YearCloseRow): Promise<AssessmentShape> {
  const frozen = (closed.figures as FrozenFigures).rows
  const [now, events] = await Promise.all([
    computeAssessment(db, closed.year, { asOf: closed.as_of }),
    eventsRecordedAfter(db, closed.as_of, closed.closed_at),
  ])
  const names = new Map(frozen.map((r) => [r.code, r.name]))
  const changes: FigureChangeShape[] = figureChanges(asAssessed(frozen), asAssessed(now)).map((c) => ({
    ...c,
    name: names.get(c.code) ?? c.code,
  }))
  return {
    year: closed.year,
    asOf: closed.as_of,
    status: 'closed',
    closedAt: new Date(closed.closed_at).toISOString(),
    closedBy: closed.closed_by_username,
    policyId: closed.policy_id,
    rows: frozen,
    restatements: {
      changes,
      events: events.map((e) => ({ ...e, recordedAt: new Date(e.recordedAt).toISOString() })),
    },
  }
}

const asAssessed = (rows: readonly AssessmentRowShape[]): readonly AssessedRow[] => rows

/** R7: the province closes a year once it has ended: its figures are computed and frozen. */
export async function closeYear(db: Db, user: SessionUser, year: number): Promise<AssessmentShape> {
  const existing = await findYearClose(db, year)
  checkYearClosable(year, today(), existing ? new Date(existing.closed_at).toISOString() : null)
  const asOf = yearEndOf(year)
  await db.transaction().execute(async (tx) => {
    const rows = await computeAssessment(tx, year, { asOf })
    const figures: FrozenFigures = { rows }
    const stored = await insertYearClose(tx, {
      year,
      as_of: asOf,
      policy_id: ASSESSMENT_POLICY,
      closed_by: user.id,
      figures: JSON.stringify(figures),
    })
    if (!stored) throw new HttpError({ code: 'R7.year_closed', year, closedAt: 'now' }, 409)
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'year.close',
      objectType: 'year',
      objectId: year,
      before: null,
      after: { year, asOf, policyId: ASSESSMENT_POLICY, regions: rows.length },
    })
  })
  return assessmentOf(db, year)
}

/** What of an assessment a user may see: the province and leaders all; a city its own and its counties; a county its own. */
export function visibleAssessment(user: SessionUser, a: AssessmentShape): AssessmentShape {
  if (user.role === 'province' || user.role === 'leader') return a
  const sees = (code: string) => user.regionCode !== null && regionContains(user.regionCode, code)
  return {
    ...a,
    rows: a.rows.filter((r) => sees(r.code)),
    restatements: {
      changes: a.restatements.changes.filter((c) => sees(c.code)),
      events: a.restatements.events.filter((e) => sees(e.countyCode)),
    },
  }
}
