// §3(一)2 (到 2020 年底，湖州市建成全国绿色矿业发展示范区) and Huzhou's own goals for 2020: the
// zone's criteria kept as data with their sources, and a verdict as of a date from what the
// platform records. What it does not record is "not recorded" — never estimated.

export type ZoneMeasure =
  /** 应建 mines of the city in the directory ÷ 应建 mines (the platform records this). */
  | 'directory_rate'
  /** Not recorded by the platform. */
  | 'greening_rate'
  | 'open_pit_recovery_rate'
  | 'comprehensive_utilisation_rate'

export interface ZoneCriterion {
  id: string
  measure: ZoneMeasure
  /** The rate asked for (0..1), reached when the measured rate is at least this. */
  min: number
  dueOn: string
  zh: string
  en: string
  source: { zh: string; en: string }
}

const SEED = {
  zh: '浙土资发〔2018〕10号 三(一)1(3)、三(一)2 及附件（湖州市 2020 年 100%）',
  en: 'Zhe Tu Zi Fa [2018] No. 10, §3(1)1(3) and §3(1)2 with the annex (Huzhou 100 % in 2020)',
}
const NEWS = {
  zh: '中国矿业报 2019-12-24 报道的湖州市 2020 年目标',
  en: "Huzhou's 2020 goals as reported by China Mining News, 2019-12-24",
}

export const ZONE_CRITERIA: readonly ZoneCriterion[] = [
  {
    id: 'directory',
    measure: 'directory_rate',
    min: 1,
    dueOn: '2020-12-31',
    zh: '应建绿色矿山全部纳入全国名录库',
    en: 'Every mine that must go green is in the national directory',
    source: SEED,
  },
  {
    id: 'greening',
    measure: 'greening_rate',
    min: 1,
    dueOn: '2020-12-31',
    zh: '矿区可绿化面积绿化率 100%',
    en: 'Greening of 100 % of the greenable mine area',
    source: NEWS,
  },
  {
    id: 'open_pit_recovery',
    measure: 'open_pit_recovery_rate',
    min: 1,
    dueOn: '2020-12-31',
    zh: '露天开采回采率 100%',
    en: 'Open-pit recovery rate 100 %',
    source: NEWS,
  },
  {
    id: 'utilisation',
    measure: 'comprehensive_utilisation_rate',
    min: 0.99,
    dueOn: '2020-12-31',
    zh: '资源综合利用率 ≥ 99%',
    en: 'Comprehensive utilisation ≥ 99 %',
    source: NEWS,
  },
]

/**
 * The zone's own dated milestones (public record; DOMAIN-NOTES). Its listing in the national plan
 * 2016–2020 is not given a day here: the exact date was not confirmed.
 */
export const ZONE_MILESTONES: readonly { on: string; zh: string; en: string }[] = [
  {
    on: '2018-03-20',
    zh: '湖州市绿色矿山建设地方标准施行',
    en: "Huzhou's local green-mine construction standard in force",
  },
  {
    on: '2020-12-03',
    zh: '自然资源部公示拟遴选的国家级绿色矿业发展示范区名单',
    en: 'MNR publishes the demonstration zones proposed for selection, for comment',
  },
]

export type CriterionStatus = 'met' | 'in_progress' | 'missed' | 'not_recorded'
export type ZoneVerdictKind = 'met' | 'in_progress' | 'missed' | 'unconfirmed'

export interface CriterionVerdict {
  criterion: ZoneCriterion
  status: CriterionStatus
  /** The measured rate, null when the platform does not record it. */
  value: number | null
}

export interface ZoneVerdict {
  asOf: string
  verdict: ZoneVerdictKind
  criteria: CriterionVerdict[]
  milestonesReached: number
}

const EPSILON = 1e-9

/**
 * The zone's standing on a date. `measured` holds the rates the platform records (others are
 * absent). Overall: missed if any recorded criterion is past due and short; in progress while any
 * is short before its date; met only when every criterion is recorded and met; otherwise
 * unconfirmed (what is recorded is met, the rest is not recorded).
 */
export function zoneVerdict(
  asOf: string,
  measured: Partial<Record<ZoneMeasure, number | null>>,
): ZoneVerdict {
  const criteria = ZONE_CRITERIA.map((criterion): CriterionVerdict => {
    const value = measured[criterion.measure] ?? null
    if (value === null) return { criterion, status: 'not_recorded', value }
    if (value >= criterion.min - EPSILON) return { criterion, status: 'met', value }
    return { criterion, status: asOf > criterion.dueOn ? 'missed' : 'in_progress', value }
  })
  const has = (s: CriterionStatus) => criteria.some((c) => c.status === s)
  const verdict: ZoneVerdictKind = has('missed')
    ? 'missed'
    : has('in_progress')
      ? 'in_progress'
      : has('not_recorded')
        ? 'unconfirmed'
        : 'met'
  return { asOf, verdict, criteria, milestonesReached: ZONE_MILESTONES.filter((m) => m.on <= asOf).length }
}
