// "/public": the disclosure map. Public endpoints and public tiles only; no session, no staff code.
import { publicSource } from '../api/public-source'
import { ZHEJIANG_BBOX } from '../features/map-screen/camera'
import { MapScreen } from '../features/map-screen/map-screen'
import { PublicPanel } from '../features/public/public-panel'
import { useI18n } from '../i18n/i18n'
import { tiandituKeyOf, useHealth } from '../shell/use-health'

export default function PublicRoute() {
  const { t } = useI18n()
  const health = useHealth()
  return (
    <MapScreen
      route="public"
      title={t('publicTitle')}
      nav={[
        { href: '/', label: t('navMap') },
        { href: '/login', label: t('pubSignIn') },
      ]}
      source={publicSource}
      defaultBBox={ZHEJIANG_BBOX}
      demo={health?.demo}
      dataThrough={health?.dataThrough ?? null}
      tiandituKey={tiandituKeyOf(health)}
      reviewNo={health?.basemap?.reviewNo ?? null}
      vectorBasemap={health?.vectorBasemap ?? null}
      panelLabel={t('publicTitle')}
      panel={(ctx) => <PublicPanel ctx={ctx} />}
    />
  )
}
