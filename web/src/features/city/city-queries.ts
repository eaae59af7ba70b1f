// The city desk through the query cache: the passed mines waiting to be reported, the report
// (`city_report`, one mine at a time), and the split of the city's target over its counties.
import { useQuery } from '@tanstack/react-query'
import { ok, read } from '../../api/client'
import { STAFF } from '../../api/query-keys'
import type { ResponseOf, Schemas } from '../../api/schemas'
import { useApiMutation } from '../../api/use-api-mutation'
import { writeClient } from '../../api/write-client'

export type PassedMine = ResponseOf<'/api/mines'>['items'][number]
export type CitySplit = Schemas['CitySplit']

export const cityKeys = {
  all: [...STAFF, 'city'] as const,
  passed: (city: string) => [...STAFF, 'city', 'passed', city] as const,
  split: (city: string, year: number) => [...STAFF, 'city', 'split', city, year] as const,
}

/** Mines archived by the city's counties after publicity: the passed list to report (R3.6). */
export function usePassedMines(city: string) {
  return useQuery({
    queryKey: cityKeys.passed(city),
    queryFn: ({ signal }) =>
      read('/api/mines', {
        params: { query: { city, state: 'county_archived', pageSize: 200, sort: 'county' } },
        signal,
      }),
  })
}

/** Reports the mines one after another; stops at the first refusal (e.g. outside the window). */
export function useReportMines() {
  return useApiMutation(
    async ({ csrf, mines }: { csrf: string; mines: readonly PassedMine[] }) => {
      for (const m of mines) {
        await ok(
          writeClient(csrf).POST('/api/mines/{id}/events/city_report', {
            params: { path: { id: m.id } },
            body: { expectedVersion: m.version },
          }),
        )
      }
      return mines.length
    },
    { invalidates: [cityKeys.all] },
  )
}

export function useCitySplit(city: string, year: number) {
  return useQuery({
    queryKey: cityKeys.split(city, year),
    queryFn: ({ signal }) =>
      read('/api/targets/{year}/cities/{cityCode}', { params: { path: { year, cityCode: city } }, signal }),
  })
}

export function useSaveSplit() {
  return useApiMutation(
    ({
      csrf,
      city,
      year,
      shares,
    }: {
      csrf: string
      city: string
      year: number
      shares: { countyCode: string; value: number }[]
    }) =>
      ok(
        writeClient(csrf).PUT('/api/targets/{year}/cities/{cityCode}', {
          params: { path: { year, cityCode: city } },
          body: { shares },
        }),
      ),
    { invalidates: (_, v) => [cityKeys.split(v.city, v.year)] },
  )
}
