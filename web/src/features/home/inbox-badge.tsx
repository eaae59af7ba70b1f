// The unread count beside the Inbox link (nothing while there is none).
import { useI18n } from '../../i18n/i18n'
import { useSession } from '../auth/session'
import { useInbox } from './home-queries'

export default function InboxBadge() {
  const { t } = useI18n()
  const { session } = useSession()
  const unread = useInbox(session !== null).data?.unread ?? 0
  if (unread === 0) return null
  return (
    <span className="nav-badge" data-testid="inbox-badge" aria-label={t('inboxBadge', { n: unread })}>
      {unread > 99 ? '99+' : unread}
    </span>
  )
}
