// Holds the permalink state and mirrors it into the address bar (replaceState, so Back leaves the screen).
import { useCallback, useEffect, useRef, useState } from 'react'
import { todayIso } from '../../state/dates'
import { decodeUrlState, encodeUrlState, type UrlState } from '../../state/url-state'

export function useUrlState(): [UrlState, (patch: Partial<UrlState>) => void] {
  const [state, setState] = useState<UrlState>(() => decodeUrlState(location.search, todayIso()))
  const update = useCallback((patch: Partial<UrlState>) => setState((s) => ({ ...s, ...patch })), [])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const search = encodeUrlState(state)
      const url = `${location.pathname}${search ? `?${search}` : ''}`
      if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url)
    }, 250)
    return () => clearTimeout(timer.current)
  }, [state])
  return [state, update]
}
