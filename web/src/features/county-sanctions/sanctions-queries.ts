// The county's spot-check desk through the query cache: the published draws (with their results),
// the county's mines, the agencies' experts (inspector names), and the writes — commit, reveal,
// a check's result, the re-check agency draw. Each write refetches what it changed.
import { useQuery } from '@tanstack/react-query'
import { api, ok, read } from '../../api/client'
import { STAFF } from '../../api/query-keys'
import type { ResponseOf, Schemas } from '../../api/schemas'
import { useApiMutation } from '../../api/use-api-mutation'
import { writeClient } from '../../api/write-client'

export type PublicDraw = Schemas['PublicSpotCheckDraw']
export type SpotCheckResult = Schemas['PublicSpotCheckResult']
export type MineListItem = ResponseOf<'/api/mines'>['items'][number]

export const sanctionKeys = {
  all: [...STAFF, 'sanctions'] as const,
  draws: [...STAFF, 'sanctions', 'draws'] as const,
  mines: (county: string) => [...STAFF, 'sanctions', 'mines', county] as const,
  agencies: [...STAFF, 'sanctions', 'agencies'] as const,
  mine: (id: number) => [...STAFF, 'sanctions', 'mine', id] as const,
}

/**
 * The published draws with their results. The public answer may be cached by the browser for a
 * minute; the desk revalidates it (`no-cache`) so that its own commit, reveal or check shows at once.
 */
export function useDraws() {
  return useQuery({
    queryKey: sanctionKeys.draws,
    queryFn: ({ signal }) =>
      ok(api.GET('/api/public/spot-checks', { signal, cache: 'no-cache' })) as Promise<
        ResponseOf<'/api/public/spot-checks'>
      >,
  })
}

/** Every mine of the county (a county holds a few dozen; the API pages at 200). */
export function useCountyMines(county: string) {
  return useQuery({
    queryKey: sanctionKeys.mines(county),
    queryFn: ({ signal }) =>
      read('/api/mines', { params: { query: { county, pageSize: 200, sort: 'name' } }, signal }),
  })
}

/** Expert id → name, from the provincial agency list (inspectors are registered experts). */
export function useExpertNames() {
  return useQuery({
    queryKey: sanctionKeys.agencies,
    queryFn: ({ signal }) => read('/api/public/agencies', { signal }),
    select: (data) => ({
      experts: new Map(data.items.flatMap((a) => a.experts.map((e) => [String(e.id), e.name] as const))),
      agencies: new Map(data.items.map((a) => [String(a.id), a.name] as const)),
    }),
    staleTime: 10 * 60_000,
  })
}

export function useMineDetail(id: number) {
  return useQuery({
    queryKey: sanctionKeys.mine(id),
    queryFn: ({ signal }) => read('/api/mines/{id}', { params: { path: { id } }, signal }),
  })
}

export interface CommitVars {
  csrf: string
  regionCode: string
  period: string
  seedHash: string
  size: { count: number } | { ratio: number }
}

export function useCommitDraw() {
  return useApiMutation(
    ({ csrf, regionCode, period, seedHash, size }: CommitVars) =>
      ok(
        writeClient(csrf).POST('/api/spot-checks/draws', { body: { regionCode, period, seedHash, ...size } }),
      ),
    { invalidates: [sanctionKeys.draws] },
  )
}

export function useRevealDraw() {
  return useApiMutation(
    ({ csrf, id, seed }: { csrf: string; id: number; seed: string }) =>
      ok(
        writeClient(csrf).POST('/api/spot-checks/draws/{id}/reveal', {
          params: { path: { id } },
          body: { seed },
        }),
      ),
    { invalidates: [sanctionKeys.draws] },
  )
}

export interface CheckVars {
  csrf: string
  mineId: number
  drawId: number
  expectedVersion: number
  result: 'pass' | 'declined'
  deadline?: string
}

export function useRecordCheck() {
  return useApiMutation(
    ({ csrf, mineId, ...body }: CheckVars) =>
      ok(
        writeClient(csrf).POST('/api/mines/{id}/events/spot_check', {
          params: { path: { id: mineId } },
          body,
        }),
      ),
    { invalidates: [sanctionKeys.all] },
  )
}

export function useAssignRecheckAgency() {
  return useApiMutation(
    ({ csrf, mineId, expectedVersion }: { csrf: string; mineId: number; expectedVersion: number }) =>
      ok(
        writeClient(csrf).POST('/api/mines/{id}/events/assign_recheck_agency', {
          params: { path: { id: mineId } },
          body: { expectedVersion },
        }),
      ),
    { invalidates: [sanctionKeys.all] },
  )
}
