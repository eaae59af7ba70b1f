import {
  cityCodeOf,
  PROVINCE_CODE,
  type GreenEvent,
  type GreenEventOf,
  type GreenEventType,
  type GreenTransition,
  type OpsEvent,
} from '@zgm/domain'
import type { Conn } from '../db/database'
import { candidateIds, findEvaluatorDraw } from '../evaluator-draws/draws.queries'
import type { EvaluationFacts } from './evaluation-context'
import { invalidateScopeTiles, invalidateTiles } from '../tiles/tile-cache.queries'
import { MINE_STATE_TILE_SETS } from '../tiles/tile-layers'
import { organizationScopeKey } from '../tiles/tile-scope'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import type { MineHead } from './workflow.queries'
import { checkDrawUsable } from './spot-check.service'
import {
  addToCityReport,
  addToNotice,
  adminUnitName,
  assignmentsNewestFirst,
  cityReportFor,
  closeNotice,
  closeNewMineRectification,
  endSuspension,
  findDraw,
  findNotice,
  insertAssignment,
  insertBlacklistEntries,
  insertDirectoryEntry,
  insertNotice,
  insertRectificationOrder,
  insertSelfAssessment,
  findSpotCheck,
  insertSpotCheck,
  insertSuspension,
  insertVerification,
  linkRemovalExposure,
  mineSector,
  noticesOfMineNewestFirst,
  recordRecheck,
  removeFromDirectory,
  selfAssessmentsNewestFirst,
  setProductionStart,
} from './workflow-records.queries'
import {
  confirmRemovalOfOrder,
  insertArchivedOriginal,
  linkRecheckAssignment,
  openRectificationOrder,
} from './sanctions.queries'

export interface EventExtras {
  /** Join an existing notice instead of opening a new one (publicity events). */
  publicityId?: number
  /** The published spot-check draw this check belongs to. */
  drawId?: number
  /** Document ids attached to the event (report, acceptance). */
  documentId?: number
  /** The kind the attached document must be (an R4 acceptance must be an acceptance record). */
  documentKind?: string
  /** The reproducible pick behind a re-check agency assignment (R6). */
  pick?: { seed: string; candidates: string[]; algorithm: string }
  /** The revealed commit-reveal draw behind an evaluator assignment (R3.2). */
  evaluatorDrawId?: number
  /** The approved direct-assignment exception behind an evaluator assignment (R3.2). */
  exceptionId?: number
}

/** Everything a writer may need about the step being recorded. */
export interface GreenStep<E extends GreenEvent = GreenEvent> {
  tx: Conn
  mine: MineHead
  event: E
  transition: GreenTransition
  on: string
  user: SessionUser
  eventId: number
  extras: EventExtras
  /** What the evaluation rules were given (the industry standard a verification records). */
  facts?: EvaluationFacts
}

/** Writes the records one kind of green-mine event implies. */
export type Writer<E extends GreenEvent> = (step: GreenStep<E>) => Promise<void>

const publish: Writer<GreenEventOf<'publish_county_publicity' | 'publish_province_list'>> = async (s) => {
  const { tx, mine, event, extras, transition } = s
  const level = event.type === 'publish_county_publicity' ? 'county' : 'province'
  const record = level === 'county' ? transition.record.countyPublicity : transition.record.provincePublicity
  const workingDays = record?.workingDays ?? null
  const publicityId =
    extras.publicityId ?? (await openNotice(tx, mine, level, { ...event, workingDays }, s.on))
  if (extras.publicityId) await checkNotice(tx, extras.publicityId, level, mine, event.period)
  // The county notice publishes the verification opinion: the item links the verification it rests on.
  const verification =
    level === 'county'
      ? await tx
          .selectFrom('verification')
          .select('id')
          .where('mine_id', '=', mine.id)
          .orderBy('verified_on', 'desc')
          .orderBy('id', 'desc')
          .executeTakeFirst()
      : undefined
  await addToNotice(tx, publicityId, mine.id, undefined, verification?.id ?? null)
}

