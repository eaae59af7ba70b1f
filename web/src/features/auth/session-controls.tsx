import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { useSession } from './session'

/** Top-bar: who is signed in and a sign-out button, or a sign-in link. */
export function SessionControls() {
  const { t } = useI18n()
  const { session, logout } = useSession()
  if (!session) {
    return (
      <Link className="btn btn-quiet" href="/login">
        {t('navLogin')}
      </Link>
    )
  }
  return (
    <span className="session">
      <span className="session-name">{t('signedInAs', { name: session.user.displayName })}</span>
      <button type="button" className="btn btn-quiet" onClick={() => void logout()}>
        {t('logout')}
      </button>
    </span>
  )
}
