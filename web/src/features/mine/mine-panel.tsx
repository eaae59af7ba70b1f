// A mine's panel for staff: licence, state, lifecycle timeline, areas, documents (when permitted).
import {
  GREEN_STATE_META,
  MINE_STATUS_LABELS,
  MINING_METHOD_LABELS,
  statesAsOf,
  timelineWords,
} from '@zgm/domain'
import type { MineDetail } from '../../api/schemas'
import { useMine } from '../../api/staff-queries'
import { formatArea, formatDate, formatNumber, formatPercent } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../shell/icons'
import { QueryState } from '../../shell/query-state'
import type { ScreenContext } from '../map-screen/screen-context'
import { areaTotals } from './area-totals'

export function MinePanel({ ctx, id }: { ctx: ScreenContext; id: number }) {
  const { t } = useI18n()
  const close = () => ctx.focus(null)
  return (
    <QueryState
      query={useMine(id)}
      extra={
        <button type="button" className="btn btn-quiet" onClick={close}>
          {t('close')}
        </button>
      }
    >
      {(mine) => <MineFacts mine={mine} asOf={ctx.asOf} onClose={close} />}
    </QueryState>
  )
}

function MineFacts({ mine, asOf, onClose }: { mine: MineDetail; asOf: string; onClose(): void }) {
  const { t, lang } = useI18n()
  const areas = areaTotals(mine.areas)
  // Both chips as of the chosen date, read back from the timeline.
  const { green: asOfState, ops: asOfOps } = statesAsOf(mine.timeline, asOf, {
    green: mine.greenState,
    ops: mine.opsStatus,
  })
  return (
    <article className="mine-panel" data-testid="mine-panel" aria-labelledby="mine-title">
      <div className="panel-head">
        <div>
          <p className="eyebrow">{t('minePanel')}</p>
          <h2 id="mine-title">{mine.name}</h2>
          <p className="muted">
            {mine.countyName} · {mine.mineral}
          </p>
        </div>
        <button type="button" className="btn btn-quiet" onClick={onClose} aria-label={t('close')}>
          <Icon name="close" />
        </button>
      </div>
      <div className="state-chips">
        <span className="chip" title={t('greenState')} data-testid="green-chip">
          {GREEN_STATE_META[asOfState]?.[lang] ?? asOfState}
          {asOfState !== mine.greenState && (
            <small>
              {' '}
              ({t('asOf')} {formatDate(asOf, lang)})
            </small>
          )}
        </span>
        <span className="chip chip-quiet" title={t('opsStatus')} data-testid="ops-chip">
          {MINE_STATUS_LABELS[asOfOps][lang]}
        </span>
      </div>

      <section className="panel-section">
        <h3>{t('licence')}</h3>
        <dl className="facts">
          <dt>{t('licenceNo')}</dt>
          <dd className="mono">{mine.licenceNo}</dd>
          <dt>{t('holder')}</dt>
          <dd>{mine.holderName}</dd>
          <dt>{t('mineral')}</dt>
          <dd>{(mine.minerals.length ? mine.minerals : [mine.mineral]).join('、')}</dd>
          <dt>{t('method')}</dt>
          <dd>{MINING_METHOD_LABELS[mine.miningMethod]?.[lang] ?? mine.miningMethod}</dd>
          <dt>{t('scale')}</dt>
          <dd>{t('scaleUnit', { n: formatNumber(Number(mine.scale10ktPerYear), lang, 1) })}</dd>
          <dt>{t('declaredArea')}</dt>
          <dd>{formatNumber(Number(mine.declaredAreaKm2), lang, 4)} km²</dd>
          <dt>{t('validity')}</dt>
          <dd>
            {formatDate(mine.licenceValidFrom, lang)} – {formatDate(mine.licenceValidTo, lang)}
          </dd>
          <dt>{t('issuer')}</dt>
          <dd>{mine.issuer}</dd>
        </dl>
      </section>

      <section className="panel-section">
        <h3>{t('areas')}</h3>
        <dl className="facts">
          <dt>{t('footprint')}</dt>
          <dd>{formatArea(areas.footprint.total, lang)}</dd>
          <dt>{t('restorationProgress')}</dt>
          <dd>
            {formatArea(areas.restoration.completed, lang)} / {formatArea(areas.restoration.total, lang)} (
            {formatPercent(
              areas.restoration.total ? areas.restoration.completed / areas.restoration.total : null,
              lang,
              0,
            )}
            )
          </dd>
          <dt>{t('reclamationRate')}</dt>
          <dd>
            {formatArea(areas.reclamation.completed, lang)} / {formatArea(areas.reclamation.total, lang)} (
            {formatPercent(
              areas.reclamation.total ? areas.reclamation.completed / areas.reclamation.total : null,
              lang,
              0,
            )}
            )
          </dd>
        </dl>
      </section>

      <section className="panel-section">
        <h3>{t('timeline')}</h3>
        <ol className="timeline" data-testid="timeline">
          {mine.timeline.map((e) => (
            <li key={e.id} className={e.on > asOf ? 'future' : ''}>
              <time dateTime={e.on}>{formatDate(e.on, lang)}</time>
              <span className="event">{timelineWords(e)[lang]}</span>
              {e.greenTo && e.greenTo !== e.greenFrom && (
                <span className="muted"> → {GREEN_STATE_META[e.greenTo]?.[lang]}</span>
              )}
              {e.opsTo && e.opsTo !== e.opsFrom && (
                <span className="muted"> → {MINE_STATUS_LABELS[e.opsTo]?.[lang]}</span>
              )}
              {e.actorName && <small className="actor">{e.actorName}</small>}
            </li>
          ))}
        </ol>
      </section>

      <section className="panel-section">
        <h3>{t('documents')}</h3>
        {mine.documents.length > 0 ? (
          <ul className="documents">
            {mine.documents.map((d) => (
              <li key={d.id}>
                <a href={`/api/documents/${d.id}`} target="_blank" rel="noreferrer">
                  {d.filename}
                </a>{' '}
                <small className="muted">
                  {d.kind} · {formatNumber(d.sizeBytes / 1024, lang, 0)} KB ·{' '}
                  {formatDate(d.uploadedAt.slice(0, 10), lang)}
                </small>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noDocuments')}</p>
        )}
      </section>
    </article>
  )
}
