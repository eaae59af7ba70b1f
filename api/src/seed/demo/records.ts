// Turns the planned attempts into rows (self_assessment, evaluator_assignment, verification,
// publicity + items + objections, city_report + items, directory_entry) and into the intents that
// become mine_event rows once replayed through the domain state machine.
import { archiveOriginals } from './originals'
import {
  isVerificationLate,
  pickEvaluator,
  PROVINCE_CODE,
  type Dealing,
  type IsoDate,
  type ListedAgency,
  type SeededRandom,
} from '@zgm/domain'
import { USER_IDS, type Builder, type DemoMine, type Intent } from './builder'
import { personName } from './names'
import { countyChannel, countyNoticeRow, provinceNoticeRow, provinceObjectionChannel } from './notices'
import type { Attempt, CityReport, CountyNotice, PipelinePlan } from './pipeline'
import { BATCHES } from './schedule'
import { INDICATOR_VERSION, scoreVerification } from './scores'
import { SECTOR_STANDARDS } from './minerals'
import type { VerificationRow } from './types'

export const BOTH_BUREAUS = ['county_land', 'county_environment'] as const

const COUNTY_OBJECTIONS = {
  upheld: [
    '反映该矿山运输车辆抛洒滴漏、扬尘影响周边村庄，边坡复绿未按方案完成',
    '反映该矿山废石随意堆放于矿区范围外，经核实情况属实',
  ],
  dismissed: [
    '反映爆破震动影响周边房屋，经核实矿山已调整爆破参数并完成整改',
    '反映矿区道路扬尘，经核实已落实洒水降尘措施',
  ],
}

/** The agencies on a provincial list valid on `on`. */
export function evaluatorListOn(b: Builder, on: IsoDate): ListedAgency[] {
  return b.agencies.flatMap((a) =>
    a.lists
      .filter((l) => l.from <= on && on <= l.to)
      .map((l) => ({ agencyId: String(a.org.id), name: a.org.name, validFrom: l.from, validTo: l.to })),
  )
}

/** A team of 5–7 from the agency's experts, at least 2 senior, led by a senior. */
function team(rng: SeededRandom, b: Builder, agencyId: number): VerificationRow['team'] {
  const experts = b.agencies.find((a) => a.org.id === agencyId)!.experts
  const seniors = rng.shuffle(experts.filter((e) => e.senior)).slice(0, rng.int(2, 3))
  const others = rng
    .shuffle(experts.filter((e) => !seniors.includes(e)))
    .slice(0, rng.int(5, 7) - seniors.length)
  return [...seniors, ...others].map((e, i) => ({
    expertId: e.id,
    name: e.name,
    senior: e.senior,
    leader: i === 0,
  }))
}

export function writeAttempts(b: Builder, plan: PipelinePlan): void {
  const rng = b.rng.fork('records')
  const noticeIds = new Map<CountyNotice, number>()
  const perCountyYear = new Map<string, number>()
  for (const notice of [...plan.notices].sort(
    (x, y) => x.start.localeCompare(y.start) || x.county.code.localeCompare(y.county.code),
  )) {
    const key = `${notice.county.code}/${notice.start.slice(0, 4)}`
    const number = (perCountyYear.get(key) ?? 0) + 1
    perCountyYear.set(key, number)
    const row = countyNoticeRow(b, notice, number)
    b.tables.publicity.push(row)
    noticeIds.set(notice, row.id)
  }
  const reportIds = new Map<CityReport, number>()
  for (const report of [...plan.reports].sort(
    (x, y) => x.submittedOn.localeCompare(y.submittedOn) || x.cityCode.localeCompare(y.cityCode),
  )) {
    const id = b.nextId('city_report')
    b.tables.city_report.push({
      id,
      city_code: report.cityCode,
      window_end: BATCHES[report.batch]!.windowEnd,
      submitted_on: report.submittedOn,
      submitted_by: b.actorFor('city', report.cityCode),
    })
    reportIds.set(report, id)
  }
  const provinceIds = new Map<number, number>()
  for (const [index] of BATCHES.entries()) {
    const count = plan.attempts.filter((a) => a.provinceBatch === index).length
    if (count === 0) continue
    const row = provinceNoticeRow(b, index, count)
    b.tables.publicity.push(row)
    provinceIds.set(index, row.id)
  }
  const attemptsSoFar = new Map<number, number>()
  for (const a of [...plan.attempts].sort(
    (x, y) => x.receivedOn.localeCompare(y.receivedOn) || x.mine.row.id - y.mine.row.id,
  )) {
    const n = (attemptsSoFar.get(a.mine.row.id) ?? 0) + 1
    attemptsSoFar.set(a.mine.row.id, n)
    writeAttempt(b, rng, a, n, { noticeIds, reportIds, provinceIds })
  }
}

interface Ids {
  noticeIds: Map<CountyNotice, number>
  reportIds: Map<CityReport, number>
  provinceIds: Map<number, number>
}

