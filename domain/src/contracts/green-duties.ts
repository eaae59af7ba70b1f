// §4.1 将绿色矿山建设要求纳入采矿权出让公告…明确矿山开发方式、资源利用、矿容矿貌、矿山生态环境恢复治理、土地复垦等相关要求.
import type { IsoDate } from '../dates'
import { newMineClocks } from '../clocks/new-mine'

export const GREEN_DUTIES = [
  { id: 'development_method', zh: '矿山开发方式', en: 'Development method' },
  { id: 'resource_use', zh: '资源利用', en: 'Resource use' },
  { id: 'mine_appearance', zh: '矿容矿貌', en: 'Mine appearance' },
  {
    id: 'environmental_restoration',
    zh: '矿山生态环境恢复治理',
    en: 'Ecological and environmental restoration',
  },
  { id: 'land_reclamation', zh: '土地复垦', en: 'Land reclamation' },
] as const

export type GreenDutyId = (typeof GREEN_DUTIES)[number]['id']

/** Duties a transfer announcement or contract fails to state. */
export function missingDuties(stated: readonly string[]): GreenDutyId[] {
  return GREEN_DUTIES.map((d) => d.id).filter((id) => !stated.includes(id))
}

/**
 * A new mine whose contract carries the green duties is in breach once its six-month construction
 * clock has run out without a self-assessment (对未履行…绿色矿山建设任务的新建矿山企业，追究相关违约责任).
 */
export function isContractBreached(
  mine: {
    productionStartedOn: IsoDate
    selfAssessmentReceivedOn?: IsoDate | null
    contractDuties: readonly string[]
  },
  asOf: IsoDate,
): boolean {
  if (missingDuties(mine.contractDuties).length === GREEN_DUTIES.length) return false
  return newMineClocks(mine, asOf).constructionOverdue
}
