// §2 机制砂石加工设备: machine-made sand equipment as dated facts, installed and removed in turn.
import { RuleError } from '../errors'

export type EquipmentChange = 'installed' | 'removed'

/** The next fact must change something: install what is not there, remove what is. */
export function checkEquipmentChange(installed: boolean, change: EquipmentChange): void {
  if ((change === 'installed') !== installed) return
  throw new RuleError({ code: 'R1.equipment_state', change, installed })
}
