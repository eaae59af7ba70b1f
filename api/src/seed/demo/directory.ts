// §4.4 强化名录管理: each city's yearly 双随机 spot check of its directory mines (2019 on, the
// current year's still under way today), a published result, rectification with a deadline for
// declines, the third-party re-check, and for the few that fail it: removal, public exposure and
// the integrity blacklist.
import {
  addDays,
  addMonths,
  drawSpotCheck,
  PROVINCE_CODE,
  type IsoDate,
  type SeededRandom,
} from '@zgm/domain'
import type { Builder, DemoMine } from './builder'
import {
  addWorkingDays,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
  periodEnd,
  workingDayBetween,
} from './calendar'
import { provinceIssuer } from './organizations'
import type { CityPlan } from './plan'
import { provinceObjectionChannel } from './notices'
import { PUBLICITY_WORKING_DAYS } from './schedule'
import { DEMO_INDICATOR_SET, INDICATOR_VERSION, scoreVerification } from './scores'
import { evaluatorListOn } from './records'
import { getIndicatorSet, isWithin, pickEvaluator } from '@zgm/domain'

const ACTION_DRAW_WINDOWS: Record<number, [IsoDate, IsoDate]> = {
  2019: ['2019-07-01', '2019-07-31'],
  2020: ['2020-08-17', '2020-09-30'],
}

/**
 * When the year's draws happen: in the action's years as recorded; later in the autumn; in today's
 * year within the last four months, so that a spot-check period is under way today (some checks
 * done, results not yet published). Null when today's year has not yet had room for a draw.
 */
function drawWindow(year: number, today: IsoDate): [IsoDate, IsoDate] | null {
  if (ACTION_DRAW_WINDOWS[year]) return ACTION_DRAW_WINDOWS[year]
  if (year < Number(today.slice(0, 4))) return [`${year}-09-01`, `${year}-10-31`]
  const from = addDays(today, -120)
  const to = addDays(today, -10)
  return from.startsWith(String(year)) ? [from, to] : null
}

/** Years with spot checks: 2019 to today's year. */
function drawYears(today: IsoDate): number[] {
  return Array.from({ length: Number(today.slice(0, 4)) - 2018 }, (_, i) => 2019 + i)
}

/** A declining mine that is slow to rectify: its re-check comes after the deadline (overdue meanwhile). */
const LATE_RECHECK_SHARE = 0.3
const RATIO = 0.1

const DECLINE_FINDINGS = [
  '边坡复绿植被大面积枯死，未及时补植',
  '矿区道路及堆场降尘措施落实不到位，扬尘明显',
  '废水沉淀池淤积，雨污分流设施损坏',
  '矿山地质环境治理恢复基金计提不足，年度治理任务未完成',
]