function writeAttempt(b: Builder, rng: SeededRandom, a: Attempt, n: number, ids: Ids): void {
  const m = a.mine
  const mineId = m.row.id
  const county = m.row.county_code
  const intent = (i: Intent) => b.addIntent(mineId, i)
  const enterpriseUser = m.enterprise.id === b.demoEnterpriseId ? USER_IDS.enterprise : null

  const standard = SECTOR_STANDARDS[m.kind.sector]
  const sa = {
    id: b.nextId('self_assessment'),
    mine_id: mineId,
    event_id: null as number | null,
    submitted_on: a.submittedOn,
    received_on: a.receivedOn,
    to_land_bureau: true,
    to_env_bureau: true,
    standard,
  }
  b.tables.self_assessment.push(sa)
  intent({
    on: a.receivedOn,
    role: 'enterprise',
    actorUserId: enterpriseUser,
    green: { type: 'submit_self_assessment', recipients: BOTH_BUREAUS, reportRef: `ZP-${mineId}-${n}` },
    payload: { selfAssessmentId: sa.id, submittedOn: a.submittedOn, standard },
    onEvent: (e) => (sa.event_id = e.id),
  })
  if (!a.assignedOn) return

  const evaluatorList = evaluatorListOn(b, a.assignedOn)
  const fresh: Dealing[] = rng.chance(0.08)
    ? [{ partyId: rng.pick(evaluatorList).agencyId, mineId: String(mineId), kind: 'report_help' }]
    : []
  // Report help conflicts whenever it happened: an earlier attempt's tie still counts.
  const dealings: Dealing[] = [
    ...b.tables.agency_dealing
      .filter((d) => d.mine_id === mineId)
      .map((d): Dealing => ({ partyId: String(d.party_id), mineId: String(mineId), kind: d.kind })),
    ...fresh,
  ]
  // The tie goes into the conflict-of-interest register, which every later assignment reads.
  for (const d of fresh) {
    b.tables.agency_dealing.push({
      id: b.nextId('agency_dealing'),
      party_id: Number(d.partyId),
      mine_id: mineId,
      kind: d.kind,
      on_date: null,
      note: '演示：协助编制矿山绿色矿山建设自评报告',
    })
  }
  const seed = `${b.rng.seed}/lottery/${county}/${mineId}/${n}`
  const pick = pickEvaluator({ seed, on: a.assignedOn, mineId: String(mineId), evaluatorList, dealings })
  const agencyId = Number(pick.agencyId)
  const assignment = {
    id: b.nextId('evaluator_assignment'),
    mine_id: mineId,
    self_assessment_id: sa.id,
    agency_id: agencyId,
    event_id: null as number | null,
    assigned_on: a.assignedOn,
    method: 'public_lottery',
    seed,
    candidates: pick.candidates.map(Number),
    purpose: 'verification' as const,
  }
  b.tables.evaluator_assignment.push(assignment)
  intent({
    on: a.assignedOn,
    role: 'county',
    actorUserId: b.actorFor('county', county),
    green: { type: 'assign_evaluator', agencyId: pick.agencyId },
    ctx: { evaluatorList, dealings },
    payload: {
      assignmentId: assignment.id,
      method: 'public_lottery',
      seed,
      algorithm: pick.algorithm,
      candidates: assignment.candidates,
      dealings,
    },
    onEvent: (e) => (assignment.event_id = e.id),
  })
  if (!a.verifiedOn || !a.outcome) return

  const scored = scoreVerification(rng, a.outcome)
  const members = team(rng, b, agencyId)
  const late = isVerificationLate(a.receivedOn, a.verifiedOn)
  const verification: VerificationRow = {
    id: b.nextId('verification'),
    mine_id: mineId,
    assignment_id: assignment.id,
    event_id: null,
    verified_on: a.verifiedOn,
    passed: scored.passed,
    late,
    indicator_version: INDICATOR_VERSION,
    prerequisites: scored.scores.prerequisites as Record<string, boolean>,
    scores: scored.scores.groups as Record<string, number>,
    total: scored.total,
    team: members,
    weights_confirmed: false,
    industry_standard: standard.slice(0, standard.indexOf('-2018') + 5),
    standard_conforms: a.outcome !== 'fail_conclusion',
  }
  b.tables.verification.push(verification)
  const conclusionFail = a.outcome === 'fail_conclusion'
  intent({
    on: a.verifiedOn,
    role: 'evaluator',
    actorUserId: members.some((t) => t.expertId === b.demoExpertId) ? USER_IDS.evaluator : null,
    green: {
      type: 'file_verification',
      scores: scored.scores,
      indicatorSetId: INDICATOR_VERSION,
      ...(conclusionFail ? { conclusion: 'fail' as const, reason: scored.reason ?? '' } : {}),
      team: members.map((t) => ({ id: String(t.expertId), senior: t.senior })),
    },
    ctx: { agencyId: pick.agencyId },
    payload: {
      verificationId: verification.id,
      agencyId,
      total: scored.total,
      passed: scored.passed,
      late,
      reason: scored.reason,
    },
    onEvent: (e) => (verification.event_id = e.id),
  })

  const notice = a.countyNotice
  if (!notice) return
  const publicityId = ids.noticeIds.get(notice)!
  b.tables.publicity_item.push({
    publicity_id: publicityId,
    mine_id: mineId,
    verification_id: verification.id,
    remarks: '',
  })
  intent({
    on: notice.start,
    role: 'county',
    actorUserId: b.actorFor('county', county),
    green: {
      type: 'publish_county_publicity',
      period: { start: notice.start, end: notice.end },
      objectionChannel: countyChannel(b, notice),
    },
    payload: { publicityId },
  })
  let objectionId: number | null = null
  if (a.countyObjection) {
    objectionId = b.nextId('objection')
    b.tables.objection.push({
      id: objectionId,
      publicity_id: publicityId,
      mine_id: mineId,
      received_on: a.countyObjection.receivedOn,
      submitter_name: personName(rng),
      submitter_contact: `1${rng.int(30, 89)}****${rng.int(1000, 9999)}`,
      content: rng.pick(a.countyObjection.upheld ? COUNTY_OBJECTIONS.upheld : COUNTY_OBJECTIONS.dismissed),
      upheld: a.countyObjection.upheld,
      decided_on: a.countyObjection.decidedOn,
    })
  }
  if (!notice.closeOn) return
  const upheld = a.countyObjection?.upheld ?? false
  const archived = upheld
    ? { selfAssessmentDocumentId: null, verificationReportDocumentId: null }
    : archiveOriginals(b, { mineId, publicityId, attempt: n, on: notice.closeOn })
  intent({
    on: notice.closeOn,
    role: 'county',
    actorUserId: b.actorFor('county', county),
    green: { type: 'close_county_publicity', objectionUpheld: upheld, archived },
    payload: { publicityId, objectionId },
  })
  if (upheld || !a.cityReport) return

  const reportId = ids.reportIds.get(a.cityReport)!
  b.tables.city_report_item.push({ report_id: reportId, mine_id: mineId })
  intent({
    on: a.cityReport.submittedOn,
    role: 'city',
    actorUserId: b.actorFor('city', m.cityCode),
    green: { type: 'city_report', batchRef: BATCHES[a.cityReport.batch]!.label },
    payload: { cityReportId: reportId },
  })
  if (a.provinceBatch === null) return
  writeProvinceSteps(b, rng, a, ids.provinceIds.get(a.provinceBatch)!, verification.id)
}

