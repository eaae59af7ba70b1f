// The device position from navigator.geolocation.watchPosition, or why there is none.
import { useEffect, useState } from 'react'
import type { LngLat } from '@zgm/domain'

export type PositionState =
  | { kind: 'locating' }
  | { kind: 'fix'; at: LngLat; accuracyM: number }
  | { kind: 'error'; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' }

export function usePosition(): PositionState {
  const [state, setState] = useState<PositionState>({ kind: 'locating' })
  useEffect(() => {
    if (!('geolocation' in navigator)) {
      setState({ kind: 'error', reason: 'unsupported' })
      return
    }
    const id = navigator.geolocation.watchPosition(
      (p) =>
        setState({ kind: 'fix', at: [p.coords.longitude, p.coords.latitude], accuracyM: p.coords.accuracy }),
      (e) =>
        setState({
          kind: 'error',
          reason:
            e.code === e.PERMISSION_DENIED ? 'denied' : e.code === e.TIMEOUT ? 'timeout' : 'unavailable',
        }),
      { enableHighAccuracy: true, maximumAge: 10_000, timeout: 30_000 },
    )
    return () => navigator.geolocation.clearWatch(id)
  }, [])
  return state
}
