// The work queue and the inbox through the one query cache (keys under STAFF: dropped on sign-out).
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ok, read } from '../../api/client'
import { STAFF } from '../../api/query-keys'
import type { IsoDate, Schemas } from '../../api/schemas'
import { useApiMutation } from '../../api/use-api-mutation'
import { writeClient } from '../../api/write-client'
import { useSession } from '../auth/session'

export type WorkQueue = Schemas['WorkQueue']
export type WorkItem = Schemas['WorkItem']
export type InboxItem = Schemas['Notification']

export const homeKeys = {
  work: (asOf: IsoDate) => [...STAFF, 'work', asOf] as const,
  inbox: [...STAFF, 'inbox'] as const,
}

/** What waits on the signed-in user as of a date. */
export function useWorkQueue(asOf: IsoDate, enabled = true) {
  return useQuery({
    queryKey: homeKeys.work(asOf),
    queryFn: ({ signal }) => read('/api/work', { params: { query: { asOf } }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** The user's notifications and unread count (the badge and the page share it). */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: homeKeys.inbox,
    queryFn: ({ signal }) => read('/api/inbox', { params: { query: {} }, signal }),
    enabled,
    refetchInterval: 60_000,
  })
}

/** Marks one notification read, or all of them (id undefined). */
export function useMarkRead() {
  const { session } = useSession()
  return useApiMutation<unknown, number | undefined>(
    (id) => {
      const client = writeClient(session?.csrfToken)
      return id === undefined
        ? ok(client.POST('/api/inbox/read-all'))
        : ok(client.POST('/api/inbox/{id}/read', { params: { path: { id } } }))
    },
    { invalidates: [homeKeys.inbox] },
  )
}
