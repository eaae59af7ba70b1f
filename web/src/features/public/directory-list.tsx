// Directory mines, searchable and paged; picking one zooms the map to it.
import { useState } from 'react'
import { useDirectory } from '../../api/public-queries'
import type { DirectoryItem } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { QueryState } from '../../shell/query-state'
import { useDebounced } from '../../state/use-debounced'

const PAGE_SIZE = 20

export function DirectoryList({
  county,
  onPick,
}: {
  county: string | null
  onPick(item: DirectoryItem): void
}) {
  const { t, lang } = useI18n()
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const settled = useDebounced(q.trim(), 250)
  const query = useDirectory({
    q: settled || undefined,
    county: county ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  })
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1
  return (
    <section className="panel-section" data-testid="directory-list">
      <input
        type="search"
        className="input"
        value={q}
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        onChange={(e) => {
          setQ(e.target.value)
          setPage(1)
        }}
      />
      <QueryState query={query}>
        {(data) => (
          <>
            <p className="muted" aria-live="polite">
              {t('total', { n: data.total })}
            </p>
            <ul className="result-list">
              {data.items.map((m) => (
                <li key={m.id}>
                  <button type="button" className="result" onClick={() => onPick(m)}>
                    <strong>{m.name}</strong>
                    <small>
                      {m.countyName} · {m.mineral} · {t('enteredOn')} {formatDate(m.enteredOn, lang)}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
      {pages > 1 && (
        <div className="pager">
          <button
            type="button"
            className="btn btn-quiet"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t('prev')}
          </button>
          <span>
            {page} / {pages}
          </span>
          <button
            type="button"
            className="btn btn-quiet"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('next')}
          </button>
        </div>
      )}
    </section>
  )
}
