// Section 5, approvals: steps dated too far back wait for the province (approve or reject with a
// reason), and counties' requests to assign an evaluator directly or to draw again (R3.2:
// approve or refuse with a note).
import { GREEN_EVENTS, OPS_EVENTS } from '@zgm/domain'
import { useState } from 'react'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import {
  useBackdatedEntries,
  useExceptionQueue,
  useProvinceWrite,
  writes,
  type BackdatedEntry,
  type ExceptionItem,
} from './province-queries'

export function ApprovalsSection() {
  const { t } = useI18n()
  const backdated = useBackdatedEntries()
  const exceptions = useExceptionQueue()
  return (
    <>
      <section className="prv-block" aria-labelledby="prv-backdated">
        <h3 id="prv-backdated">{t('prvBackdated')}</h3>
        <QueryState query={backdated}>
          {(items) =>
            items.length === 0 ? (
              <p className="muted">{t('prvBackdatedEmpty')}</p>
            ) : (
              <ul className="prv-rows">
                {items.map((e) => (
                  <BackdatedRow key={e.id} entry={e} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <section className="prv-block" aria-labelledby="prv-exceptions">
        <h3 id="prv-exceptions">{t('prvExceptions')}</h3>
        <QueryState query={exceptions}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="muted">{t('prvExceptionsEmpty')}</p>
            ) : (
              <ul className="prv-rows">
                {items.map((x) => (
                  <ExceptionRow key={x.id} item={x} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  )
}

/** A reason box and approve / reject buttons; reject needs the reason, approve takes it if given. */
function Decide({
  label,
  busy,
  reasonNeededToApprove,
  onDecide,
}: {
  label: string
  busy: boolean
  reasonNeededToApprove: boolean
  onDecide(approve: boolean, reason: string): void
}) {
  const { t } = useI18n()
  const [reason, setReason] = useState('')
  const r = reason.trim()
  return (
    <div className="prv-fields">
      <label className="prv-wide">
        {t('prvDecisionNote', { what: label })}
        <textarea rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || (reasonNeededToApprove && r.length < 2)}
          onClick={() => onDecide(true, r)}
        >
          {t('prvApprove')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || r.length < 2}
          onClick={() => onDecide(false, r)}
        >
          {t('prvReject')}
        </button>
      </div>
    </div>
  )
}

/** An event type in the reader's language (the raw type if it is neither a green nor an ops event). */
function eventLabel(type: string, lang: 'zh' | 'en'): string {
  const meta =
    (GREEN_EVENTS as Record<string, { zh: string; en: string }>)[type] ??
    (OPS_EVENTS as Record<string, { zh: string; en: string }>)[type]
  return meta ? meta[lang] : type
}

function BackdatedRow({ entry: e }: { entry: BackdatedEntry }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const decide = useProvinceWrite(writes.decideBackdated)
  return (
    <li data-testid={`prv-backdated-${e.id}`}>
      <strong>{e.mineName}</strong> · {eventLabel(e.eventType, lang)} · {formatDate(e.on, lang)}
      <div className="small">
        {t('prvDaysBack', { n: e.daysBack, by: e.requestedBy })} · {e.reason}
      </div>
      <Decide
        label={e.mineName}
        busy={decide.isPending}
        reasonNeededToApprove={false}
        onDecide={(approve, reason) =>
          session && decide.mutate({ csrf: session.csrfToken, id: e.id, approve, reason })
        }
      />
      {decide.error && <ErrorNotice error={decide.error} />}
    </li>
  )
}

function ExceptionRow({ item: x }: { item: ExceptionItem }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const decide = useProvinceWrite(writes.decideException)
  return (
    <li data-testid={`prv-exception-${x.id}`}>
      <strong>{x.mineName}</strong> ·{' '}
      {x.kind === 'direct' ? t('prvDirect', { agency: x.agencyName ?? '—' }) : t('prvRedraw')} ·{' '}
      {formatDate(x.requestedOn, lang)}
      <div className="small">{x.reason}</div>
      <Decide
        label={x.mineName}
        busy={decide.isPending}
        reasonNeededToApprove
        onDecide={(approve, note) =>
          session && decide.mutate({ csrf: session.csrfToken, id: x.id, approve, note })
        }
      />
      {decide.error && <ErrorNotice error={decide.error} />}
    </li>
  )
}
