// The provincial notices, newest first, each with its objections and their decisions (R3.7): the
// province decides objections to its own notices (upheld keeps the mine out of the directory).
import { useState } from 'react'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { useObjections, useProvinceNotices, useProvinceWrite, writes, type Notice } from './province-queries'

const SHOWN = 5

export function NoticeList() {
  const { t } = useI18n()
  const query = useProvinceNotices()
  return (
    <section className="prv-block" aria-labelledby="prv-notices">
      <h3 id="prv-notices">{t('prvNotices')}</h3>
      <QueryState query={query} isEmpty={(d) => d.length === 0}>
        {(notices) => (
          <ul className="prv-rows">
            {notices.slice(0, SHOWN).map((n) => (
              <NoticeRow key={n.id} notice={n} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  )
}

function NoticeRow({ notice }: { notice: Notice }) {
  const { t, lang } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <li data-testid={`prv-notice-${notice.id}`}>
      <strong>{notice.title}</strong> {notice.open && <span className="chip">{t('prvOpenNow')}</span>}
      <div className="small">
        {t('prvPeriod', { start: formatDate(notice.startOn, lang), end: formatDate(notice.endOn, lang) })} ·{' '}
        {t('prvMinesCount', { n: notice.items.length })}
      </div>
      <div className="muted small">
        {t('prvChannel')}: {notice.objectionChannel}
      </div>
      <button type="button" className="btn btn-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('prvObjections')}
      </button>
      {open && <Objections publicityId={notice.id} />}
    </li>
  )
}

function Objections({ publicityId }: { publicityId: number }) {
  const { t } = useI18n()
  const query = useObjections(publicityId, true)
  return (
    <QueryState query={query}>
      {({ items }) =>
        items.length === 0 ? (
          <p className="muted">{t('prvNoObjections')}</p>
        ) : (
          <ul className="prv-rows">
            {items.map((o) => (
              <ObjectionRow key={o.id} objection={o} />
            ))}
          </ul>
        )
      }
    </QueryState>
  )
}

type Objection = NonNullable<ReturnType<typeof useObjections>['data']>['items'][number]

function ObjectionRow({ objection: o }: { objection: Objection }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const [reason, setReason] = useState('')
  const decide = useProvinceWrite(writes.decideObjection)
  const act = (upheld: boolean) =>
    session && decide.mutate({ csrf: session.csrfToken, id: o.id, upheld, reason })
  return (
    <li>
      <strong>{o.mineName}</strong> · {formatDate(o.receivedOn, lang)} · {o.submitterName}
      <p className="small">{o.content}</p>
      {o.status === 'pending' ? (
        <div className="prv-fields">
          <label className="prv-wide">
            {t('prvDecisionReason')}
            <textarea rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="button-row">
            <button
              type="button"
              className="btn"
              disabled={!reason.trim() || decide.isPending}
              onClick={() => act(true)}
            >
              {t('prvUphold')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={!reason.trim() || decide.isPending}
              onClick={() => act(false)}
            >
              {t('prvDismiss')}
            </button>
          </div>
          {decide.error && <ErrorNotice error={decide.error} />}
        </div>
      ) : (
        <p className="small">
          {o.status === 'upheld' ? t('prvUpheld') : t('prvDismissed')} · {o.decisionReason}
        </p>
      )}
    </li>
  )
}
