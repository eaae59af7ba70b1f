// "/plan": the planner's map — draw and edit restoration and reclamation areas, or (bureaus)
// decide on the submitted ones. Its own chunk: the drawing tools never reach the other routes.
import { ZHEJIANG_BBOX } from '../features/map-screen/camera'
import { planPageOf } from '../features/planner/plan-page'
import { PlannerPanel } from '../features/planner/planner-panel'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { StaffScreen } from './staff-screen'

export default function PlannerRoute() {
  const { t } = useI18n()
  const page = planPageOf(usePath())
  return (
    <StaffScreen
      route="plan"
      title={t('planTitle')}
      defaultBBox={ZHEJIANG_BBOX}
      panelLabel={t('planTitle')}
      panel={(ctx) => <PlannerPanel ctx={ctx} page={page} />}
    />
  )
}
