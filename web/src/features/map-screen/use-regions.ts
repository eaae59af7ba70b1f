// City and county names, label points and bounding boxes (public, cached for the page's life).
import { useMemo } from 'react'
import { publicApi } from '../../api/public-api'
import type { Region } from '../../api/types'
import { useJson } from '../../state/use-json'

export interface Regions {
  cities: Region[]
  counties: Region[]
  byCode: Map<string, Region>
}

export function useRegions(): Regions {
  const cities = useJson<Region[]>(publicApi.regions('city')).data
  const counties = useJson<Region[]>(publicApi.regions('county')).data
  return useMemo(() => {
    const c = cities ?? []
    const k = counties ?? []
    return { cities: c, counties: k, byCode: new Map([...c, ...k].map((r) => [r.code, r])) }
  }, [cities, counties])
}
