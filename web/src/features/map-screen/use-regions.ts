// City and county names, label points and bounding boxes (public, cached for the page's life).
import { useMemo } from 'react'
import { useRegionList } from '../../api/public-queries'
import type { Region } from '../../api/schemas'

export interface Regions {
  cities: Region[]
  counties: Region[]
  byCode: Map<string, Region>
}

/** `enabled` false: not yet asked (the map screen asks after the first map paint). */
export function useRegions(enabled = true): Regions {
  const cities = useRegionList('city', enabled).data
  const counties = useRegionList('county', enabled).data
  return useMemo(() => {
    const c = cities ?? []
    const k = counties ?? []
    return { cities: c, counties: k, byCode: new Map([...c, ...k].map((r) => [r.code, r])) }
  }, [cities, counties])
}
