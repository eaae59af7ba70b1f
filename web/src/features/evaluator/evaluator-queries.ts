// The evaluator desk's reads and writes: assignments, the agency's experts, the indicator set and
// the mine's site photos; filing the verification (or re-check) and uploading a photo.
import { useQuery } from '@tanstack/react-query'
import { read, ok } from '../../api/client'
import { STAFF, PUBLIC } from '../../api/query-keys'
import type { Schemas } from '../../api/schemas'
import { writeClient } from '../../api/write-client'

export type Assignment = Schemas['Assignment']
export type SitePhoto = Schemas['SitePhoto']
export type Expert = Schemas['Expert']
export type PublicIndicatorSet = Schemas['IndicatorSet']
export type EventResult = Schemas['EventResult']
export type VerificationBody = Schemas['FileVerificationBody']
export type RecheckBody = Schemas['RecheckBody']

export const evaluatorKeys = {
  assignments: [...STAFF, 'evaluator', 'assignments'] as const,
  photos: (mineId: number) => [...STAFF, 'evaluator', 'site-photos', mineId] as const,
  agencies: [...PUBLIC, 'agencies'] as const,
  indicatorSets: [...PUBLIC, 'indicator-sets'] as const,
}

export function useAssignments() {
  return useQuery({
    queryKey: evaluatorKeys.assignments,
    queryFn: ({ signal }) => read('/api/assignments', { signal }),
  })
}

export function useSitePhotos(mineId: number) {
  return useQuery({
    queryKey: evaluatorKeys.photos(mineId),
    queryFn: ({ signal }) =>
      read('/api/mines/{id}/site-photos', { params: { path: { id: mineId } }, signal }),
  })
}

/** The registered experts of an agency, valid on `today`. */
export function useAgencyExperts(agencyId: number | undefined, today: string | undefined) {
  return useQuery({
    queryKey: evaluatorKeys.agencies,
    queryFn: ({ signal }) => read('/api/public/agencies', { signal }),
    enabled: agencyId !== undefined,
    staleTime: 5 * 60_000,
    select: (list): Expert[] =>
      (list.items.find((a) => a.id === agencyId)?.experts ?? []).filter(
        (e) => !today || (e.registeredFrom <= today && (e.registeredTo === null || e.registeredTo >= today)),
      ),
  })
}

export function useIndicatorSets() {
  return useQuery({
    queryKey: evaluatorKeys.indicatorSets,
    queryFn: ({ signal }) => read('/api/public/indicator-sets', { signal }),
    staleTime: 5 * 60_000,
  })
}

/** Uploads one site photo; the device position goes along only for the server to use without EXIF GPS. */
export function uploadSitePhoto(
  csrf: string,
  mineId: number,
  file: Blob,
  name: string,
  device: [lng: number, lat: number] | null,
): Promise<SitePhoto> {
  const form = new FormData()
  form.set('file', new File([file], name, { type: file.type }))
  if (device) {
    form.set('lng', String(device[0]))
    form.set('lat', String(device[1]))
  }
  return ok(
    writeClient(csrf).POST('/api/mines/{id}/site-photos', {
      params: { path: { id: mineId } },
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  ) as Promise<SitePhoto>
}

export function fileVerification(csrf: string, mineId: number, body: VerificationBody): Promise<EventResult> {
  return ok(
    writeClient(csrf).POST('/api/mines/{id}/events/file_verification', {
      params: { path: { id: mineId } },
      body,
    }),
  ) as Promise<EventResult>
}

export function fileRecheck(csrf: string, mineId: number, body: RecheckBody): Promise<EventResult> {
  return ok(
    writeClient(csrf).POST('/api/mines/{id}/events/recheck', { params: { path: { id: mineId } }, body }),
  ) as Promise<EventResult>
}