/** Closes the mine's current notice of the event's level; returns the notice's id. */
async function closePublicity({
  tx,
  mine,
  event,
  on,
}: GreenStep<GreenEventOf<'close_county_publicity' | 'enter_directory' | 'uphold_province_objection'>>) {
  const level = event.type === 'close_county_publicity' ? 'county' : 'province'
  const notice = await noticesOfMineNewestFirst(tx, mine.id, level).select('p.id').executeTakeFirstOrThrow()
  await closeNotice(tx, notice.id, on)
  if (event.type === 'enter_directory') await insertDirectoryEntry(tx, mine.id, notice.id, on)
  return notice.id
}

/**
 * One writer per green-mine event: an event added to the domain's union without a writer here
 * fails the typecheck.
 */
const WRITERS = {
  submit_self_assessment: async ({ tx, mine, event, on, eventId, extras }) => {
    await insertSelfAssessment(tx, {
      mine_id: mine.id,
      event_id: eventId,
      submitted_on: on,
      received_on: on,
      to_land_bureau: event.recipients.includes('county_land'),
      to_env_bureau: event.recipients.includes('county_environment'),
      standard: await mineSector(tx, mine.id),
      document_id: extras.documentId ?? null,
    })
  },
  assign_evaluator: async ({ tx, mine, event, on, eventId, extras }) => {
    const sa = await selfAssessmentsNewestFirst(tx, mine.id).select('id').executeTakeFirstOrThrow()
    const draw = extras.evaluatorDrawId ? await findEvaluatorDraw(tx, extras.evaluatorDrawId) : undefined
    await insertAssignment(tx, {
      mine_id: mine.id,
      self_assessment_id: sa.id,
      agency_id: Number(event.agencyId),
      event_id: eventId,
      assigned_on: on,
      method: draw ? 'public_lottery' : 'direct',
      seed: draw?.seed ?? null,
      candidates: JSON.stringify(draw ? candidateIds(draw.candidates) : []),
      draw_id: draw?.id ?? null,
      exception_id: draw ? null : (extras.exceptionId ?? null),
    })
    // The agency's evaluators now see this mine: their cached tiles are out of date.
    await invalidateScopeTiles(tx, organizationScopeKey('evaluator', Number(event.agencyId)))
  },
  file_verification: async ({ tx, mine, event, transition, on, eventId, extras, facts }) => {
    const assignment = await assignmentsNewestFirst(tx, mine.id).select('id').executeTakeFirstOrThrow()
    const v = transition.record.verification!
    await insertVerification(tx, {
      mine_id: mine.id,
      assignment_id: assignment.id,
      event_id: eventId,
      verified_on: on,
      passed: transition.state === 'verified',
      late: v.late,
      indicator_version: v.indicatorSetId,
      prerequisites: JSON.stringify(event.scores.prerequisites),
      scores: JSON.stringify({ groups: event.scores.groups, reason: v.reason }),
      total: v.total,
      team: JSON.stringify(event.team ?? []),
      report_document_id: extras.documentId ?? null,
      industry_standard: event.standard?.code ?? facts?.industryStandard ?? null,
      standard_conforms: event.standard?.conforms ?? null,
      weights_confirmed: !transition.effects.some((e) => e.kind === 'indicator_weights_unconfirmed'),
    })
  },
  publish_county_publicity: publish,
  publish_province_list: publish,
  close_county_publicity: async (s) => {
    const publicityId = await closePublicity(s)
    if (s.transition.state !== 'county_archived') return
    await insertArchivedOriginal(s.tx, {
      mine_id: s.mine.id,
      publicity_id: publicityId,
      event_id: s.eventId,
      self_assessment_document_id: Number(s.event.archived.selfAssessmentDocumentId),
      verification_report_document_id: Number(s.event.archived.verificationReportDocumentId),
      archived_on: s.on,
    })
  },
  enter_directory: async (s) => void (await closePublicity(s)),
  uphold_province_objection: async (s) => void (await closePublicity(s)),
  city_report: async ({ tx, mine, on, user }) => {
    const cityCode = cityCodeOf(mine.countyCode)
    const windowEnd = `${on.slice(0, 4)}-${on.slice(5, 7) === '04' ? '04-30' : '10-31'}`
    const reportId = await cityReportFor(tx, { cityCode, windowEnd, on, userId: user.id })
    await addToCityReport(tx, reportId, mine.id)
  },
  spot_check: async ({ tx, mine, event, transition, on, extras }) => {
    if (!extras.drawId) throw new HttpError({ code: 'draw_required' })
    const draw = await findDraw(tx, extras.drawId)
    const assignment = (
      draw?.result as { assignments?: { mineId: string; inspectorIds: string[] }[] } | undefined
    )?.assignments?.find((a) => a.mineId === String(mine.id))
    if (!draw) throw new HttpError({ code: 'not_drawn', mineId: mine.id, drawId: extras.drawId })
    checkDrawUsable(draw, mine.countyCode, on)
    if (!assignment) throw new HttpError({ code: 'not_drawn', mineId: mine.id, drawId: extras.drawId })
    // One check per drawn mine; the mine row is locked, so two concurrent filings cannot both pass.
    const earlier = await findSpotCheck(tx, draw.id, mine.id)
    if (earlier) {
      throw new HttpError({
        code: 'duplicate_spot_check',
        mineId: mine.id,
        drawId: draw.id,
        checkedOn: earlier.checked_on,
      })
    }
    const checkId = await insertSpotCheck(tx, {
      draw_id: draw.id,
      mine_id: mine.id,
      checked_on: on,
      inspectors: JSON.stringify(assignment.inspectorIds),
      result: event.result,
    })
    const ordered = transition.effects.find((e) => e.kind === 'rectification_ordered')
    if (ordered?.kind === 'rectification_ordered') {
      await insertRectificationOrder(tx, {
        mine_id: mine.id,
        cause: 'spot_check',
        spot_check_id: checkId,
        issued_on: on,
        deadline: ordered.deadline,
      })
    }
  },
  assign_recheck_agency: async ({ tx, mine, event, on, eventId, extras }) => {
    const order = await openRectificationOrder(tx, mine.id)
    const sa = await selfAssessmentsNewestFirst(tx, mine.id).select('id').executeTakeFirstOrThrow()
    const assignmentId = await insertAssignment(tx, {
      mine_id: mine.id,
      self_assessment_id: sa.id,
      agency_id: Number(event.agencyId),
      event_id: eventId,
      assigned_on: on,
      method: 'recheck_lottery',
      purpose: 'recheck',
      seed: extras.pick?.seed ?? null,
      candidates: JSON.stringify(extras.pick?.candidates ?? []),
    })
    await linkRecheckAssignment(tx, order!.id, assignmentId)
    await invalidateScopeTiles(tx, organizationScopeKey('evaluator', Number(event.agencyId)))
  },
  recheck: async ({ tx, mine, event, on }) => {
    await recordRecheck(tx, mine.id, on, event.result === 'pass')
  },
  confirm_removal: async ({ tx, mine, transition, on, user }) => {
    await confirmRemovalOfOrder(tx, mine.id, on, user.id)
    await removeFromDirectory(tx, mine.id, on)
    const exposure = await openNotice(tx, mine, 'removal', undefined, on)
    await addToNotice(tx, exposure, mine.id, '整改后复核不合格，除名')
    await linkRemovalExposure(tx, mine.id, on, exposure)
    const blacklist = transition.effects.find((e) => e.kind === 'blacklist')
    const persons = blacklist?.kind === 'blacklist' ? blacklist.responsiblePersons : []
    const listing = { organization_id: mine.enterpriseId, mine_id: mine.id, listed_on: on }
    const reason = 'R6 整改后第三方评估不合格'
    await insertBlacklistEntries(tx, [
      { subject: 'enterprise', ...listing, reason },
      ...persons.map((name) => ({
        subject: 'person' as const,
        ...listing,
        person_name: name,
        person_role: '相关负责人',
        reason,
      })),
    ])
  },
} satisfies { [T in GreenEventType]: Writer<GreenEventOf<T>> }

