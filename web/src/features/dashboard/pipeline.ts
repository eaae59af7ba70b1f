// The pipeline's steps as people name them (自评 → 选定评估机构 → 核查 → 公示 → 市级上报 → 省级公示 → 入库), plus the side states.
import type { GreenState } from '@zgm/domain'
import type { Lang } from '../../i18n/dict'
import { MINE_GROUP_COLORS, MINE_GROUP_OF } from '../../map/mine-palette'

export const PIPELINE_ROWS: readonly { states: GreenState[]; zh: string; en: string }[] = [
  { states: ['building'], zh: '建设中', en: 'Building' },
  { states: ['self_assessed'], zh: '自评', en: 'Self-assessed' },
  { states: ['evaluator_assigned'], zh: '选定评估机构', en: 'Evaluator chosen' },
  { states: ['verified'], zh: '核查通过', en: 'Verified' },
  { states: ['county_publicity', 'county_archived'], zh: '县级公示', en: 'County publicity' },
  { states: ['city_reported'], zh: '市级上报', en: 'City reported' },
  { states: ['province_publicity'], zh: '省级公示', en: 'Provincial publicity' },
  { states: ['in_directory'], zh: '入库', en: 'In directory' },
  { states: ['verification_failed'], zh: '核查未通过', en: 'Verification failed' },
  { states: ['rectifying'], zh: '整改中', en: 'Rectifying' },
  { states: ['removed'], zh: '除名', en: 'Removed' },
]

export interface PipelineBar {
  key: string
  label: string
  value: number
  color: string
}

export function pipelineBars(pipeline: Partial<Record<GreenState, number>>, lang: Lang): PipelineBar[] {
  return PIPELINE_ROWS.map((row) => {
    const [r, g, b] = MINE_GROUP_COLORS[MINE_GROUP_OF[row.states[0]!]]
    return {
      key: row.states.join('+'),
      label: row[lang],
      value: row.states.reduce((sum, s) => sum + (pipeline[s] ?? 0), 0),
      color: `rgb(${r},${g},${b})`,
    }
  })
}
