// Public reads outside the map's figures: health, regions and outlines, the directory and publicity notices.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { read } from './client'
import { followTestClock } from '../state/dates'
import { queryKeys } from './query-keys'

/** /api/health: whether the data is demo data, and the optional basemap configuration. */
export const healthQuery = queryOptions({
  queryKey: queryKeys.health,
  queryFn: ({ signal }) =>
    read('/api/health', { signal }).then((health) => {
      followTestClock(health.testClock ? health.today : null)
      return health
    }),
  staleTime: Infinity,
})

export const useHealth = () => useQuery(healthQuery)

/** City or county names, label points and bounding boxes (fixed for the page's life). */
export function useRegionList(level: 'city' | 'county', enabled = true) {
  return useQuery({
    queryKey: queryKeys.regions(level),
    queryFn: ({ signal }) => read('/api/public/regions', { params: { query: { level } }, signal }),
    staleTime: Infinity,
    enabled,
  })
}

/** Simplified outlines as SVG paths (fixed for the page's life): the picture before the map loads. */
export const outlinesQuery = (level: 'city' | 'county') =>
  queryOptions({
    queryKey: queryKeys.outlines(level),
    queryFn: ({ signal }) => read('/api/public/outlines', { params: { query: { level } }, signal }),
    staleTime: Infinity,
  })

export const useOutlines = (level: 'city' | 'county') => useQuery(outlinesQuery(level))

export interface DirectoryQuery {
  q?: string
  county?: string
  page?: number
  pageSize?: number
}

/** One page of directory mines; the previous page stays on screen while the next loads. */
export function useDirectory(query: DirectoryQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.directory(query),
    queryFn: ({ signal }) => read('/api/public/directory', { params: { query }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function usePublicity(status: 'open' | 'closed' | 'all') {
  return useQuery({
    queryKey: queryKeys.publicity(status),
    queryFn: ({ signal }) => read('/api/public/publicity', { params: { query: { status } }, signal }),
    placeholderData: keepPreviousData,
  })
}

/** The published decisions on objections (never the objector or the text). */
export function usePublicObjections() {
  return useQuery({
    queryKey: queryKeys.publicObjections,
    queryFn: ({ signal }) => read('/api/public/objections', { signal }),
  })
}

/** The exposure list and the blacklist, delisted entries included. */
export function usePublicBlacklist() {
  return useQuery({
    queryKey: queryKeys.publicBlacklist,
    queryFn: ({ signal }) => read('/api/public/blacklist', { params: { query: { status: 'all' } }, signal }),
  })
}

/** Published spot-check draws with their commitment, revealed seed and results. */
export function usePublicSpotChecks() {
  return useQuery({
    queryKey: queryKeys.publicSpotChecks,
    queryFn: ({ signal }) => read('/api/public/spot-checks', { signal }),
  })
}