/** Writes the records a green-mine transition implies, besides the event row and the mine's state. */
export function writeGreenRecords(step: GreenStep): Promise<void> {
  // The map's key and the event's type agree by construction; TypeScript cannot correlate them.
  const write = WRITERS[step.event.type] as Writer<GreenEvent>
  return write(step)
}

async function openNotice(
  tx: Conn,
  mine: MineHead,
  level: 'county' | 'province' | 'removal',
  event:
    | { period: { start: string; end: string }; objectionChannel: string; workingDays: number | null }
    | undefined,
  on: string,
): Promise<number> {
  const region = level === 'county' ? mine.countyCode : PROVINCE_CODE
  const unitName = await adminUnitName(tx, region)
  const issuer =
    level === 'county'
      ? `${unitName}自然资源主管部门、生态环境主管部门`
      : '浙江省自然资源厅、浙江省生态环境厅'
  const title = {
    county: `${unitName}绿色矿山现场核查意见公示`,
    province: '浙江省拟纳入全国绿色矿山名录库矿山名单公示',
    removal: '全国绿色矿山名录库除名矿山公告',
  }[level]
  return insertNotice(tx, {
    level,
    region_code: region,
    title,
    start_on: event?.period.start ?? on,
    end_on: event?.period.end ?? on,
    objection_channel: event?.objectionChannel ?? '—',
    working_days: event?.workingDays ?? null,
    issuer,
    published_on: on,
  })
}

