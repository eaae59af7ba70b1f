// Whether the server can be reached. navigator.onLine alone is not enough in the hills: a phone
// with a bar of signal and no data, or a server that is down, says "online". So the hook also
// asks /api/health now and then; an answer the service worker gave from a stored copy
// (X-Zgm-Offline) or no answer at all means offline.
import { useEffect, useState } from 'react'
import { OFFLINE_HEADER } from '../../pwa/sw-routes'

/** How often to ask again (ms). */
const PROBE_EVERY_MS = 15_000

async function reachable(): Promise<boolean> {
  if (!navigator.onLine) return false
  try {
    const res = await fetch('/api/health', { cache: 'no-store', credentials: 'same-origin' })
    return res.ok && !res.headers.has(OFFLINE_HEADER)
  } catch {
    return false
  }
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine)
  useEffect(() => {
    let live = true
    const check = () => void reachable().then((ok) => live && setOnline(ok))
    check()
    const timer = setInterval(check, PROBE_EVERY_MS)
    window.addEventListener('online', check)
    window.addEventListener('offline', check)
    return () => {
      live = false
      clearInterval(timer)
      window.removeEventListener('online', check)
      window.removeEventListener('offline', check)
    }
  }, [])
  return online
}
