// Fetches JSON for a URL; a new URL aborts the old request and the previous data stays visible meanwhile.
import { useCallback, useEffect, useState } from 'react'
import { ApiError, getJson } from '../api/http'

const RETRIES = 3

/** Server errors (5xx) and dropped connections are retried three times, after 0.4, 0.8 and 1.2 s. */
async function getWithRetry<T>(url: string, signal: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await getJson<T>(url, signal)
    } catch (e) {
      const transient = !(e instanceof ApiError) || e.status >= 500
      if (signal.aborted || !transient || attempt >= RETRIES) throw e
      await new Promise((r) => setTimeout(r, 400 * (attempt + 1)))
    }
  }
}

export interface JsonState<T> {
  data: T | undefined
  /** The URL `data` came from (lags `url` while loading). */
  dataUrl: string | null
  loading: boolean
  error: Error | null
  reload(): void
}

export function useJson<T>(url: string | null): JsonState<T> {
  const [state, setState] = useState<{
    data?: T
    dataUrl: string | null
    loading: boolean
    error: Error | null
  }>({
    dataUrl: null,
    loading: url !== null,
    error: null,
  })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (url === null) {
      setState((s) => ({ ...s, loading: false, error: null }))
      return
    }
    const controller = new AbortController()
    setState((s) => ({ ...s, loading: true, error: null }))
    getWithRetry<T>(url, controller.signal).then(
      (data) => setState({ data, dataUrl: url, loading: false, error: null }),
      (error: Error) => {
        if (controller.signal.aborted) return
        setState((s) => ({ ...s, loading: false, error }))
      },
    )
    return () => controller.abort()
  }, [url, attempt])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data: state.data, dataUrl: state.dataUrl, loading: state.loading, error: state.error, reload }
}