async function checkNotice(
  tx: Conn,
  id: number,
  level: string,
  mine: MineHead,
  period: { start: string; end: string },
) {
  const notice = await findNotice(tx, id)
  const region = level === 'county' ? mine.countyCode : PROVINCE_CODE
  if (!notice || notice.level !== level || notice.region_code !== region) {
    throw new HttpError({
      code: 'publicity_mismatch',
      reason: 'not_open',
      publicityId: id,
      level,
      regionCode: region,
    })
  }
  if (notice.start_on !== period.start || notice.end_on !== period.end || notice.closed_on) {
    throw new HttpError({
      code: 'publicity_mismatch',
      reason: 'period',
      publicityId: id,
      noticeStart: notice.start_on,
      noticeEnd: notice.end_on,
      start: period.start,
      end: period.end,
    })
  }
}

/** Writes what an operational transition implies (production start, suspension, resumption). */
export async function writeOpsRecords(
  tx: Conn,
  mine: MineHead,
  event: OpsEvent,
  on: string,
  extras: EventExtras,
) {
  if (event.type === 'start_production') {
    await setProductionStart(tx, mine.id, event.productionStartedOn ?? on)
  } else if (event.type === 'suspend') {
    const deadline = event.deadline ?? null
    await insertSuspension(tx, {
      mine_id: mine.id,
      rule: event.reason,
      reason: event.note ?? event.reason,
      ordered_on: on,
      deadline,
    })
    if (event.reason === 'R4' && deadline) {
      await insertRectificationOrder(tx, {
        mine_id: mine.id,
        cause: 'new_mine_overdue',
        issued_on: on,
        deadline,
      })
    }
  } else if (event.type === 'resume') {
    const acceptedOn = event.acceptance?.acceptedOn ?? null
    await endSuspension(tx, mine.id, { acceptedOn, resumedOn: on, documentId: extras.documentId ?? null })
    if (acceptedOn) await closeNewMineRectification(tx, mine.id, acceptedOn)
  }
}

/** A workflow change recolours one mine: drop the cached mine tiles around it (footprint included). */
export async function dropMineTiles(tx: Conn, mine: Pick<MineHead, 'lng' | 'lat'>) {
  const pad = 0.02
  await invalidateTiles(tx, MINE_STATE_TILE_SETS, [
    mine.lng - pad,
    mine.lat - pad,
    mine.lng + pad,
    mine.lat + pad,
  ])
}
