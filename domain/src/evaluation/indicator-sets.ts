// §4.2 行业绿色矿山建设规范: the national evaluation indicator sets, as versioned data.
import { isWithin, type IsoDate } from '../dates'
import { RuleError } from '../errors'

export interface Prerequisite {
  id: string
  zh: string
  en: string
}

export interface IndicatorGroup {
  id: string
  zh: string
  en: string
  /** The group's points; null until the official table is loaded (unconfirmed, never guessed). */
  max: number | null
  /** Third-level items in the group, when known. */
  itemCount?: number | null
}

export interface IndicatorSet {
  id: string
  title: string
  titleZh: string
  /** The day the set applies from, and the last day (null: still in force). */
  validFrom: IsoDate
  validTo: IsoDate | null
  /** Points of the whole set. */
  maxTotal: number
  prerequisites: readonly Prerequisite[]
  groups: readonly IndicatorGroup[]
  /** Minimum total score to pass; null while not confirmed. */
  passTotal: number | null
  /** Minimum share of each group's maximum; null while not confirmed. */
  groupMinShare: number | null
}

const PENDING = null

/**
 * The 2020 national indicator set (绿色矿山评价指标, MNR, June 2020): 5 prerequisites, 6 groups, 24
 * second-level and 100 third-level items, 1,000 points. Only two group weights are confirmed; the
 * other four come from the official table the province loads (CSV import) and stay null until then.
 */
export const CN_2020: IndicatorSet = {
  id: 'CN-2020',
  title: 'National green-mine evaluation indicators, 2020',
  titleZh: '绿色矿山评价指标（2020年版）',
  validFrom: '2020-06-01',
  validTo: '2024-03-31',
  maxTotal: 1000,
  prerequisites: [
    { id: 'valid_licences', zh: '证照合法有效', en: 'Valid business, mining and safety licences' },
    {
      id: 'no_major_penalty',
      zh: '近三年无重大行政处罚或安全环保事故',
      en: 'No major penalty or safety/environmental accident in 3 years',
    },
    { id: 'not_abnormal_listed', zh: '未列入矿业权人异常名录', en: 'Not on the abnormal-operation list' },
    {
      id: 'reserves_3_years',
      zh: '正常生产且保有储量服务年限不少于3年',
      en: 'Normal operation with at least 3 years of reserves',
    },
    {
      id: 'no_protected_overlap',
      zh: '矿区范围不涉及各类保护区',
      en: 'Mining area overlaps no protected area',
    },
  ],
  groups: [
    { id: 'mine_environment', zh: '矿区环境', en: 'Mine-site environment', max: 220, itemCount: 17 },
    {
      id: 'development_method',
      zh: '资源开发方式',
      en: 'Resource development method',
      max: 220,
      itemCount: 15,
    },
    { id: 'comprehensive_use', zh: '资源综合利用', en: 'Comprehensive resource use', max: PENDING },
    { id: 'energy_emissions', zh: '节能减排', en: 'Energy saving and emission reduction', max: PENDING },
    {
      id: 'innovation_smart_mine',
      zh: '科技创新与智能矿山',
      en: 'Innovation and smart mining',
      max: PENDING,
    },
    { id: 'management_image', zh: '企业管理与企业形象', en: 'Management and corporate image', max: PENDING },
  ],
  passTotal: 800,
  groupMinShare: 0.75,
}

/**
 * The 2024 national set (全国绿色矿山建设评价指标): 49 items, 100 points, six first-level and 23
 * second-level groups. No weight and no pass line is confirmed here: all come from the official table.
 */
export const CN_2024: IndicatorSet = {
  id: 'CN-2024',
  title: 'National green-mine construction evaluation indicators, 2024',
  titleZh: '全国绿色矿山建设评价指标（2024年版）',
  validFrom: '2024-04-01',
  validTo: null,
  maxTotal: 100,
  prerequisites: [],
  groups: [
    { id: 'mine_environment', zh: '矿区环境', en: 'Mine-site environment', max: PENDING },
    { id: 'development_method', zh: '资源开发方式', en: 'Resource development method', max: PENDING },
    { id: 'comprehensive_use', zh: '资源综合利用', en: 'Comprehensive resource use', max: PENDING },
    { id: 'green_low_carbon', zh: '绿色低碳', en: 'Green and low-carbon', max: PENDING },
    {
      id: 'restoration_governance',
      zh: '生态修复与环境治理',
      en: 'Ecological restoration and environmental governance',
      max: PENDING,
    },
    {
      id: 'innovation_management',
      zh: '科技创新与规范管理',
      en: 'Innovation and standardised management',
      max: PENDING,
    },
  ],
  passTotal: null,
  groupMinShare: null,
}

export const INDICATOR_SETS: Readonly<Record<string, IndicatorSet>> = {
  [CN_2020.id]: CN_2020,
  [CN_2024.id]: CN_2024,
}

export const DEFAULT_INDICATOR_SET_ID = CN_2020.id

/** A built-in set by id (the database holds the province's maintained copies). */
export function getIndicatorSet(id: string = DEFAULT_INDICATOR_SET_ID): IndicatorSet {
  const set = INDICATOR_SETS[id]
  if (!set) {
    throw new RuleError({ code: 'R3.4.unknown_indicator_set', id, known: Object.keys(INDICATOR_SETS) })
  }
  return set
}

/** The set in force on `on` (the newest whose validity covers the day). */
export function indicatorSetOn(sets: readonly IndicatorSet[], on: IsoDate): IndicatorSet | undefined {
  return [...sets]
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
    .find((s) => isWithin(on, s.validFrom, s.validTo ?? '9999-12-31'))
}

/** Groups whose points are not loaded yet. */
export function unconfirmedGroups(set: IndicatorSet): string[] {
  return set.groups.filter((g) => g.max === null).map((g) => g.id)
}

/** Whether every weight and the pass rule of the set are confirmed. */
export function isSetConfirmed(set: IndicatorSet): boolean {
  return unconfirmedGroups(set).length === 0 && set.passTotal !== null && set.groupMinShare !== null
}
