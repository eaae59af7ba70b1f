// R3.2 (§4.2 公开、公平、公正): the evaluator draw. Commit first — the seed's SHA-256 and the candidates
// (conflicted and understaffed agencies left out, with the reason) are published — then reveal: the
// seed, the drawn agency (assigned in the same step) and a link anyone can use to re-run it.
import { useState } from 'react'
import { ApiError } from '../../api/client'
import type { MineDetail } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import {
  useCommitDraw,
  useMineDraws,
  useMineExceptions,
  useRequestException,
  useRevealDraw,
  type EvaluatorDraw,
} from '../enterprise/desk-queries'

export function DrawPanel({ mine }: { mine: MineDetail }) {
  const { t } = useI18n()
  const draws = useMineDraws(mine.id)
  const { session } = useSession()
  const commit = useCommitDraw(mine.id)
  const reveal = useRevealDraw(mine.id)
  const mayDraw = mine.greenState === 'self_assessed'
  return (
    <section className="desk-section" aria-labelledby="draw-title">
      <h2 id="draw-title">{t('cinDrawTitle')}</h2>
      <QueryState query={draws}>
        {({ items }) => {
          const open = items.find((d) => d.status === 'committed')
          return (
            <>
              {items.map((d) => (
                <DrawView key={d.id} draw={d} />
              ))}
              {mayDraw && !open && (
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={!session || commit.isPending}
                  onClick={() => session && commit.mutate({ csrf: session.csrfToken })}
                >
                  {t('cinDrawCommit')}
                </button>
              )}
              {open && (
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={!session || reveal.isPending}
                  onClick={() =>
                    session &&
                    reveal.mutate({ csrf: session.csrfToken, drawId: open.id, expectedVersion: mine.version })
                  }
                >
                  {t('cinDrawReveal')}
                </button>
              )}
            </>
          )
        }}
      </QueryState>
      {commit.error && <ErrorNotice error={commit.error} />}
      {reveal.error && <ErrorNotice error={reveal.error} />}
      {reveal.error instanceof ApiError && reveal.error.status === 409 && (
        <p className="muted">{t('cinConflictReload')}</p>
      )}
      {mayDraw && <ExceptionForm mineId={mine.id} />}
    </section>
  )
}

function DrawView({ draw }: { draw: EvaluatorDraw }) {
  const { t, lang } = useI18n()
  return (
    <div className="draw-view" data-testid={`draw-${draw.id}`}>
      <p>
        {t('cinCommittedOn', { date: formatDate(draw.committedOn, lang) })}
        {draw.redraw && ` · ${t('cinRedraw', { reason: draw.redraw.reason })}`}
      </p>
      <p>
        {t('cinCommitment')}{' '}
        <code className="hash" data-testid="commitment">
          {draw.commitment}
        </code>
      </p>
      <h3>{t('cinCandidates', { n: draw.candidates.length })}</h3>
      <ol className="candidates">
        {draw.candidates.map((c) => (
          <li key={c.agencyId} className={c.agencyId === draw.agencyId ? 'drawn' : ''}>
            {c.name}
          </li>
        ))}
      </ol>
      {draw.excluded.length > 0 && (
        <>
          <h3>{t('cinExcluded')}</h3>
          <ul className="plain-list">
            {draw.excluded.map((x) => (
              <li key={x.agencyId}>
                {x.name} — {t(x.reason === 'conflict' ? 'cinExcludedConflict' : 'cinExcludedUnderstaffed')}
              </li>
            ))}
          </ul>
        </>
      )}
      {draw.status === 'drawn' && (
        <p className="draw-result" role="status">
          {t('cinDrawn', { agency: draw.agencyName ?? '', date: formatDate(draw.drawnOn, lang) })}{' '}
          <Link href={`/public/draws/${draw.id}`}>{t('cinReproduceLink')}</Link>
          <br />
          <small className="muted">
            {t('cinSeed')} <code className="hash">{draw.seed}</code>
          </small>
        </p>
      )}
    </div>
  )
}

function ExceptionForm({ mineId }: { mineId: number }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const [kind, setKind] = useState<'redraw' | 'direct'>('redraw')
  const [agencyId, setAgencyId] = useState('')
  const [reason, setReason] = useState('')
  const request = useRequestException(mineId)
  const exceptions = useMineExceptions(mineId)
  return (
    <details className="exception-form">
      <summary>{t('cinException')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!session) return
          const body = {
            kind,
            reason,
            ...(kind === 'direct' && agencyId ? { agencyId: Number(agencyId) } : {}),
          }
          request.mutate({ csrf: session.csrfToken, body }, { onSuccess: () => setReason('') })
        }}
      >
        <label>
          {t('cinExceptionKind')}
          <select
            className="input"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
          >
            <option value="redraw">{t('cinExceptionRedraw')}</option>
            <option value="direct">{t('cinExceptionDirect')}</option>
          </select>
        </label>
        {kind === 'direct' && (
          <label>
            {t('cinExceptionAgency')}
            <input
              className="input"
              inputMode="numeric"
              value={agencyId}
              onChange={(e) => setAgencyId(e.currentTarget.value)}
            />
          </label>
        )}
        <label>
          {t('cinExceptionReason')}
          <textarea
            className="input"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </label>
        {request.error && <ErrorNotice error={request.error} />}
        <button type="submit" className="btn" disabled={!session || request.isPending}>
          {t('cinExceptionSubmit')}
        </button>
      </form>
      <QueryState query={exceptions} isEmpty={(d) => d.items.length === 0}>
        {({ items }) => (
          <ul className="plain-list">
            {items.map((x) => (
              <li key={x.id}>
                {formatDate(x.requestedOn, lang)} ·{' '}
                {t(x.kind === 'direct' ? 'cinExceptionDirect' : 'cinExceptionRedraw')} · {x.reason} ·{' '}
                <strong>{t(statusKey(x.decision))}</strong>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </details>
  )
}

const statusKey = (decision: string) =>
  decision === 'approved' ? 'cinApproved' : decision === 'refused' ? 'cinRejected' : 'cinPending'
