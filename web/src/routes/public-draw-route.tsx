// "/public/draws/:id": re-run a published evaluator draw in the browser. Public: no session, no staff code.
import { PublicDrawPage } from '../features/county/public-draw-page'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { DemoBanner } from '../shell/demo-banner'
import { TopBar } from '../shell/top-bar'
import { useHealth } from '../shell/use-health'

export default function PublicDrawRoute() {
  const { t } = useI18n()
  const health = useHealth()
  const id = Number(/^\/public\/draws\/(\d+)/.exec(usePath())?.[1] ?? 0)
  return (
    <div className="desk-page">
      <TopBar title={t('publicTitle')} nav={[{ href: '/public', label: t('navPublic') }]} skipTo="main" />
      <DemoBanner demo={health?.demo} />
      <main id="main" className="desk-main" tabIndex={-1}>
        <PublicDrawPage key={id} id={id} />
      </main>
    </div>
  )
}
