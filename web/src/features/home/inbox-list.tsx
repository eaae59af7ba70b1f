// The inbox: notifications of new work, newest first, unread ones marked; read one or all.
import { useState } from 'react'
import { formatDate } from '../../i18n/format'
import type { MessageKey } from '../../i18n/dict'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useInbox, useMarkRead, type InboxItem } from './home-queries'

type Filter = 'all' | 'unread'

export function InboxList() {
  const { t } = useI18n()
  const query = useInbox()
  const mark = useMarkRead()
  const [filter, setFilter] = useState<Filter>('all')
  return (
    <section className="inbox" aria-labelledby="inbox-title" data-testid="inbox">
      <div className="inbox-head">
        <h2 id="inbox-title">
          {t('inboxTitle')}
          {query.data && (
            <small className="muted" data-testid="inbox-unread">
              {' '}
              · {t('inboxUnreadCount', { n: query.data.unread })}
            </small>
          )}
        </h2>
        <fieldset className="inbox-filter">
          <legend>{t('inboxFilter')}</legend>
          {(['all', 'unread'] as const).map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="inbox-filter"
                value={f}
                checked={filter === f}
                onChange={() => setFilter(f)}
              />
              {t(f === 'all' ? 'inboxAll' : 'inboxUnread')}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="btn"
          disabled={mark.isPending || !query.data?.unread}
          onClick={() => mark.mutate(undefined)}
        >
          {t('inboxMarkAllRead')}
        </button>
      </div>
      {mark.error && <ErrorNotice error={mark.error} />}
      <QueryState query={query}>
        {(inbox) => {
          const items = filter === 'unread' ? inbox.items.filter((i) => !i.readAt) : inbox.items
          if (items.length === 0) return <p className="muted">{t('inboxEmpty')}</p>
          return (
            <ul className="inbox-list" data-testid="inbox-list">
              {items.map((item) => (
                <InboxRow
                  key={item.id}
                  item={item}
                  busy={mark.isPending}
                  onRead={() => mark.mutate(item.id)}
                />
              ))}
            </ul>
          )
        }}
      </QueryState>
    </section>
  )
}

function InboxRow({ item, busy, onRead }: { item: InboxItem; busy: boolean; onRead(): void }) {
  const { t, lang } = useI18n()
  const vars = Object.fromEntries(
    Object.entries(item.params).map(([k, v]) => [
      k,
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, lang) : String(v ?? '—'),
    ]),
  )
  const text = t(`inboxKind_${item.kind}` as MessageKey, { ...vars, mine: item.mineName ?? '—' })
  const unread = item.readAt === null
  return (
    <li className={unread ? 'inbox-row unread' : 'inbox-row'} data-unread={unread}>
      <span className="inbox-state">{unread ? t('inboxNew') : t('inboxRead')}</span>
      <p className="inbox-text">{text}</p>
      <p className="inbox-meta muted">
        <time dateTime={item.createdAt}>{formatDate(item.createdAt.slice(0, 10), lang)}</time>
        {item.mineId !== null && (
          <>
            {' · '}
            <Link href={`/?s=mine:${item.mineId}`}>{t('homeShowOnMap')}</Link>
          </>
        )}
      </p>
      {unread && (
        <button
          type="button"
          className="btn btn-quiet"
          disabled={busy}
          onClick={onRead}
          aria-label={`${t('inboxMarkRead')}：${text}`}
        >
          {t('inboxMarkRead')}
        </button>
      )}
    </li>
  )
}
