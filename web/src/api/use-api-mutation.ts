// Writes through the query cache: after success, what the write changed is fetched again.
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query'

export interface ApiMutationOptions<TData, TVars> {
  /** Keys (or key prefixes) the write makes stale; refetched if on screen. */
  invalidates: readonly QueryKey[] | ((data: TData, vars: TVars) => readonly QueryKey[])
  /** Keys whose cached data must not outlive the write (e.g. another user's after sign-out). */
  removes?: readonly QueryKey[]
  onSuccess?(data: TData, vars: TVars): void
}

/** useMutation that invalidates (and removes) the given keys once the write succeeds. */
export function useApiMutation<TData, TVars = void>(
  mutationFn: (vars: TVars) => Promise<TData>,
  options: ApiMutationOptions<TData, TVars>,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async (data, vars) => {
      options.onSuccess?.(data, vars)
      for (const queryKey of options.removes ?? []) queryClient.removeQueries({ queryKey })
      const keys =
        typeof options.invalidates === 'function' ? options.invalidates(data, vars) : options.invalidates
      await refetchAfterWrite(queryClient, keys)
    },
  })
}

/**
 * Marks what a write changed as stale and fetches it again if on screen. A load still on its way
 * may have been read before the write: it is dropped, or the refetch would wait for that answer
 * instead of asking again (invalidating alone joins a first load, which has no data to cancel for).
 */
export async function refetchAfterWrite(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.cancelQueries({ queryKey })))
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}
