// The province desk's reads and writes through the query cache. Staff only: the province route
// imports it. Every write invalidates the whole desk (its lists are small and read together).
import { useQuery } from '@tanstack/react-query'
import { api, ok, read } from '../../api/client'
import { STAFF } from '../../api/query-keys'
import type { Schemas } from '../../api/schemas'
import { useApiMutation } from '../../api/use-api-mutation'
import { writeClient } from '../../api/write-client'

export type MineItem = Schemas['MineListItem']
export type Notice = Schemas['PublicNotice']
export type BlacklistEntry = Schemas['PublicBlacklistEntry']
export type Agency = Schemas['Agency']
export type BackdatedEntry = Schemas['BackdatedEntry']
export type ExceptionItem = Schemas['EvaluatorExceptionQueue']['items'][number]
export type IndicatorSet = Schemas['IndicatorSet']
export type Assessment = Schemas['Assessment']

export const provinceKeys = {
  all: [...STAFF, 'province'] as const,
  mines: (state: MineItem['greenState']) => [...STAFF, 'province', 'mines', state] as const,
  notices: [...STAFF, 'province', 'notices'] as const,
  objections: (publicityId: number) => [...STAFF, 'province', 'objections', publicityId] as const,
  blacklist: [...STAFF, 'province', 'blacklist'] as const,
  agencies: [...STAFF, 'province', 'agencies'] as const,
  backdated: [...STAFF, 'province', 'backdated'] as const,
  exceptions: [...STAFF, 'province', 'exceptions'] as const,
  assessment: (year: number) => [...STAFF, 'province', 'assessment', year] as const,
  indicatorSets: [...STAFF, 'province', 'indicator-sets'] as const,
}

// The public endpoints the desk reads are cacheable for the public; the desk must see its own writes.
const NO_STORE: RequestCache = 'no-store'

/** The provincial notices as published, past the browser's cache. */
export const freshNotices = (signal?: AbortSignal) =>
  ok(
    api.GET('/api/public/publicity', {
      params: { query: { status: 'all', level: 'province' } },
      signal,
      cache: NO_STORE,
    }),
  )

/** Mines in one workflow state across the province (the desk's lists stay well under 200). */
export function useMinesInState(state: MineItem['greenState']) {
  return useQuery({
    queryKey: provinceKeys.mines(state),
    queryFn: ({ signal }) =>
      read('/api/mines', { params: { query: { state, pageSize: 200, sort: 'county' } }, signal }),
  })
}

/** The provincial notices, newest first (the public endpoint: what the public sees is what was published). */
export function useProvinceNotices() {
  return useQuery({
    queryKey: provinceKeys.notices,
    queryFn: async ({ signal }) => {
      const notices = await freshNotices(signal)
      return [...notices.items].sort((a, b) => b.startOn.localeCompare(a.startOn) || b.id - a.id)
    },
  })
}

export function useObjections(publicityId: number, enabled: boolean) {
  return useQuery({
    queryKey: provinceKeys.objections(publicityId),
    queryFn: ({ signal }) => read('/api/objections', { params: { query: { publicityId } }, signal }),
    enabled,
  })
}

export function useBlacklist() {
  return useQuery({
    queryKey: provinceKeys.blacklist,
    queryFn: ({ signal }) =>
      ok(api.GET('/api/public/blacklist', { params: { query: { status: 'all' } }, signal, cache: NO_STORE })),
  })
}

export function useAgencies() {
  return useQuery({
    queryKey: provinceKeys.agencies,
    queryFn: ({ signal }) => ok(api.GET('/api/public/agencies', { signal, cache: NO_STORE })),
  })
}

export function useBackdatedEntries() {
  return useQuery({
    queryKey: provinceKeys.backdated,
    queryFn: ({ signal }) =>
      read('/api/backdated-entries', { params: { query: { status: 'pending' } }, signal }),
  })
}

export function useExceptionQueue() {
  return useQuery({
    queryKey: provinceKeys.exceptions,
    queryFn: ({ signal }) =>
      read('/api/evaluator-exceptions', { params: { query: { status: 'pending' } }, signal }),
  })
}

export function useAssessment(year: number) {
  return useQuery({
    queryKey: provinceKeys.assessment(year),
    queryFn: ({ signal }) =>
      read('/api/assessments/{year}', { params: { path: { year }, query: { format: 'json' } }, signal }),
    retry: false,
  })
}

export function useIndicatorSets() {
  return useQuery({
    queryKey: provinceKeys.indicatorSets,
    queryFn: ({ signal }) => ok(api.GET('/api/public/indicator-sets', { signal, cache: NO_STORE })),
  })
}

