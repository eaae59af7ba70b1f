// "/": the map with, signed in, the user's work queue on their own region (leaders keep the
// province dashboard, the queue of the rules' alerts above it); a mine's panel when one is
// selected; the public dashboard signed out.
import { DashboardPanel } from '../features/dashboard/dashboard-panel'
import { useSession } from '../features/auth/session'
import { WorkQueuePanel } from '../features/home/work-queue'
import { ZHEJIANG_BBOX } from '../features/map-screen/camera'
import { MinePanel } from '../features/mine/mine-panel'
import { PublicMineCard } from '../features/public/public-mine-card'
import { useI18n } from '../i18n/i18n'
import { StaffScreen } from './staff-screen'

export default function HomeRoute() {
  const { t } = useI18n()
  const role = useSession().session?.user.role ?? null
  return (
    <StaffScreen
      route="home"
      title={t('appTitle')}
      defaultBBox={ZHEJIANG_BBOX}
      panelLabel={role && role !== 'leader' ? t('homeQueueTitle') : t('dashboard')}
      panel={(ctx, signedIn) => {
        const sel = ctx.selection
        if (sel?.kind === 'mine')
          return signedIn ? <MinePanel ctx={ctx} id={sel.id} /> : <PublicMineCard ctx={ctx} id={sel.id} />
        if (!signedIn || !role || role === 'planner') return <DashboardPanel ctx={ctx} signedIn={signedIn} />
        if (role === 'leader')
          return (
            <>
              {!sel && <WorkQueuePanel ctx={ctx} role={role} />}
              <DashboardPanel ctx={ctx} signedIn />
            </>
          )
        // A region picked on the map opens its figures; the queue is one "back" away.
        return sel ? <DashboardPanel ctx={ctx} signedIn /> : <WorkQueuePanel ctx={ctx} role={role} />
      }}
    />
  )
}
