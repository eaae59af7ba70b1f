// The frame of a role's desk (a plain page, not a map): the top bar with the role's navigation,
// then the content, only for a signed-in user of one of the given roles. The map stays one click
// away ("show on map" links go to `/?s=mine:ID`).
import type { ReactNode } from 'react'
import { ROLE_LABELS, type Role } from '@zgm/domain'
import { SessionControls } from '../features/auth/session-controls'
import { useSession } from '../features/auth/session'
import { useHealth } from '../api/public-queries'
import { useI18n } from '../i18n/i18n'
import { Link } from '../router'
import { UpdateBanner } from '../pwa/update-banner'
import { DemoBanner } from './demo-banner'
import { navFor } from './role-nav'
import { RouteFallback } from './route-fallback'
import { TopBar } from './top-bar'

export interface DeskPageProps {
  title: string
  /** Roles that may use the page; others see a notice (the server refuses their requests anyway). */
  roles: readonly Role[]
  children: ReactNode
}

export function DeskPage({ title, roles, children }: DeskPageProps) {
  const { t, lang } = useI18n()
  const { session, checking } = useSession()
  // Health says whether this is demo data and, on a test clock, what today is: wait for it, so that
  // every date a desk computes is the server's today.
  const health = useHealth()
  if (checking || health.isPending) return <RouteFallback />
  const role = session?.user.role ?? null
  return (
    <div className="desk-page">
      <TopBar title={title} nav={navFor(role, t)} skipTo="main">
        <SessionControls />
      </TopBar>
      <DemoBanner demo={health.data?.demo} />
      <UpdateBanner />
      <main id="main" className="desk-main" tabIndex={-1}>
        {!session ? (
          <p className="desk-notice" role="alert">
            {t('deskSignInNeeded')} <Link href="/login">{t('navLogin')}</Link>
          </p>
        ) : !roles.includes(session.user.role) ? (
          <p className="desk-notice" role="alert">
            {t('deskNotForRole', { role: ROLE_LABELS[session.user.role][lang] })}
          </p>
        ) : (
          children
        )}
      </main>
    </div>
  )
}