/** A write of the desk: the session's CSRF token, then the call; the whole desk is fetched again. */
export function useProvinceWrite<TVars>(
  call: (client: ReturnType<typeof writeClient>, vars: TVars) => Promise<unknown>,
) {
  return useApiMutation(
    ({ csrf, ...vars }: TVars & { csrf: string }) => call(writeClient(csrf), vars as TVars),
    {
      invalidates: [provinceKeys.all],
    },
  )
}

type Client = ReturnType<typeof writeClient>
const mine = (id: number) => ({ params: { path: { id } } })

export const writes = {
  publishList: (
    c: Client,
    v: {
      mineId: number
      period: { start: string; end: string }
      objectionChannel: string
      publicityId?: number
      expectedVersion: number
    },
  ) =>
    ok(
      c.POST('/api/mines/{id}/events/publish_province_list', {
        ...mine(v.mineId),
        body: {
          period: v.period,
          objectionChannel: v.objectionChannel,
          publicityId: v.publicityId,
          expectedVersion: v.expectedVersion,
        },
      }),
    ),
  enterDirectory: (c: Client, v: { mineId: number; expectedVersion: number }) =>
    ok(
      c.POST('/api/mines/{id}/events/enter_directory', {
        ...mine(v.mineId),
        body: { expectedVersion: v.expectedVersion },
      }),
    ),
  confirmRemoval: (
    c: Client,
    v: { mineId: number; expectedVersion: number; responsiblePersons: string[]; reason: string },
  ) =>
    ok(
      c.POST('/api/mines/{id}/events/confirm_removal', {
        ...mine(v.mineId),
        body: {
          expectedVersion: v.expectedVersion,
          responsiblePersons: v.responsiblePersons.length ? v.responsiblePersons : undefined,
          reason: v.reason || undefined,
        },
      }),
    ),
  decideObjection: (c: Client, v: { id: number; upheld: boolean; reason: string }) =>
    ok(
      c.POST('/api/objections/{id}/decision', {
        params: { path: { id: v.id } },
        body: { upheld: v.upheld, reason: v.reason },
      }),
    ),
  delist: (c: Client, v: { id: number; reason: string }) =>
    ok(
      c.POST('/api/blacklist/{id}/delisting', { params: { path: { id: v.id } }, body: { reason: v.reason } }),
    ),
  addAgency: (c: Client, v: Schemas['AgencyBody']) => ok(c.POST('/api/agencies', { body: v })),
  addListing: (c: Client, v: { agencyId: number; listing: Schemas['ListingBody'] }) =>
    ok(c.POST('/api/agencies/{id}/listings', { params: { path: { id: v.agencyId } }, body: v.listing })),
  addExpert: (c: Client, v: { agencyId: number; expert: Schemas['ExpertBody'] }) =>
    ok(c.POST('/api/agencies/{id}/experts', { params: { path: { id: v.agencyId } }, body: v.expert })),
  deregisterExpert: (c: Client, v: { id: number; registeredTo: string; reason: string }) =>
    ok(
      c.POST('/api/experts/{id}/deregister', {
        params: { path: { id: v.id } },
        body: { registeredTo: v.registeredTo, reason: v.reason },
      }),
    ),
  decideBackdated: (c: Client, v: { id: number; approve: boolean; reason: string }) =>
    v.approve
      ? ok(
          c.POST('/api/backdated-entries/{id}/approve', {
            params: { path: { id: v.id } },
            body: v.reason ? { reason: v.reason } : {},
          }),
        )
      : ok(
          c.POST('/api/backdated-entries/{id}/reject', {
            params: { path: { id: v.id } },
            body: { reason: v.reason },
          }),
        ),
  decideException: (c: Client, v: { id: number; approve: boolean; note: string }) =>
    ok(
      c.POST('/api/evaluator-exceptions/{id}/decision', {
        params: { path: { id: v.id } },
        body: { approve: v.approve, note: v.note },
      }),
    ),
  closeYear: (c: Client, v: { year: number }) =>
    ok(c.POST('/api/assessments/{year}/close', { params: { path: { year: v.year } } })),
  loadTable: (
    c: Client,
    v: { setId: string; csv: string; source: string; passTotal?: number; groupMinShare?: number },
  ) =>
    ok(
      c.POST('/api/indicator-sets/{setId}/table', {
        params: { path: { setId: v.setId } },
        body: { csv: v.csv, source: v.source, passTotal: v.passTotal, groupMinShare: v.groupMinShare },
      }),
    ),
}
