// Published 双随机 spot checks: the commitment (seed hash, population) made before the draw, the
// revealed seed and drawn mines after it, and the results with any rectification and re-check.
import { usePublicSpotChecks } from '../../api/public-queries'
import type { ResponseOf } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { QueryState } from '../../shell/query-state'

type Draw = ResponseOf<'/api/public/spot-checks'>['items'][number]

export default function SpotCheckSection() {
  return (
    <section className="panel-section" data-testid="public-spot-checks">
      <QueryState query={usePublicSpotChecks()} isEmpty={(d) => d.items.length === 0}>
        {(d) => d.items.map((draw) => <DrawCard key={draw.id} draw={draw} />)}
      </QueryState>
    </section>
  )
}

function DrawCard({ draw }: { draw: Draw }) {
  const { t, lang } = useI18n()
  const date = (d: string | null) => (d ? formatDate(d, lang) : '—')
  const names = new Map(draw.results.map((r) => [r.mineId, r.mineName]))
  return (
    <details className="notice pub-draw">
      <summary>
        <strong>
          {draw.period ?? t('pubPeriodUnknown')} · {formatDate(draw.drawnOn, lang)}
        </strong>
      </summary>
      <dl className="facts">
        <dt>{t('pubCommittedOn')}</dt>
        <dd>{date(draw.committedOn)}</dd>
        <dt>{t('pubSeedHash')}</dt>
        <dd className="pub-hash">{draw.seedHash ?? '—'}</dd>
        <dt>{t('pubSeed')}</dt>
        <dd className="pub-hash">
          {draw.seed ? `${draw.seed}（${date(draw.revealedOn)}）` : t('pubSeedHidden')}
        </dd>
        <dt>{t('pubPopulation')}</dt>
        <dd>{draw.populationSize}</dd>
        <dt>{t('pubDrawnMines')}</dt>
        <dd>{draw.drawnMineIds.map((id) => names.get(id) ?? `#${id}`).join('、') || '—'}</dd>
      </dl>
      <h3>{t('pubResults')}</h3>
      {draw.results.length === 0 ? (
        <p className="muted">{t('pubNoResults')}</p>
      ) : (
        <div className="pub-table-wrap">
          <table className="notice-items">
            <thead>
              <tr>
                <th scope="col">{t('pubMine')}</th>
                <th scope="col">{t('pubCheckedOn')}</th>
                <th scope="col">{t('pubResults')}</th>
                <th scope="col">{t('pubRectifyBy')}</th>
                <th scope="col">{t('pubRecheck')}</th>
              </tr>
            </thead>
            <tbody>
              {draw.results.map((r) => (
                <tr key={r.mineId}>
                  <td>{r.mineName}</td>
                  <td>{date(r.checkedOn)}</td>
                  <td>{r.result === 'pass' ? t('pubResultPass') : t('pubResultDeclined')}</td>
                  <td>{date(r.rectificationDeadline)}</td>
                  <td>
                    {r.recheckOn
                      ? `${date(r.recheckOn)} ${r.recheckPassed ? t('pubRecheckPassed') : t('pubRecheckFailed')}`
                      : '—'}
                    {r.removed ? ` · ${t('pubRemoved')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  )
}
