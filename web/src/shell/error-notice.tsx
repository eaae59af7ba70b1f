// An error as a user reads it: its text in their language and, when the refusal names a place
// (`params.at`), a mark on the map and a button that goes there.
import { useEffect } from 'react'
import { ApiError } from '../api/client'
import { errorText } from '../api/error-text'
import { useI18n } from '../i18n/i18n'
import { useMapBridge } from '../map/bridge-context'

export interface ErrorNoticeProps {
  error: unknown
  /** A failed load ("Failed to load: …") rather than a refused action. */
  load?: boolean
  onRetry?(): void
}

export function ErrorNotice({ error, load = false, onRetry }: ErrorNoticeProps) {
  const { t, lang } = useI18n()
  const bridge = useMapBridge()
  const at = error instanceof ApiError ? error.at : null
  const place = at ? at.join(',') : null
  useEffect(() => {
    if (!bridge || !place) return
    bridge.markProblem(place.split(',').map(Number) as [number, number])
    return () => bridge.markProblem(null)
  }, [bridge, place])
  const text = errorText(error, lang)
  return (
    <div className="error-notice" role="alert" data-testid="error-notice">
      <p>{load ? t('loadFailed', { msg: text }) : text}</p>
      {at && bridge && (
        <button type="button" className="btn btn-quiet" onClick={() => bridge.markProblem(at)}>
          {t('showOnMap')}
        </button>
      )}
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  )
}
