// Bureaus (province, cities, counties), the provincial list of third-party evaluation agencies
// (§4.2: ≥ 15 professional staff, ≥ 30% senior) with their experts, and the demo accounts.
import { PROVINCE_CODE, type AnnexRow } from '@zgm/domain'
import { DEMO_USERS } from '../demo-accounts'
import { USER_IDS, type Builder } from './builder'
import type { County } from './counties'
import { personName } from './names'

export interface EvaluatorList {
  name: string
  from: string
  to: string
  /** The (fictional) public application record of the round. */
  record: string
}

/**
 * The rounds of the provincial list, each with its (fictional) public application record. The
 * 2021–2023 and 2024–2026 renewal rounds keep the list valid to the present, so that agencies
 * can be assigned today.
 */
export const LISTS: readonly EvaluatorList[] = [
  {
    name: '2018-2019年度全国绿色矿山名录库浙江省第三方核查评估机构名单',
    from: '2018-01-15',
    to: '2019-12-31',
    record: '演示：浙江省国土资源厅关于第三方核查评估机构名单的公告（2018年1月）及各机构申报材料',
  },
  {
    name: '2020年度全国绿色矿山名录库浙江省第三方核查评估机构名单',
    from: '2020-01-01',
    to: '2020-12-31',
    record: '演示：浙江省自然资源厅2020年度第三方评估机构名单公告及各机构申报材料',
  },
  {
    name: '2021-2023年度浙江省绿色矿山第三方评估机构名单',
    from: '2021-01-01',
    to: '2023-12-31',
    record: '演示：浙江省自然资源厅2021-2023年度第三方评估机构名单公告及各机构申报材料',
  },
  {
    name: '2024-2026年度浙江省绿色矿山第三方评估机构名单',
    from: '2024-01-01',
    to: '2026-12-31',
    record: '演示：浙江省自然资源厅2024-2026年度第三方评估机构名单公告及各机构申报材料',
  },
]

/** The province's rounds, then one list a year after the last round up to today's year. */
export function evaluatorLists(today: string): EvaluatorList[] {
  const after = Number(LISTS.at(-1)!.to.slice(0, 4))
  const years = Array.from(
    { length: Math.max(0, Number(today.slice(0, 4)) - after) },
    (_, i) => after + 1 + i,
  )
  return [
    ...LISTS,
    ...years.map((year) => ({
      name: `${year}年度浙江省绿色矿山第三方评估机构名单`,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      record: `演示：浙江省自然资源厅${year}年度第三方评估机构名单公告及各机构申报材料`,
    })),
  ]
}

/** Which lists an agency is on: its rounds, and every yearly list after them if it was on the last round. */
function listsOf(agency: { lists: number[] }, lists: readonly EvaluatorList[]): EvaluatorList[] {
  const later = agency.lists.includes(LISTS.length - 1) ? lists.slice(LISTS.length) : []
  return [...agency.lists.map((i) => lists[i]!), ...later]
}

/** Fictional agencies; the last one of the first list is dropped in 2020, the last one joins then. */
const AGENCIES: { name: string; region: string; lists: number[] }[] = [
  { name: '浙江青峦矿山环境评估咨询有限公司', region: '330100', lists: [0, 1, 2, 3] },
  { name: '浙江地勘绿矿技术服务有限公司', region: '330100', lists: [0, 1, 2, 3] },
  { name: '宁波甬岩矿业技术咨询有限公司', region: '330200', lists: [0, 1, 2, 3] },
  { name: '温州瓯越地质工程咨询有限公司', region: '330300', lists: [0, 1, 2, 3] },
  { name: '湖州南太湖绿色矿山技术研究有限公司', region: '330500', lists: [0, 1, 2, 3] },
  { name: '金华婺州地矿评价咨询有限公司', region: '330700', lists: [0, 1, 2] },
  { name: '丽水瓯江生态修复评估有限公司', region: '331100', lists: [0, 1, 2, 3] },
  { name: '台州东海岩土矿业咨询有限公司', region: '331000', lists: [0] },
  { name: '浙江衢江矿业技术评价有限公司', region: '330800', lists: [1, 2, 3] },
]

const SPECIALTIES = [
  '矿山地质',
  '水工环地质',
  '采矿工程',
  '矿山测量',
  '土地复垦',
  '生态修复',
  '安全工程',
  '选矿工程',
  '环境工程',
]

/** `<县>自然资源和规划局`; districts carry their city's name. */
export function bureauName(county: County, cityName: string, on = '2019-03-01'): string {
  const place = county.name.endsWith('区') ? `${cityName}${county.name}` : county.name
  return `${place}${on < '2019-03-01' ? '国土资源局' : '自然资源和规划局'}`
}

export function cityBureauName(cityName: string, on = '2019-03-01'): string {
  return `${cityName}${on < '2019-03-01' ? '国土资源局' : '自然资源和规划局'}`
}

export function provinceIssuer(on: string): string {
  return on < '2019-01-01' ? '浙江省国土资源厅、浙江省环境保护厅' : '浙江省自然资源厅、浙江省生态环境厅'
}

