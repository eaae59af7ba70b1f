// "/login": staff sign-in, then back to the map.
import { LoginForm } from '../features/auth/login-form'
import { useI18n } from '../i18n/i18n'
import { navigate } from '../router'
import { DemoBanner } from '../shell/demo-banner'
import { TopBar } from '../shell/top-bar'
import { useHealth } from '../shell/use-health'

export default function LoginRoute() {
  const { t } = useI18n()
  const health = useHealth()
  return (
    <div className="screen">
      <TopBar
        title={t('appTitle')}
        nav={[
          { href: '/', label: t('navMap') },
          { href: '/public', label: t('navPublic') },
        ]}
      />
      <DemoBanner demo={health?.demo} />
      <main className="login-page" id="map">
        {/* A planner's work is on the planner's map; everyone else starts on the province map. */}
        <LoginForm
          demo={health?.demo}
          onDone={(session) => navigate(session.user.role === 'planner' ? '/plan' : '/')}
        />
      </main>
    </div>
  )
}
