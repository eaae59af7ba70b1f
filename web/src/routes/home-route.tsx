// "/": the province map with the leaders' dashboard, or a mine's panel when one is selected.
import { DashboardPanel } from '../features/dashboard/dashboard-panel'
import { ZHEJIANG_BBOX } from '../features/map-screen/camera'
import { MinePanel } from '../features/mine/mine-panel'
import { PublicMineCard } from '../features/public/public-mine-card'
import { useI18n } from '../i18n/i18n'
import { StaffScreen } from './staff-screen'

export default function HomeRoute() {
  const { t } = useI18n()
  return (
    <StaffScreen
      route="home"
      title={t('appTitle')}
      defaultBBox={ZHEJIANG_BBOX}
      panelLabel={t('dashboard')}
      panel={(ctx, signedIn) => {
        const sel = ctx.selection
        if (sel?.kind === 'mine')
          return signedIn ? <MinePanel ctx={ctx} id={sel.id} /> : <PublicMineCard ctx={ctx} id={sel.id} />
        return <DashboardPanel ctx={ctx} signedIn={signedIn} />
      }}
    />
  )
}
