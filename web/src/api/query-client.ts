// The one query cache of the web app and how it treats failures.
import { QueryClient } from '@tanstack/react-query'
import { isTransient } from './client'

const RETRIES = 3

/** Server errors (5xx) and dropped connections: three more tries, after 0.4, 0.8 and 1.2 s. */
export const retry = (failures: number, error: unknown) => isTransient(error) && failures < RETRIES
export const retryDelay = (attempt: number) => 400 * (attempt + 1)

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry,
        retryDelay,
        // Figures as of a date change only with a write, and writes invalidate what they touch.
        staleTime: 5 * 60_000,
        // A map that refetches and re-colours itself on every focus is noise.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
