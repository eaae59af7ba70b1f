// §4.2 行业绿色矿山建设规范: the national evaluation indicator sets, as versioned data.
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
  max: number
  /** False where the weight is our assumption, not a confirmed figure. */
  confirmed: boolean
}

export interface IndicatorSet {
  id: string
  title: string
  titleZh: string
  prerequisites: readonly Prerequisite[]
  groups: readonly IndicatorGroup[]
  /** Minimum total score to pass. */
  passTotal: number
  /** Minimum share of each group's maximum. */
  groupMinShare: number
}

/**
 * The 2020 national indicator set (绿色矿山遴选评价指标, 2020). Only the first two group weights are
 * confirmed; the other four are assumed so that the six sum to 1000.
 */
export const CN_2020: IndicatorSet = {
  id: 'CN-2020',
  title: 'National green-mine evaluation indicators, 2020',
  titleZh: '全国绿色矿山评价指标（2020年版）',
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
    { id: 'mine_environment', zh: '矿区环境', en: 'Mine-site environment', max: 220, confirmed: true },
    {
      id: 'development_method',
      zh: '资源开发方式',
      en: 'Resource development method',
      max: 220,
      confirmed: true,
    },
    {
      id: 'comprehensive_use',
      zh: '资源综合利用',
      en: 'Comprehensive resource use',
      max: 160,
      confirmed: false,
    },
    {
      id: 'energy_emissions',
      zh: '节能减排',
      en: 'Energy saving and emission reduction',
      max: 140,
      confirmed: false,
    },
    {
      id: 'innovation_smart_mine',
      zh: '科技创新与智能矿山',
      en: 'Innovation and smart mining',
      max: 120,
      confirmed: false,
    },
    {
      id: 'management_image',
      zh: '企业管理与企业形象',
      en: 'Management and corporate image',
      max: 140,
      confirmed: false,
    },
  ],
  passTotal: 800,
  groupMinShare: 0.75,
}

export const INDICATOR_SETS: Readonly<Record<string, IndicatorSet>> = { [CN_2020.id]: CN_2020 }

export const DEFAULT_INDICATOR_SET_ID = CN_2020.id

export function getIndicatorSet(id: string = DEFAULT_INDICATOR_SET_ID): IndicatorSet {
  const set = INDICATOR_SETS[id]
  if (!set) {
    throw new RuleError({ code: 'R3.4.unknown_indicator_set', id, known: Object.keys(INDICATOR_SETS) })
  }
  return set
}
