import { lazy, Suspense, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'
import { Link } from '../router'
import { LangSwitch } from './lang-switch'

// Staff only, and it reads the inbox: loaded when a staff navigation shows it, never on /public.
const InboxBadge = lazy(() => import('../features/home/inbox-badge'))

export interface NavItem {
  href: string
  label: string
  /** A count shown beside the link: the inbox's unread notifications. */
  badge?: 'inbox'
}

/** Title, the screens one may go to, then whatever the route adds (search, session). */
export function TopBar({
  title,
  nav,
  children,
  skipTo = 'map',
}: {
  title: string
  nav: NavItem[]
  children?: ReactNode
  /** The id the skip link jumps to: the map on map routes, the content on desk pages. */
  skipTo?: 'map' | 'main'
}) {
  const { t } = useI18n()
  const path = location.pathname
  return (
    <header className="top-bar">
      <a className="skip-link" href={`#${skipTo}`}>
        {t(skipTo === 'map' ? 'skipToMap' : 'skipToMain')}
      </a>
      <h1 className="app-title">
        <span className="logo" aria-hidden="true">
          ◆
        </span>
        {title}
      </h1>
      <nav className="top-nav" aria-label={t('appShort')}>
        {nav.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={path === item.href.split('?')[0] ? 'page' : undefined}
          >
            {item.label}
            {item.badge === 'inbox' && (
              <Suspense fallback={null}>
                <InboxBadge />
              </Suspense>
            )}
          </Link>
        ))}
      </nav>
      <div className="top-actions">
        {children}
        <LangSwitch />
      </div>
    </header>
  )
}