export function addBureaus(b: Builder, annex: readonly AnnexRow[], counties: readonly County[]): void {
  const add = (name: string, region: string) => {
    const id = b.nextId('organization')
    b.tables.organization.push({
      id,
      kind: 'bureau',
      name,
      credit_code: null,
      region_code: region,
      is_demo: true,
    })
    return id
  }
  b.bureaus.province = add('浙江省自然资源厅', PROVINCE_CODE)
  for (const city of annex)
    b.bureaus.city.set(city.cityCode, add(cityBureauName(city.cityName), city.cityCode))
  for (const county of counties) {
    const cityName = annex.find((c) => c.cityCode === county.cityCode)?.cityName ?? ''
    b.bureaus.county.set(county.code, add(bureauName(county, cityName), county.code))
  }
}

export function addAgencies(b: Builder): void {
  const rng = b.rng.fork('agencies')
  AGENCIES.forEach((a, index) => {
    const id = b.nextId('organization')
    const org = {
      id,
      kind: 'agency' as const,
      name: a.name,
      credit_code: `DEMO-AG-${String(index + 1).padStart(2, '0')}`,
      region_code: a.region,
      is_demo: true as const,
    }
    b.tables.organization.push(org)
    const staff = rng.int(18, 46)
    const seniors = Math.ceil(staff * rng.float(0.32, 0.5))
    const lists = listsOf(a, evaluatorLists(b.today))
    for (const list of lists) {
      b.tables.agency_listing.push({
        agency_id: id,
        list_name: list.name,
        valid_from: list.from,
        valid_to: list.to,
        staff_count: staff,
        senior_count: seniors,
        application_ref: list.record,
      })
    }
    // The experts on record: the ones who sign verification reports (≥ 5, ≥ 2 senior).
    const names = new Set<string>()
    const seniorExperts = rng.int(4, 6)
    const experts = Array.from({ length: rng.int(8, 12) }, (_, i) => {
      let name = personName(rng)
      while (names.has(name)) name = personName(rng)
      names.add(name)
      return {
        id: b.nextId('expert'),
        agency_id: id,
        name,
        senior: i < seniorExperts,
        specialty: rng.pick(SPECIALTIES),
        user_id: null as number | null,
        is_demo: true as const,
        registered_from: LISTS[a.lists[0]!]!.from,
      }
    })
    b.tables.expert.push(...experts)
    b.agencies.push({ org, experts, lists: lists.map((l) => ({ from: l.from, to: l.to })) })
  })
  // Until placeDemoEvaluator knows where the work is, the demo evaluator is the first agency's first senior expert.
  const expert = b.agencies[0]!.experts[0]!
  expert.user_id = USER_IDS.evaluator
  b.demoExpertId = expert.id
  b.demoAgencyId = b.agencies[0]!.org.id
}

/**
 * The demo evaluator is a senior expert of the agency with the most verifications pending today (the
 * lottery decided which agency that is), so that the account finds assigned work when signing in;
 * the verifications its teams filed are signed by the account.
 */
export function placeDemoEvaluator(b: Builder): void {
  const pending = new Map<number, number>()
  const verifications = b.tables.evaluator_assignment
    .filter((a) => a.purpose === 'verification')
    .sort((x, y) => (x.assigned_on < y.assigned_on ? -1 : x.assigned_on > y.assigned_on ? 1 : x.id - y.id))
  const latest = new Map(verifications.map((a) => [a.mine_id, a.agency_id]))
  for (const m of b.tables.mine) {
    if (m.green_state !== 'evaluator_assigned') continue
    const agency = latest.get(m.id)!
    pending.set(agency, (pending.get(agency) ?? 0) + 1)
  }
  const [best] = [...pending.entries()].sort(([a, x], [c, y]) => y - x || a - c)
  const agency = b.agencies.find((a) => a.org.id === best?.[0]) ?? b.agencies[0]!
  for (const e of b.tables.expert) if (e.user_id === USER_IDS.evaluator) e.user_id = null
  const expert = agency.experts.find((e) => e.senior)!
  expert.user_id = USER_IDS.evaluator
  b.demoExpertId = expert.id
  b.demoAgencyId = agency.org.id
  const signed = new Set(
    b.tables.verification.filter((v) => v.team.some((t) => t.expertId === expert.id)).map((v) => v.event_id),
  )
  for (const e of b.tables.mine_event) {
    if (e.type === 'file_verification') e.actor_user_id = signed.has(e.id) ? USER_IDS.evaluator : null
  }
}

/** One account per role (demo-accounts.ts), tied to the organisations they act for. */
export function addUsers(b: Builder): void {
  const org: Record<string, number | null> = {
    leader: null,
    province: b.bureaus.province,
    city: b.bureaus.city.get('330500') ?? null,
    county: b.bureaus.county.get('330522') ?? null,
    evaluator: b.demoAgencyId,
    enterprise: b.demoEnterpriseId,
  }
  // The first account of a role has its fixed id (the demo history signs with it); others follow.
  let nextId = Math.max(...Object.values(USER_IDS)) + 1
  const seen = new Set<string>()
  for (const u of DEMO_USERS) {
    const id = seen.has(u.role) ? nextId++ : USER_IDS[u.role]
    seen.add(u.role)
    // A planner works for the bureau of their county.
    const organization = u.role === 'planner' ? (b.bureaus.county.get(u.region) ?? null) : org[u.role]
    b.tables.app_user.push({
      id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      region_code: u.region,
      organization_id: organization ?? null,
      is_demo: true,
    })
  }
  b.tables.app_user.sort((x, y) => x.id - y.id)
  for (const m of b.mines) {
    if (m.enterprise.id === b.demoEnterpriseId)
      b.tables.app_user_mine.push({ user_id: USER_IDS.enterprise, mine_id: m.row.id })
  }
}
