// City and county names, label points and bounding boxes (public, cached for the page's life).
import { useMemo } from 'react'
import { useRegionList } from '../../api/public-queries'
import type { Region } from '../../api/schemas'

export interface Regions {
  cities: Region[]
  counties: Region[]
  byCode: Map<string, Region>
}

export function useRegions(): Regions {
  const cities = useRegionList('city').data
  const counties = useRegionList('county').data
  return useMemo(() => {
    const c = cities ?? []
    const k = counties ?? []
    return { cities: c, counties: k, byCode: new Map([...c, ...k].map((r) => [r.code, r])) }
  }, [cities, counties])
}
