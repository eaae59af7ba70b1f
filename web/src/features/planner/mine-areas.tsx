// A mine chosen: its restoration and reclamation areas with their approval state (a rejection's
// reason shown), new areas of either kind, and bringing a shape in from a file.
import { useState } from 'react'
import { formatArea } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { navigate } from '../../router'
import { QueryState } from '../../shell/query-state'
import type { ScreenContext } from '../map-screen/screen-context'
import { ApprovalChip } from './approval-chip'
import { useMineAreas } from './area-queries'
import { ImportShape } from './import-shape'

export function MineAreas({ ctx, mineId }: { ctx: ScreenContext; mineId: number }) {
  const { t, lang } = useI18n()
  const [importing, setImporting] = useState(false)
  const mine = ctx.data.mines.find((m) => m.id === mineId)
  return (
    <section className="panel-section" data-testid="mine-areas">
      <h3>
        {mine?.name ?? `#${mineId}`} · {t('planAreas')}
      </h3>
      <QueryState query={useMineAreas(mineId)}>
        {({ features }) => {
          const areas = features.filter((f) => f.properties.kind !== 'footprint')
          if (areas.length === 0) return <p className="muted">{t('planNoAreas')}</p>
          return (
            <ul className="area-list">
              {areas.map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => navigate(`/plan/areas/${f.id}`)}
                  >
                    {f.properties.name}
                  </button>{' '}
                  <ApprovalChip approval={f.properties.approval} />
                  <small className="muted">
                    {' '}
                    {f.properties.kind === 'restoration' ? t('kindRestoration') : t('kindReclamation')} ·{' '}
                    {formatArea(f.properties.areaM2, lang)} · v{f.properties.version}
                  </small>
                  {f.properties.rejectionReason && (
                    <p className="rejection">
                      {t('rejectedBecause', { reason: f.properties.rejectionReason })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }}
      </QueryState>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => navigate(`/plan/mines/${mineId}/new/restoration`)}
        >
          {t('planNewRestoration')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => navigate(`/plan/mines/${mineId}/new/reclamation`)}
        >
          {t('planNewReclamation')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setImporting(!importing)}>
          {t('planImport')}
        </button>
      </div>
      {importing && <ImportShape mineId={mineId} />}
    </section>
  )
}