export function planSpotChecks(b: Builder, cities: readonly CityPlan[]): void {
  const rng = b.rng.fork('spot-checks')
  const inspectorIds = b.tables.expert.map((e) => String(e.id))
  const expertName = new Map(b.tables.expert.map((e) => [e.id, e.name]))
  /** Until when a mine is under rectification (not in the population of a draw). */
  const rectifyingUntil = new Map<number, IsoDate>()
  for (const year of drawYears(b.today)) {
    const window = drawWindow(year, b.today)
    if (!window) continue
    for (const city of cities) {
      const drawnOn = workingDayBetween(rng, ...window)
      const population = b.mines.filter(
        (m) =>
          m.cityCode === city.cityCode &&
          m.enteredOn !== null &&
          m.enteredOn < drawnOn &&
          m.removedOn === null &&
          !(m.closeOn && m.closeOn <= drawnOn) &&
          !((rectifyingUntil.get(m.row.id) ?? '') >= drawnOn),
      )
      if (population.length === 0) continue
      const seed = `${b.rng.seed}/spot-check/${year}/${city.cityCode}`
      const draw = drawSpotCheck({
        seed,
        drawnOn,
        populationIds: population.map((m) => String(m.row.id)),
        inspectorIds,
        size: { ratio: RATIO },
      })
      const drawId = b.nextId('spot_check_draw')
      const drawRow = {
        id: drawId,
        drawn_on: drawnOn,
        seed,
        region_code: city.cityCode,
        ratio: RATIO,
        population: population.map((m) => m.row.id).sort((x, y) => x - y),
        result: draw as unknown as Record<string, unknown>,
        published_on: null as IsoDate | null,
        drawn_by: b.actorFor('city', city.cityCode),
      }
      b.tables.spot_check_draw.push(drawRow)
      const drawn = draw.assignments.map((x) => b.mine(Number(x.mineId)))
      const removal =
        (city.removals[year] ?? 0) > 0 ? drawn.find((m) => m.enterprise.id !== b.demoEnterpriseId) : undefined
      const lines: string[] = []
      let lastCheck = drawnOn
      for (const assignment of draw.assignments) {
        const m = b.mine(Number(assignment.mineId))
        // The mine that will be removed is checked early and given two months, so that it ends in the year.
        const checkedOn = workingDayBetween(
          rng,
          addDays(drawnOn, 7),
          addDays(drawnOn, m === removal ? 20 : 50),
        )
        lastCheck = checkedOn > lastCheck ? checkedOn : lastCheck
        const declined = m === removal || rng.chance(0.12)
        const spotCheckId = b.nextId('spot_check')
        b.tables.spot_check.push({
          id: spotCheckId,
          draw_id: drawId,
          mine_id: m.row.id,
          checked_on: checkedOn,
          inspectors: assignment.inspectorIds.map((id) => ({
            expertId: Number(id),
            name: expertName.get(Number(id)) ?? '',
          })),
          result: declined ? 'declined' : 'pass',
          findings: declined ? rng.pick(DECLINE_FINDINGS) : '绿色矿山建设成果保持良好',
        })
        lines.push(`${m.row.name}：${declined ? '质量下降，责令限期整改' : '合格'}`)
        const deadline = declined ? addMonths(checkedOn, m === removal ? 2 : 3) : undefined
        b.addIntent(m.row.id, {
          on: checkedOn,
          role: 'city',
          actorUserId: b.actorFor('city', city.cityCode),
          green: {
            type: 'spot_check',
            result: declined ? 'declined' : 'pass',
            ...(deadline ? { deadline } : {}),
            drawRef: seed,
          },
          payload: { spotCheckId, drawId },
        })
        if (deadline) {
          const late = year > 2020 && m !== removal && rng.chance(LATE_RECHECK_SHARE)
          const order = { spotCheckId, drawSeed: seed, issuedOn: checkedOn, deadline, late }
          rectifyingUntil.set(m.row.id, rectify(b, rng, m, order, m === removal))
        }
      }
      const publishedOn = addWorkingDays(lastCheck, rng.int(3, 8))
      drawRow.published_on = publishedOn
      b.tables.publicity.push({
        id: b.nextId('publicity'),
        level: 'spot_check',
        region_code: city.cityCode,
        title: `${b.cityNames.get(city.cityCode)}${year}年绿色矿山“双随机、一公开”抽查结果公示`,
        body: [
          `随机抽取名录库矿山${drawn.length}家（抽查比例${RATIO * 100}%，随机种子 ${seed}），结果如下：`,
          ...lines,
          '（演示数据）',
        ].join('\n'),
        start_on: publishedOn,
        end_on: periodEnd(publishedOn, PUBLICITY_WORKING_DAYS),
        objection_channel: provinceObjectionChannel(),
        issuer: `${b.cityNames.get(city.cityCode)}${publishedOn < '2019-03-01' ? '国土资源局' : '自然资源和规划局'}`,
        published_on: publishedOn,
        closed_on: null,
        is_demo: true,
      })
    }
  }
}

interface Order {
  spotCheckId: number
  drawSeed: string
  issuedOn: IsoDate
  deadline: IsoDate
  /** A slow rectification: the re-check comes after the deadline (overdue meanwhile). */
  late: boolean
}

/**
 * Rectification order; a re-check agency drawn (never the original evaluator, seeded as the API
 * seeds it); its re-check; and when that fails, removal confirmed by the province. Returns the day
 * the rectification ends. Nothing dated today or later has happened yet: the order stays open.
 */
function rectify(b: Builder, rng: SeededRandom, m: DemoMine, order: Order, fails: boolean): IsoDate {
  const recheckOn = order.late
    ? onOrAfterWorkingDay(addDays(order.deadline, rng.int(10, 45)))
    : onOrBeforeWorkingDay(addDays(order.deadline, -rng.int(0, 20)))
  const drawnOn = addWorkingDays(order.issuedOn, rng.int(3, 8))
  const orderId = b.nextId('rectification_order')
  const row = {
    id: orderId,
    mine_id: m.row.id,
    cause: 'spot_check' as const,
    spot_check_id: order.spotCheckId,
    issued_on: order.issuedOn,
    deadline: order.deadline,
    recheck_on: null as IsoDate | null,
    recheck_passed: null as boolean | null,
    closed_on: null as IsoDate | null,
    recheck_assignment_id: null as number | null,
    removal_confirmed_by: null as number | null,
  }
  b.tables.rectification_order.push(row)
  const agency = drawnOn < b.today ? drawRecheckAgency(b, m, orderId, order.drawSeed, drawnOn) : null
  if (!agency) return '9999-12-31'
  row.recheck_assignment_id = agency.assignmentId
  const evaluatorList = evaluatorListOn(b, recheckOn)
  const listed = evaluatorList.some(
    (a) => a.agencyId === agency.agencyId && isWithin(recheckOn, a.validFrom, a.validTo),
  )
  if (recheckOn >= b.today || !listed) return '9999-12-31'
  row.recheck_on = recheckOn
  row.recheck_passed = !fails
  b.addIntent(m.row.id, {
    on: recheckOn,
    role: 'evaluator',
    actorUserId: null,
    ctx: { agencyId: agency.agencyId, evaluatorList },
    green: {
      type: 'recheck',
      result: fails ? 'fail' : 'pass',
      scores: fails ? failedRecheckScores() : scoreVerification(rng, 'pass').scores,
      indicatorSetId: INDICATOR_VERSION,
    },
    payload: { rectificationOrderId: orderId, agencyId: Number(agency.agencyId) },
  })
  if (!fails) {
    row.closed_on = recheckOn
    return recheckOn
  }
  const removedOn = remove(b, rng, m, recheckOn, orderId)
  row.closed_on = removedOn
  row.removal_confirmed_by = b.actorFor('province', PROVINCE_CODE)
  return removedOn
}

