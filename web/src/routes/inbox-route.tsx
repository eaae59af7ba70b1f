// "/inbox": every signed-in role's notifications of new work.
import { InboxList } from '../features/home/inbox-list'
import { useI18n } from '../i18n/i18n'
import { DeskPage } from '../shell/desk-page'

const STAFF_ROLES = ['enterprise', 'evaluator', 'county', 'city', 'province', 'leader', 'planner'] as const

export default function InboxRoute() {
  const { t } = useI18n()
  return (
    <DeskPage title={t('inboxTitle')} roles={STAFF_ROLES}>
      <InboxList />
    </DeskPage>
  )
}
