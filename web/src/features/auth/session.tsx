// The staff session: who is signed in (GET /api/auth/me), sign in and out. Mounted by staff routes only.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { ApiError, getJson } from '../../api/http'
import { postJson } from '../../api/http-write'
import { internalApi } from '../../api/internal-api'
import type { Session } from '../../api/types'

interface SessionState {
  session: Session | null
  checking: boolean
  login(username: string, password: string): Promise<void>
  logout(): Promise<void>
}

const SessionContext = createContext<SessionState | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null)
  const [checking, setChecking] = useState(true)
  useEffect(() => {
    const controller = new AbortController()
    getJson<Session>(internalApi.me(), controller.signal)
      .then(setSession, (e: unknown) => {
        if (!(e instanceof ApiError) && !controller.signal.aborted) console.warn('session check failed', e)
      })
      .finally(() => controller.signal.aborted || setChecking(false))
    return () => controller.abort()
  }, [])
  const login = useCallback(async (username: string, password: string) => {
    setSession(await postJson<Session>(internalApi.login(), { username, password }))
  }, [])
  const logout = useCallback(async () => {
    try {
      await postJson(internalApi.logout(), {}, session?.csrfToken)
    } finally {
      setSession(null)
    }
  }, [session])
  const value = useMemo(() => ({ session, checking, login, logout }), [session, checking, login, logout])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionState {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession outside SessionProvider')
  return value
}