function writeProvinceSteps(
  b: Builder,
  rng: SeededRandom,
  a: Attempt,
  publicityId: number,
  verificationId: number,
): void {
  const m: DemoMine = a.mine
  const batch = BATCHES[a.provinceBatch!]!
  const objection = a.provinceObjection
  b.tables.publicity_item.push({
    publicity_id: publicityId,
    mine_id: m.row.id,
    verification_id: verificationId,
    remarks: objection ? '公示期间收到实名异议，经核实异议成立，暂不纳入名录库' : '',
  })
  b.addIntent(m.row.id, {
    on: batch.provinceStart,
    role: 'province',
    actorUserId: b.actorFor('province', PROVINCE_CODE),
    green: {
      type: 'publish_province_list',
      period: { start: batch.provinceStart, end: batch.provinceEnd },
      objectionChannel: provinceObjectionChannel(),
    },
    payload: { publicityId },
  })
  if (objection) {
    const objectionId = b.nextId('objection')
    const reason = '公示期间收到实名举报，经核实该矿山存在超层越界开采问题，异议成立'
    b.tables.objection.push({
      id: objectionId,
      publicity_id: publicityId,
      mine_id: m.row.id,
      received_on: objection.receivedOn,
      submitter_name: personName(rng),
      submitter_contact: `1${rng.int(30, 89)}****${rng.int(1000, 9999)}`,
      content: '反映该矿山存在超层越界开采问题',
      upheld: true,
      decided_on: objection.decidedOn,
    })
    b.addIntent(m.row.id, {
      on: objection.decidedOn,
      role: 'province',
      actorUserId: b.actorFor('province', PROVINCE_CODE),
      green: { type: 'uphold_province_objection', reason },
      payload: { publicityId, objectionId },
    })
    return
  }
  const entry = {
    id: b.nextId('directory_entry'),
    mine_id: m.row.id,
    list_publicity_id: publicityId,
    entered_on: batch.entryOn,
    removed_on: null as string | null,
    removal_reason: null as string | null,
    exposure_publicity_id: null as number | null,
  }
  b.tables.directory_entry.push(entry)
  b.entries.set(m.row.id, entry)
  b.addIntent(m.row.id, {
    on: batch.entryOn,
    role: 'province',
    actorUserId: b.actorFor('province', PROVINCE_CODE),
    green: { type: 'enter_directory' },
    payload: { directoryEntryId: entry.id, publicityId },
  })
}
