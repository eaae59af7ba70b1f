// Directory mines, searchable and paged; picking one zooms the map to it.
import { useState } from 'react'
import { publicApi } from '../../api/public-api'
import type { DirectoryItem, Page } from '../../api/types'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { useDebounced } from '../../state/use-debounced'
import { useJson } from '../../state/use-json'

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
  const { data, loading, error } = useJson<Page<DirectoryItem>>(
    publicApi.directory({ q: settled || undefined, county: county ?? undefined, page, pageSize: PAGE_SIZE }),
  )
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1
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
      {error && <p role="alert">{t('loadFailed', { msg: error.message })}</p>}
      <p className="muted" aria-live="polite">
        {data ? t('total', { n: data.total }) : loading ? t('loading') : ''}
      </p>
      <ul className="result-list">
        {data?.items.map((m) => (
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
