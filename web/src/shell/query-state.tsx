// The one way a panel or list shows a query: loading, failed (with retry), empty, or its data.
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'
import { ErrorNotice } from './error-notice'

/** What QueryState needs of a useQuery result. */
export interface QueryLike<T> {
  data: T | undefined
  error: Error | null
  refetch(): unknown
}

export interface QueryStateProps<T> {
  query: QueryLike<T>
  /** Data that counts as "nothing to show". */
  isEmpty?(data: T): boolean
  /** Shown beside the loading or error message (e.g. a close button). */
  extra?: ReactNode
  children(data: T): ReactNode
}

export function QueryState<T>({ query, isEmpty, extra, children }: QueryStateProps<T>) {
  const { t } = useI18n()
  const error = query.error && <ErrorNotice error={query.error} load onRetry={() => void query.refetch()} />
  if (query.data === undefined) {
    return (
      <div className="query-state">
        {error || (
          <p className="muted" aria-live="polite" data-testid="query-loading">
            {t('loading')}
          </p>
        )}
        {extra}
      </div>
    )
  }
  return (
    <>
      {error}
      {isEmpty?.(query.data) ? <p className="muted">{t('none')}</p> : children(query.data)}
    </>
  )
}
