// Objections to the mine's county notice (§4.3 公示无异议): read in full, decided upheld or dismissed
// with a reason, once; an undecided objection holds the archiving back.
import { useState } from 'react'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { useBureauObjections, useDecideObjection, type BureauObjection } from '../enterprise/desk-queries'

export function ObjectionsPanel({ mineId }: { mineId: number }) {
  const { t } = useI18n()
  const objections = useBureauObjections()
  return (
    <section className="desk-section" aria-labelledby="objections-title">
      <h2 id="objections-title">{t('cinObjections')}</h2>
      <QueryState query={objections}>
        {({ items }) => {
          const mine = items.filter((o) => o.mineId === mineId)
          return mine.length === 0 ? (
            <p className="muted">{t('cinNoObjections')}</p>
          ) : (
            <ul className="plain-list" data-testid="objections">
              {mine.map((o) => (
                <ObjectionItem key={o.id} objection={o} />
              ))}
            </ul>
          )
        }}
      </QueryState>
    </section>
  )
}

function ObjectionItem({ objection: o }: { objection: BureauObjection }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const decide = useDecideObjection()
  const [upheld, setUpheld] = useState<boolean | null>(null)
  const [reason, setReason] = useState('')
  return (
    <li className="objection">
      <p>
        <strong>{formatDate(o.receivedOn, lang)}</strong> · {o.submitterName || t('cinAnonymous')}
        {o.submitterContact ? ` · ${o.submitterContact}` : ''}
        {o.attachmentDocumentId !== null && (
          <>
            {' · '}
            <a href={`/api/documents/${o.attachmentDocumentId}`} target="_blank" rel="noreferrer">
              {t('cinAttachment')}
            </a>
          </>
        )}
      </p>
      <blockquote>{o.content}</blockquote>
      {o.status !== 'pending' ? (
        <p>
          <strong>{t(o.status === 'upheld' ? 'cinUpheld' : 'cinDismissed')}</strong>{' '}
          {o.decidedOn && formatDate(o.decidedOn, lang)} · {o.decisionReason}
        </p>
      ) : (
        <form
          aria-label={t('cinDecide')}
          onSubmit={(e) => {
            e.preventDefault()
            if (!session || upheld === null) return
            decide.mutate({ csrf: session.csrfToken, id: o.id, upheld, reason })
          }}
        >
          <fieldset>
            <legend>{t('cinDecision')}</legend>
            <label className="check-row">
              <input
                type="radio"
                name={`decision-${o.id}`}
                checked={upheld === true}
                onChange={() => setUpheld(true)}
              />{' '}
              {t('cinUpheld')}
            </label>
            <label className="check-row">
              <input
                type="radio"
                name={`decision-${o.id}`}
                checked={upheld === false}
                onChange={() => setUpheld(false)}
              />{' '}
              {t('cinDismissed')}
            </label>
          </fieldset>
          <label className="block">
            {t('cinDecisionReason')}
            <textarea
              className="input"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          </label>
          {decide.error && <ErrorNotice error={decide.error} />}
          <button
            type="submit"
            className="btn btn-primary"
            disabled={!session || upheld === null || decide.isPending}
          >
            {t('cinDecide')}
          </button>
        </form>
      )}
    </li>
  )
}
