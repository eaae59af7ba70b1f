// The staff session through the query cache: who is signed in (GET /api/auth/me), sign in and out.
// Signing in or out drops everything cached for the previous user. Staff routes only.
import { useQueryClient } from '@tanstack/react-query'
import { ApiError } from '../../api/client'
import { STAFF, queryKeys } from '../../api/query-keys'
import type { SessionInfo } from '../../api/schemas'
import { rememberSession } from '../../api/session-hint'
import { useMe } from '../../api/staff-queries'
import { useApiMutation } from '../../api/use-api-mutation'
import { signIn, signOut } from '../../api/write-client'

export interface SessionState {
  session: SessionInfo | null
  /** True until the first answer from /api/auth/me. */
  checking: boolean
  login(username: string, password: string): Promise<SessionInfo>
  logout(): Promise<void>
}

export function useSession(): SessionState {
  const queryClient = useQueryClient()
  const me = useMe()
  const session = me.data ?? null
  const setSession = (next: SessionInfo | null) => {
    rememberSession(next !== null)
    queryClient.setQueryData(queryKeys.session, next)
  }
  const login = useApiMutation<SessionInfo, { username: string; password: string }>(signIn, {
    removes: [STAFF],
    invalidates: [queryKeys.session],
    onSuccess: setSession,
  })
  const logout = useApiMutation(
    async (csrfToken: string) => {
      try {
        await signOut(csrfToken)
      } catch (e) {
        // The server no longer knows the session (expired, signed out elsewhere): signed out all the same.
        if (!(e instanceof ApiError)) throw e
      }
    },
    { removes: [STAFF], invalidates: [queryKeys.session], onSuccess: () => setSession(null) },
  )
  return {
    session,
    checking: me.isPending,
    login: (username, password) => login.mutateAsync({ username, password }),
    logout: async () => {
      if (session) await logout.mutateAsync(session.csrfToken)
    },
  }
}
