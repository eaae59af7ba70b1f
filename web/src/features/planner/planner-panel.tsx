// The planner's side panel: by address and role, the mine picker, a mine's areas, an area's editor,
// a new area's editor, or (for bureaus) the approval queue.
import { useEffect, useMemo } from 'react'
import { publishHook } from '../../test-hook'
import type { Role } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import { navigate } from '../../router'
import { useSession } from '../auth/session'
import type { ScreenContext } from '../map-screen/screen-context'
import { ApprovalQueue } from './approval-queue'
import { AreaEditor } from './area-editor'
import { AreaPage } from './area-page'
import { MineAreas } from './mine-areas'
import { MinePicker } from './mine-picker'
import type { PlanPage } from './plan-page'
import { takeHandedShape } from './shape-handoff'
import { renderedAreaLayers } from './map-overlays'
import { useMapOverlays } from './use-planner-map'

const EDITORS: readonly Role[] = ['planner', 'enterprise']
const APPROVERS: readonly Role[] = ['county', 'city', 'province']

export function PlannerPanel({ ctx, page }: { ctx: ScreenContext; page: PlanPage }) {
  const { t } = useI18n()
  const { session } = useSession()
  const overlays = useMapOverlays(ctx.bridge)
  useEffect(() => {
    const map = ctx.bridge?.map
    if (!map) return
    publishHook({
      areaLayers: (id) => renderedAreaLayers(map, id),
      toScreen: ([lng, lat]) => {
        const p = map.project([lng, lat])
        const box = map.getCanvas().getBoundingClientRect()
        return [box.left + p.x, box.top + p.y]
      },
    })
  }, [ctx.bridge])
  const role = session?.user.role
  if (!session || !role) return <p className="panel-section">{t('planSignIn')}</p>
  const editor = EDITORS.includes(role)
  return (
    <div className="planner-panel" data-testid="planner-panel">
      <p className="eyebrow">{t('planTitle')}</p>
      {page.page === 'area' && <AreaPage key={page.id} ctx={ctx} overlays={overlays} id={page.id} />}
      {page.page === 'new' && editor && (
        <NewArea key={`${page.mineId}-${page.kind}`} ctx={ctx} page={page} overlays={overlays} />
      )}
      {page.page === 'home' && APPROVERS.includes(role) && <ApprovalQueue ctx={ctx} overlays={overlays} />}
      {page.page === 'home' &&
        editor &&
        (ctx.selection?.kind === 'mine' ? (
          <MineAreas ctx={ctx} mineId={ctx.selection.id} />
        ) : (
          <MinePicker ctx={ctx} />
        ))}
    </div>
  )
}

function NewArea({
  ctx,
  page,
  overlays,
}: {
  ctx: ScreenContext
  page: Extract<PlanPage, { page: 'new' }>
  overlays: ReturnType<typeof useMapOverlays>
}) {
  const { t } = useI18n()
  const handed = useMemo(takeHandedShape, [])
  return (
    <section className="panel-section">
      <h2>{page.kind === 'restoration' ? t('planNewRestoration') : t('planNewReclamation')}</h2>
      <AreaEditor
        ctx={ctx}
        overlays={overlays}
        mineId={page.mineId}
        area={null}
        kind={page.kind}
        initialGeometry={handed?.geometry ?? null}
        onSaved={(saved) => navigate(`/plan/areas/${saved.id}`, true)}
      />
    </section>
  )
}
