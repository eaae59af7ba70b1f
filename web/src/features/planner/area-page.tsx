// One area by its address (/plan/areas/{id}): the editor for those who draw, its state and history
// for everyone who may see it; an area the user may not see answers "not found".
import { useEffect } from 'react'
import { AREA_EVENTS, allowedAreaEvents, type MultiPolygonGeometry } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import { navigate } from '../../router'
import { ErrorNotice } from '../../shell/error-notice'
import { useSession } from '../auth/session'
import type { ScreenContext } from '../map-screen/screen-context'
import { ApprovalChip } from './approval-chip'
import { useArea, useDecideArea, type AreaFeature } from './area-queries'
import { AreaDocuments } from './area-documents'
import { AreaEditor } from './area-editor'
import type { MapOverlays } from './map-overlays'
import { bboxOf } from './geometry-bbox'
import { VersionList } from './version-list'

export function AreaPage({
  ctx,
  overlays,
  id,
}: {
  ctx: ScreenContext
  overlays: MapOverlays | null
  id: number
}) {
  const { t } = useI18n()
  const query = useArea(id)
  const area = query.data as AreaFeature | undefined
  const { showBBox } = ctx
  useEffect(() => {
    if (area) showBBox(bboxOf(area.geometry as MultiPolygonGeometry), 17)
    // Only when another area is opened, not on every refetch.
  }, [showBBox, area?.id])
  if (query.error) {
    return (
      <section className="panel-section" data-testid="area-page-error">
        <p>{t('notFoundArea')}</p>
        <ErrorNotice error={query.error} />
        <button type="button" className="btn" onClick={() => navigate('/plan')}>
          {t('planBack')}
        </button>
      </section>
    )
  }
  if (!area) return <p className="muted">{t('loading')}</p>
  return <AreaDetail ctx={ctx} overlays={overlays} area={area} />
}

function AreaDetail({
  ctx,
  overlays,
  area,
}: {
  ctx: ScreenContext
  overlays: MapOverlays | null
  area: AreaFeature
}) {
  const { t } = useI18n()
  const { session } = useSession()
  const decide = useDecideArea()
  const role = session?.user.role
  const p = area.properties
  const actions = role && p.kind !== 'footprint' ? allowedAreaEvents(p.approval, role) : []
  const editable = actions.includes('edit')
  return (
    <article className="area-page" data-testid="area-page">
      <div className="panel-head">
        <div>
          <p className="eyebrow">{p.kind === 'restoration' ? t('kindRestoration') : t('kindReclamation')}</p>
          <h2>
            {p.name} <ApprovalChip approval={p.approval} />
          </h2>
          {p.rejectionReason && (
            <p className="rejection" data-testid="rejection-reason">
              {t('rejectedBecause', { reason: p.rejectionReason })}
            </p>
          )}
        </div>
        <button type="button" className="btn btn-quiet" onClick={() => navigate('/plan')}>
          {t('planBack')}
        </button>
      </div>
      {actions.includes('submit') && session && (
        <button
          type="button"
          className="btn"
          disabled={decide.isPending}
          onClick={() =>
            decide.mutate({ csrf: session.csrfToken, id: area.id, version: p.version, action: 'submit' })
          }
        >
          {t('submitForApproval')}
        </button>
      )}
      {decide.error && <ErrorNotice error={decide.error} />}
      {editable ? (
        <AreaEditor
          key={area.id}
          ctx={ctx}
          overlays={overlays}
          mineId={p.mineId}
          area={area}
          kind={p.kind === 'reclamation' ? 'reclamation' : 'restoration'}
          onSaved={() => undefined}
        />
      ) : (
        <VersionList
          areaId={area.id}
          ghost={null}
          onGhost={(v) => overlays?.set('ghost', v ? [v.geometry as MultiPolygonGeometry] : [])}
          onRestore={() => undefined}
        />
      )}
      <AreaDocuments areaId={area.id} canAttach={role ? AREA_EVENTS.edit.roles.includes(role) : false} />
    </article>
  )
}
