// The one read of the field form: GET /api/field/mines/{id}. The installable app's offline areas
// store this URL's answer for every mine of a saved area and its service worker answers it offline,
// so the form reads the mine through this URL only, with this query key.
import { useQuery } from '@tanstack/react-query'
import { read } from '../../api/client'
import { STAFF } from '../../api/query-keys'
import type { Schemas } from '../../api/schemas'

export type FieldMine = Schemas['FieldMine']
export type ChecklistItem = Schemas['ChecklistItem']

/** The URL the offline areas cache, one per mine. */
export const fieldMineUrl = (id: number) => `/api/field/mines/${id}`

/** The React Query key of that answer (also for prefilling the cache from a saved area). */
export const fieldMineKey = (id: number) => [...STAFF, 'field', fieldMineUrl(id)] as const

export function useFieldMine(id: number) {
  return useQuery({
    queryKey: fieldMineKey(id),
    queryFn: ({ signal }) => read('/api/field/mines/{id}', { params: { path: { id } }, signal }),
    // Ask even when the browser says it is offline: the service worker may answer from its cache.
    networkMode: 'offlineFirst',
    staleTime: 5 * 60_000,
  })
}
