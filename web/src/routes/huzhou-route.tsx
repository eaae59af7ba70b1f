// "/huzhou": the demonstration-zone view.
import { HUZHOU_BBOX } from '../features/map-screen/camera'
import { HUZHOU_CODE } from '../features/huzhou/huzhou'
import { HuzhouPanel } from '../features/huzhou/huzhou-panel'
import { MinePanel } from '../features/mine/mine-panel'
import { useI18n } from '../i18n/i18n'
import { StaffScreen } from './staff-screen'

export default function HuzhouRoute() {
  const { t } = useI18n()
  return (
    <StaffScreen
      route="huzhou"
      title={t('huzhouTitle')}
      defaultBBox={HUZHOU_BBOX}
      focusCity={HUZHOU_CODE}
      panelLabel={t('huzhouTitle')}
      panel={(ctx, signedIn) =>
        ctx.selection?.kind === 'mine' && signedIn ? (
          <MinePanel ctx={ctx} id={ctx.selection.id} />
        ) : (
          <HuzhouPanel ctx={ctx} signedIn={signedIn} />
        )
      }
    />
  )
}