/** The re-check agency, drawn as the API draws it: listed, not the original evaluator, seeded from public facts. */
function drawRecheckAgency(b: Builder, m: DemoMine, orderId: number, drawSeed: string, on: IsoDate) {
  const original = b.tables.evaluator_assignment
    .filter((a) => a.mine_id === m.row.id && a.purpose === 'verification')
    .sort((x, y) => (x.assigned_on < y.assigned_on ? -1 : 1))
    .at(-1)
  const evaluatorList = evaluatorListOn(b, on)
  const exclude = original ? [String(original.agency_id)] : []
  if (!evaluatorList.some((a) => !exclude.includes(a.agencyId))) return null
  const seed = `${drawSeed}|recheck|rectification:${orderId}`
  const pick = pickEvaluator({ seed, on, mineId: String(m.row.id), evaluatorList, exclude })
  const assignmentId = b.nextId('evaluator_assignment')
  b.tables.evaluator_assignment.push({
    id: assignmentId,
    mine_id: m.row.id,
    self_assessment_id: original?.self_assessment_id ?? 0,
    agency_id: Number(pick.agencyId),
    event_id: null,
    assigned_on: on,
    method: 'recheck_lottery',
    seed,
    candidates: pick.candidates.map(Number),
    purpose: 'recheck',
  })
  b.addIntent(m.row.id, {
    on,
    role: 'county',
    actorUserId: b.actorFor('county', m.row.county_code),
    ctx: { evaluatorList },
    green: { type: 'assign_recheck_agency', agencyId: pick.agencyId, selectionSeed: seed },
    payload: { rectificationOrderId: orderId, assignmentId, candidates: pick.candidates },
  })
  return { agencyId: pick.agencyId, assignmentId }
}

/** A failing re-check's scores without drawing from the generator (the rest of the history stays as it was). */
function failedRecheckScores() {
  const set = DEMO_INDICATOR_SET
  return {
    prerequisites: Object.fromEntries(set.prerequisites.map((p) => [p.id, true])),
    groups: Object.fromEntries(set.groups.map((g) => [g.id, Math.round(g.max! * 0.6)])),
  }
}

/** The province confirms the removal a failed re-check proposed, exposes the mine and blacklists; returns the day. */
function remove(b: Builder, rng: SeededRandom, m: DemoMine, recheckOn: IsoDate, orderId: number): IsoDate {
  const reason = '抽查发现绿色矿山建设质量下降，限期整改后第三方复核仍不合格'
  const publishedOn = addWorkingDays(recheckOn, rng.int(3, 8))
  const on = publishedOn
  m.removedOn = on
  const person = b.enterprises.get(m.enterprise.id)!
  b.addIntent(m.row.id, {
    on,
    role: 'province',
    actorUserId: b.actorFor('province', PROVINCE_CODE),
    green: { type: 'confirm_removal', responsiblePersons: [person.legalRepresentative], reason },
    payload: { rectificationOrderId: orderId },
  })
  const exposureId = b.nextId('publicity')
  b.tables.publicity.push({
    id: exposureId,
    level: 'removal',
    region_code: PROVINCE_CODE,
    title: `关于将${m.row.name}从全国绿色矿山名录库除名的公告`,
    body: `${m.row.name}（${m.enterprise.name}）${reason}。根据《浙江省绿色矿山建设三年专项行动实施方案》（浙土资发〔2018〕10号）第四（四）条，自${on}起从全国绿色矿山名录库除名，予以公开曝光，并将该企业及其相关负责人列入行业诚信“黑名单”。（演示数据）`,
    start_on: publishedOn,
    end_on: publishedOn,
    objection_channel: '对本决定不服的，可依法申请行政复议或者提起行政诉讼',
    issuer: provinceIssuer(publishedOn),
    published_on: publishedOn,
    closed_on: null,
    is_demo: true,
  })
  const entry = b.entries.get(m.row.id)!
  entry.removed_on = on
  entry.removal_reason = reason
  entry.exposure_publicity_id = exposureId
  const base = {
    organization_id: m.enterprise.id,
    mine_id: m.row.id,
    reason: `${reason}，从名录库除名`,
    listed_on: publishedOn,
    delisted_on: null,
  }
  b.tables.blacklist_entry.push(
    { id: b.nextId('blacklist_entry'), subject: 'enterprise', person_name: null, person_role: null, ...base },
    {
      id: b.nextId('blacklist_entry'),
      subject: 'person',
      person_name: person.legalRepresentative,
      person_role: '法定代表人',
      ...base,
    },
  )
  return on
}
