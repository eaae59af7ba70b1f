// Everything the field inspection form needs for one mine, in one response: a phone saves it for
// offline use (issue 16 §2), so the form reads the mine through this answer only.
import { daysBetween, indicatorSetOn, type IndicatorSet } from '@zgm/domain'
import { mineAccess } from '../auth/policy'
import { findMineRef } from '../areas/areas.queries'
import type { Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { notFound } from '../http/errors'
import { loadIndicatorSets } from '../indicator-sets/indicator-sets.queries'
import { workQueue } from '../work/work.service'
import { today } from '../workflow/workflow.service'
import { FIELD_ALERT_TOLERANCE_M2, FIELD_SKETCH_LIMITS } from './field-inspections.service'
import { fieldMineRow, latestSpotCheck, openRectification } from './field-mine.queries'
import type { ChecklistItemShape, FieldMineShape } from './field-inspections.schemas'

export async function fieldMine(db: Db, user: SessionUser, mineId: number): Promise<FieldMineShape> {
  const ref = await findMineRef(db, mineId)
  if (!ref || mineAccess(user, ref) === 'none') throw notFound('mine', mineId)
  const asOf = today()
  const [row, sets, rect, spot, work] = await Promise.all([
    fieldMineRow(db, mineId),
    loadIndicatorSets(db),
    openRectification(db, mineId),
    latestSpotCheck(db, mineId),
    workQueue(db, user, asOf),
  ])
  if (!row) throw notFound('mine', mineId)
  const set = indicatorSetOn(sets, asOf) ?? sets[sets.length - 1]
  return {
    asOf,
    mine: {
      id: row.id,
      name: row.name,
      licenceNo: row.licence_no,
      countyCode: row.county_code,
      countyName: row.county_name,
      mineral: row.mineral,
      greenState: row.green_state,
      opsStatus: row.ops_status,
      version: row.version,
      location: [Number(row.lng), Number(row.lat)],
      isDemo: row.is_demo,
    },
    licence: row.licence_json ? JSON.parse(row.licence_json) : null,
    footprint: row.footprint_json ? JSON.parse(row.footprint_json) : null,
    checklist: { indicatorSetId: set.id, title: set.title, titleZh: set.titleZh, items: checklistOf(set) },
    rectification: rect
      ? {
          id: rect.id,
          cause: rect.cause,
          issuedOn: rect.issued_on,
          deadline: rect.deadline,
          daysLeft: daysBetween(asOf, rect.deadline),
        }
      : null,
    spotCheck: spot
      ? { id: spot.id, checkedOn: spot.checked_on, result: spot.result, findings: spot.findings }
      : null,
    openTasks: work.items
      .filter((i) => i.mineId === mineId)
      .map((i) => ({ kind: i.kind, dueOn: i.dueOn, overdue: i.overdue, daysLeft: i.daysLeft, rule: i.rule })),
    toleranceM2: FIELD_ALERT_TOLERANCE_M2,
    maxSketchM2: FIELD_SKETCH_LIMITS.maxAreaM2,
  }
}

/**
 * The on-site checklist of an indicator set: its pass/fail prerequisites, then one item per
 * first-level group with the group's points. The 100 third-level items are not published as data
 * the platform holds (DOMAIN-NOTES), so the field form checks at the level the set is confirmed.
 */
export function checklistOf(set: IndicatorSet): ChecklistItemShape[] {
  const prerequisites = set.prerequisites.map((p) => ({
    code: `prereq.${p.id}`,
    zh: p.zh,
    en: p.en,
    group: 'prerequisites',
    groupZh: '前置条件',
    groupEn: 'Prerequisites',
    maxScore: null,
  }))
  const groups = set.groups.map((g) => ({
    code: `group.${g.id}`,
    zh: g.zh,
    en: g.en,
    group: g.id,
    groupZh: g.zh,
    groupEn: g.en,
    maxScore: g.max,
  }))
  return [...prerequisites, ...groups]
}
