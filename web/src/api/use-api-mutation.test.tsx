import { useQuery } from '@tanstack/react-query'
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { renderHook, until } from '../testing/render'
import { STAFF, queryKeys } from './query-keys'
import { useApiMutation } from './use-api-mutation'

describe('useApiMutation', () => {
  it('refetches what the write made stale and drops what must not outlive it', async () => {
    let fetches = 0
    const hook = () => ({
      health: useQuery({ queryKey: queryKeys.health, queryFn: async () => ++fetches, staleTime: Infinity }),
      write: useApiMutation(async (n: number) => n * 2, {
        invalidates: [queryKeys.health],
        removes: [STAFF],
      }),
    })
    const { result, queryClient, unmount } = await renderHook(hook, undefined)
    await until(() => expect(result.current.health.data).toBe(1))
    queryClient.setQueryData(queryKeys.mine(7), { id: 7 })
    queryClient.setQueryData(queryKeys.regions('city'), [])
    let answer = 0
    await act(async () => {
      answer = await result.current.write.mutateAsync(21)
    })
    expect(answer).toBe(42)
    await until(() => expect(result.current.health.data).toBe(2))
    expect(queryClient.getQueryData(queryKeys.mine(7))).toBeUndefined()
    expect(queryClient.getQueryData(queryKeys.regions('city'))).toEqual([])
    await unmount()
  })

  it('fetches again when the write lands while the first load is still on its way', async () => {
    // The first load was read before the write: refetching must not just wait for that answer.
    let stored = 'before'
    let releaseFirst = () => {}
    let fetches = 0
    const hook = () => ({
      list: useQuery({
        queryKey: queryKeys.health,
        queryFn: async () => {
          fetches++
          const seen = stored
          if (fetches === 1) await new Promise<void>((resolve) => (releaseFirst = resolve))
          return seen
        },
      }),
      write: useApiMutation(
        async () => {
          stored = 'after'
          // The first answer arrives only after the write has asked for a refetch.
          setTimeout(() => releaseFirst(), 50)
        },
        { invalidates: [queryKeys.health] },
      ),
    })
    const { result, unmount } = await renderHook(hook, undefined)
    await until(() => expect(fetches).toBe(1))
    await act(async () => {
      await result.current.write.mutateAsync()
    })
    await until(() => expect(result.current.list.data).toBe('after'))
    expect(fetches).toBe(2)
    await unmount()
  })

  it('leaves the cache alone when the write fails', async () => {
    const hook = () =>
      useApiMutation(
        async () => {
          throw new Error('refused')
        },
        { invalidates: [STAFF], removes: [STAFF] },
      )
    const { result, queryClient, unmount } = await renderHook(hook, undefined)
    queryClient.setQueryData(queryKeys.mine(7), { id: 7 })
    await act(async () => {
      await result.current.mutateAsync().catch(() => {})
    })
    expect(queryClient.getQueryData(queryKeys.mine(7))).toEqual({ id: 7 })
    await unmount()
  })
})
