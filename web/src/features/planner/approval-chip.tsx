// An area's approval state as a chip, in the style the map draws it with.
import { APPROVAL_LABELS, type Approval } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'

export function ApprovalChip({ approval }: { approval: Approval }) {
  const { lang } = useI18n()
  return (
    <span className={`chip approval-${approval}`} data-testid="approval-chip">
      {APPROVAL_LABELS[approval][lang]}
    </span>
  )
}
