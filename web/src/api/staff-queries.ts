// Staff reads (signed in). Never imported by the public route.
import { mayHaveSession, rememberSession } from './session-hint'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ApiError, read } from './client'
import { queryKeys } from './query-keys'
import { type IsoDate, type SessionInfo } from './schemas'

/** Who is signed in; null for nobody (401). */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: async ({ signal }): Promise<SessionInfo | null> => {
      // Signed-out loads make no request at all (no 401 in the console).
      if (!mayHaveSession()) return null
      try {
        return await read('/api/auth/me', { signal })
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          rememberSession(false)
          return null
        }
        throw e
      }
    },
    staleTime: Infinity,
  })
}

/** One mine: licence, state, lifecycle timeline, areas, documents. */
export function useMine(id: number) {
  return useQuery({
    queryKey: queryKeys.mine(id),
    queryFn: async ({ signal }) => await read('/api/mines/{id}', { params: { path: { id } }, signal }),
  })
}

/** Overdue and coming-due items for the mines the user may see, in a region, as of a date. */
export function useAlerts(asOf: IsoDate, region: string | null, enabled = true) {
  return useQuery({
    queryKey: queryKeys.alerts(asOf, region),
    queryFn: ({ signal }) =>
      read('/api/alerts', { params: { query: { asOf, region: region ?? undefined } }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** Restoration and reclamation per county of a region as of a date, in one request. */
export function useAreaProgress(region: string, asOf: IsoDate, enabled = true) {
  return useQuery({
    queryKey: queryKeys.areaProgress(region, asOf),
    queryFn: ({ signal }) => read('/api/areas/progress', { params: { query: { region, asOf } }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  })
}
