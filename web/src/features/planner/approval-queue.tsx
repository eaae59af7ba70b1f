// The county (city, province) bureau's queue: submitted areas in its region, on the list and on the
// map; each is approved, or rejected with a reason (it goes back to the planner as rejected).
import { useEffect, useState } from 'react'
import type { MultiPolygonGeometry } from '@zgm/domain'
import { bboxOf } from './geometry-bbox'
import { formatArea, formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import type { ScreenContext } from '../map-screen/screen-context'
import { ApprovalChip } from './approval-chip'
import { useApprovalQueue, useDecideArea, type QueueItem } from './area-queries'
import { refreshAreaTiles, type MapOverlays } from './map-overlays'

let tileRevision = 1_000_000

export function ApprovalQueue({ ctx, overlays }: { ctx: ScreenContext; overlays: MapOverlays | null }) {
  const { t } = useI18n()
  const query = useApprovalQueue(true)
  const items = query.data?.items
  useEffect(() => {
    overlays?.set(
      'queue',
      (items ?? []).map((i) => i.area.geometry as MultiPolygonGeometry),
    )
    return () => overlays?.set('queue', [])
  }, [overlays, items])
  return (
    <section className="panel-section" data-testid="approval-queue">
      <h3>{t('queueTitle')}</h3>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('queueEmpty')}</p>
          ) : (
            <ul className="area-list">
              {items.map((item) => (
                <QueueEntry key={item.area.id} item={item} ctx={ctx} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  )
}

function QueueEntry({ item, ctx }: { item: QueueItem; ctx: ScreenContext }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const decide = useDecideArea()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const { area } = item
  const act = (action: 'approve' | 'reject') =>
    session &&
    decide.mutate(
      { csrf: session.csrfToken, id: area.id, version: area.properties.version, action, reason },
      { onSuccess: () => ctx.bridge && refreshAreaTiles(ctx.bridge.map, ++tileRevision) },
    )
  return (
    <li data-testid={`queue-item-${area.id}`}>
      <button
        type="button"
        className="link-button"
        onClick={() => ctx.showBBox(bboxOf(area.geometry as MultiPolygonGeometry), 16, true)}
      >
        {area.properties.name}
      </button>{' '}
      <ApprovalChip approval={area.properties.approval} />
      <div className="muted small">
        {item.mineName} ·{' '}
        {area.properties.kind === 'restoration' ? t('kindRestoration') : t('kindReclamation')} ·{' '}
        {formatArea(area.properties.areaM2, lang)} · v{area.properties.version}
      </div>
      <div className="muted small">
        {t('queueSubmittedBy', {
          name: item.submittedBy?.displayName ?? '—',
          date: formatDate(item.submittedAt.slice(0, 10), lang),
        })}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={decide.isPending}
          onClick={() => act('approve')}
        >
          {t('approve')}
        </button>
        <button type="button" className="btn" onClick={() => setRejecting(!rejecting)}>
          {t('reject')}
        </button>
      </div>
      {rejecting && (
        <div className="reject-form">
          <label>
            {t('rejectReason')}
            <textarea value={reason} rows={2} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button
            type="button"
            className="btn"
            disabled={!reason.trim() || decide.isPending}
            onClick={() => act('reject')}
          >
            {t('rejectConfirm')}
          </button>
        </div>
      )}
      {decide.error && <ErrorNotice error={decide.error} />}
    </li>
  )
}
