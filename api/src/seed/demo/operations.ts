// The operational side of each mine's history: the 2018 baseline, licence renewals, formal production
// of new mines, R4 suspensions (not in the directory a year after production → stop and rectify,
// resume after acceptance), two environmental suspensions, and closures when licences lapse.
import { addDays, addMonths, type IsoDate, type SeededRandom } from '@zgm/domain'
import { USER_IDS, type Builder, type DemoMine, type Intent } from './builder'
import { addWorkingDays, maxDate, onOrAfterWorkingDay, workingDayBetween } from './calendar'
import type { PipelinePlan } from './pipeline'
import { acceptanceDocument } from './documents'
import { ACTION_END, HISTORY_START } from './schedule'

const R4_REASON =
  '新建矿山正式生产满一年未纳入全国绿色矿山名录库，责令限期停产整改（浙土资发〔2018〕10号 四（一）1）'

export function planOperationIntents(b: Builder, plan: PipelinePlan): void {
  const rng = b.rng.fork('operation-intents')
  const passedOn = new Map<number, IsoDate>()
  for (const a of plan.attempts)
    if (a.outcome === 'pass' && a.verifiedOn) passedOn.set(a.mine.row.id, a.verifiedOn)

  for (const m of b.mines) {
    b.addIntent(m.row.id, m.registeredOn ? registration(m) : baseline(m))
    for (const renewal of m.renewals) {
      b.addIntent(m.row.id, {
        on: renewal.on,
        role: m.licence.issuer.startsWith('浙江省') ? 'province' : 'city',
        actorUserId: null,
        note: 'licence_renewed',
        payload: {
          licenceNo: m.licence.licence_no,
          previousValidFrom: renewal.previousValidFrom,
          previousValidTo: renewal.previousValidTo,
          validFrom: renewal.validFrom,
          validTo: renewal.validTo,
        },
      })
    }
    if (m.productionStart) {
      b.addIntent(m.row.id, {
        on: m.productionStart,
        role: 'enterprise',
        actorUserId: m.enterprise.id === b.demoEnterpriseId ? USER_IDS.enterprise : null,
        ops: { type: 'start_production', productionStartedOn: m.productionStart },
      })
      suspendIfOverdue(b, rng, m, passedOn.get(m.row.id) ?? null)
    }
    if (m.closeOn) {
      b.addIntent(m.row.id, {
        on: m.closeOn,
        role: 'county',
        actorUserId: b.actorFor('county', m.row.county_code),
        ops: { type: 'close', note: m.closeReason ?? '' },
      })
      m.licence.status = 'cancelled'
      m.licence.status_on = m.closeOn
    }
  }
  environmentalSuspensions(b, rng)
}

/** The 2017 annual report's mines enter the record on the first day of the history. */
function baseline(m: DemoMine): Intent {
  return {
    on: HISTORY_START,
    role: 'province',
    actorUserId: null,
    note: 'baseline',
    payload: {
      source: '2017年浙江省矿产资源开发利用统计年报',
      status2017: m.isNew ? 'construction' : 'producing',
      licenceNo: m.licence.licence_no,
    },
  }
}

/** A mine licensed later enters the record with its new mining right (采矿权出让), under construction. */
function registration(m: DemoMine): Intent {
  return {
    on: m.registeredOn!,
    role: m.licence.issuer.startsWith('浙江省') ? 'province' : 'city',
    actorUserId: null,
    note: 'registered',
    payload: {
      source: '采矿权出让',
      licenceNo: m.licence.licence_no,
      validFrom: m.registeredOn,
      validTo: m.renewals[0]?.previousValidTo ?? m.licence.valid_to,
    },
  }
}

