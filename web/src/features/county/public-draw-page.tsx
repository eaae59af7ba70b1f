// "/public/draws/:id": anyone re-runs an evaluator draw in the browser with the domain's own code and
// sees whether it gives the published agency. Public: reads only, no session.
import { useQuery } from '@tanstack/react-query'
import { read } from '../../api/client'
import { PUBLIC } from '../../api/query-keys'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { QueryState } from '../../shell/query-state'
import { reproduceDraw } from './reproduce-draw'

export function PublicDrawPage({ id }: { id: number }) {
  const { t, lang } = useI18n()
  const draw = useQuery({
    queryKey: [...PUBLIC, 'evaluator-draw', id],
    queryFn: ({ signal }) => read('/api/public/evaluator-draws/{id}', { params: { path: { id } }, signal }),
    retry: false,
  })
  return (
    <QueryState query={draw}>
      {(d) => {
        const again = reproduceDraw(d)
        const name = (agencyId: number) =>
          d.candidates.find((c) => c.agencyId === agencyId)?.name ?? String(agencyId)
        return (
          <article className="desk-mine" aria-labelledby="draw-title">
            <h1 id="draw-title">{t('cinPublicDrawTitle', { mine: d.mineName })}</h1>
            <dl className="draw-facts">
              <dt>{t('cinCommittedOnLabel')}</dt>
              <dd>{formatDate(d.committedOn, lang)}</dd>
              <dt>{t('cinCommitment')}</dt>
              <dd>
                <code className="hash">{d.commitment}</code>
              </dd>
              <dt>{t('cinSeed')}</dt>
              <dd>{d.seed ? <code className="hash">{d.seed}</code> : t('cinNotRevealed')}</dd>
              <dt>{t('cinAlgorithm')}</dt>
              <dd>
                <code>{d.algorithm}</code>
              </dd>
              <dt>{t('cinDrawnAgency')}</dt>
              <dd>{d.agencyName ?? t('cinNotRevealed')}</dd>
            </dl>
            <h2>{t('cinCandidates', { n: d.candidates.length })}</h2>
            <ol className="candidates">
              {d.candidates.map((c) => (
                <li key={c.agencyId}>{c.name}</li>
              ))}
            </ol>
            {d.excluded.length > 0 && (
              <>
                <h2>{t('cinExcluded')}</h2>
                <ul className="plain-list">
                  {d.excluded.map((x) => (
                    <li key={x.agencyId}>
                      {x.name} —{' '}
                      {t(x.reason === 'conflict' ? 'cinExcludedConflict' : 'cinExcludedUnderstaffed')}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <section className="desk-section" aria-live="polite" data-testid="reproduction">
              <h2>{t('cinReproduction')}</h2>
              {again === null ? (
                <p>{t('cinNotRevealed')}</p>
              ) : again.same ? (
                <p className="ok">{t('cinReproduced', { agency: name(again.agencyId) })}</p>
              ) : (
                <p className="bad">
                  {again.commitmentMatches
                    ? t('cinNotReproduced', { agency: name(again.agencyId) })
                    : t('cinCommitmentMismatch')}
                </p>
              )}
            </section>
          </article>
        )
      }}
    </QueryState>
  )
}
