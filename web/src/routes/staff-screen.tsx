// Shared by the staff routes (home, Huzhou): data source by sign-in state, navigation.
import type { ReactNode } from 'react'
import type { BBox } from '@zgm/domain'
import { internalSource } from '../api/internal-source'
import { publicSource } from '../api/public-source'
import { SessionControls } from '../features/auth/session-controls'
import { useSession } from '../features/auth/session'
import { MapScreen } from '../features/map-screen/map-screen'
import type { ScreenContext } from '../features/map-screen/screen-context'
import { useI18n } from '../i18n/i18n'
import { navFor } from '../shell/role-nav'
import { RouteFallback } from '../shell/route-fallback'
import { tiandituKeyOf, useHealth } from '../shell/use-health'

export interface StaffScreenProps {
  route: string
  title: string
  defaultBBox: BBox
  focusCity?: string
  panelLabel: string
  panel(ctx: ScreenContext, signedIn: boolean): ReactNode
}

export function StaffScreen(props: StaffScreenProps) {
  const { t } = useI18n()
  const { session, checking } = useSession()
  const health = useHealth()
  if (checking) return <RouteFallback />
  const source = session ? internalSource : publicSource
  return (
    <MapScreen
      key={source.mode}
      route={props.route}
      title={props.title}
      nav={navFor(session?.user.role ?? null, t)}
      source={source}
      defaultBBox={props.defaultBBox}
      focusCity={props.focusCity}
      demo={health?.demo}
      dataThrough={health?.dataThrough ?? null}
      tiandituKey={tiandituKeyOf(health)}
      reviewNo={health?.basemap?.reviewNo ?? null}
      vectorBasemap={health?.vectorBasemap ?? null}
      actions={<SessionControls />}
      panelLabel={props.panelLabel}
      panel={(ctx) => props.panel(ctx, session !== null)}
    />
  )
}