/** R4: a new mine not in the directory a full year after formal production is suspended. */
function suspendIfOverdue(b: Builder, rng: SeededRandom, m: DemoMine, passedOn: IsoDate | null): void {
  const due = addMonths(m.productionStart!, 12)
  if (due >= b.today || (m.enteredOn && m.enteredOn <= due) || m.demoOpenWork) return
  // After the action some counties are slow to order the stop: the mine keeps producing, overdue.
  const slowCounty = due > ACTION_END && rng.chance(0.3)
  const orderedOn = onOrAfterWorkingDay(addDays(due, slowCounty ? rng.int(30, 150) : rng.int(3, 25)))
  if (orderedOn >= b.today || (m.enteredOn && m.enteredOn <= orderedOn)) return
  let acceptedOn: IsoDate | null = passedOn
    ? onOrAfterWorkingDay(addDays(maxDate(passedOn, orderedOn), rng.int(10, 30)))
    : null
  if (acceptedOn && acceptedOn >= addDays(b.today, -3)) acceptedOn = null
  const resumedOn = acceptedOn ? addWorkingDays(acceptedOn, rng.int(1, 4)) : null
  const deadline = addMonths(orderedOn, 3)
  addSuspension(b, m, { rule: 'R4', reason: R4_REASON, orderedOn, deadline }, acceptedOn, resumedOn)
  b.tables.rectification_order.push({
    id: b.nextId('rectification_order'),
    mine_id: m.row.id,
    cause: 'new_mine_overdue',
    spot_check_id: null,
    issued_on: orderedOn,
    deadline,
    recheck_on: acceptedOn,
    recheck_passed: acceptedOn ? true : null,
    closed_on: acceptedOn,
    recheck_assignment_id: null,
    removal_confirmed_by: null,
  })
}

interface Order {
  rule: 'R4' | 'environmental_inspection'
  reason: string
  orderedOn: IsoDate
  deadline: IsoDate | null
}

function addSuspension(
  b: Builder,
  m: DemoMine,
  order: Order,
  acceptedOn: IsoDate | null,
  resumedOn: IsoDate | null,
): void {
  const id = b.nextId('suspension')
  const actorUserId = b.actorFor('county', m.row.county_code)
  const document = acceptedOn ? acceptanceDocument(b, m, id, acceptedOn, actorUserId) : null
  b.tables.suspension.push({
    id,
    mine_id: m.row.id,
    rule: order.rule,
    reason: order.reason,
    ordered_on: order.orderedOn,
    deadline: order.deadline,
    accepted_on: acceptedOn,
    resumed_on: resumedOn,
    acceptance_document_id: document?.id ?? null,
  })
  b.addIntent(m.row.id, {
    on: order.orderedOn,
    role: 'county',
    actorUserId,
    ops: {
      type: 'suspend',
      reason: order.rule === 'R4' ? 'R4' : 'other',
      note: order.reason,
      ...(order.deadline ? { deadline: order.deadline } : {}),
    },
    payload: { suspensionId: id, rule: order.rule },
  })
  if (document && acceptedOn && resumedOn) {
    b.addIntent(m.row.id, {
      on: resumedOn,
      role: 'county',
      actorUserId,
      ops: { type: 'resume', acceptance: { documentId: String(document.id), acceptedOn } },
      payload: { suspensionId: id },
    })
  }
}

/** Two producing mines stopped after an environmental inspection, resumed after acceptance. */
function environmentalSuspensions(b: Builder, rng: SeededRandom): void {
  const candidates = b.mines.filter(
    (m) => !m.isNew && !m.exemptBound && !m.closeOn && m.enterprise.id !== b.demoEnterpriseId,
  )
  for (const m of rng.shuffle(candidates).slice(0, 2)) {
    const orderedOn = workingDayBetween(rng, '2019-03-01', '2019-09-30')
    const acceptedOn = onOrAfterWorkingDay(addDays(orderedOn, rng.int(60, 120)))
    const reason = '中央生态环境保护督察反馈问题整改，责令停产整治'
    addSuspension(
      b,
      m,
      { rule: 'environmental_inspection', reason, orderedOn, deadline: null },
      acceptedOn,
      addWorkingDays(acceptedOn, rng.int(1, 4)),
    )
  }
}
