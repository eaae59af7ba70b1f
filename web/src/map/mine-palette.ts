// Mine colours by where the mine stands on the green-mine path (grouped so a legend stays short).
import type { GreenState } from '@zgm/domain'
import type { MapMine } from '../api/schemas'
import type { MessageKey } from '../i18n/dict'

export const MINE_GROUPS = [
  'building',
  'evaluation',
  'failed',
  'publicity',
  'directory',
  'rectifying',
  'removed',
] as const
export type MineGroup = (typeof MINE_GROUPS)[number]

export const MINE_GROUP_OF: Readonly<Record<GreenState, MineGroup>> = {
  building: 'building',
  self_assessed: 'evaluation',
  evaluator_assigned: 'evaluation',
  verified: 'evaluation',
  verification_failed: 'failed',
  county_publicity: 'publicity',
  county_archived: 'publicity',
  city_reported: 'publicity',
  province_publicity: 'publicity',
  in_directory: 'directory',
  rectifying: 'rectifying',
  removed: 'removed',
}

type Rgb = [number, number, number]

export const MINE_GROUP_COLORS: Readonly<Record<MineGroup, Rgb>> = {
  building: [120, 120, 120],
  evaluation: [49, 130, 189],
  failed: [230, 85, 13],
  publicity: [117, 107, 177],
  directory: [0, 109, 44],
  rectifying: [217, 164, 0],
  removed: [103, 0, 13],
}

export const MINE_GROUP_LABELS: Readonly<Record<MineGroup, MessageKey>> = {
  building: 'mineBuilding',
  evaluation: 'mineEvaluation',
  failed: 'mineFailed',
  publicity: 'minePublicity',
  directory: 'mineDirectory',
  rectifying: 'mineRectifying',
  removed: 'mineRemoved',
}

/** Public maps only show directory mines. */
export const PUBLIC_MINE_COLOR: Rgb = MINE_GROUP_COLORS.directory

export function mineGroup(mine: Pick<MapMine, 'greenState'>): MineGroup {
  return mine.greenState ? (MINE_GROUP_OF[mine.greenState] ?? 'building') : 'directory'
}

/** RGBA for a mine point; closed mines fade. */
export function mineColor(mine: Pick<MapMine, 'greenState' | 'opsStatus'>): [number, number, number, number] {
  const [r, g, b] = MINE_GROUP_COLORS[mineGroup(mine)]
  return [r, g, b, mine.opsStatus === 'closed' ? 90 : 230]
}
