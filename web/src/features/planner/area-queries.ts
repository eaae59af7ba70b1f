// Areas through the query cache: a mine's areas, one area, its versions, the bureau's queue, and
// the writes (each invalidates what it changed). Staff only: the planner's route imports it.
import { useQuery } from '@tanstack/react-query'
import { ok, read } from '../../api/client'
import { STAFF } from '../../api/query-keys'
import type { Schemas } from '../../api/schemas'
import { useApiMutation } from '../../api/use-api-mutation'
import { writeClient } from '../../api/write-client'

export type AreaFeature = Schemas['AreaFeature']
export type AreaVersion = Schemas['AreaVersion']
export type QueueItem = Schemas['AreaQueueItem']
export type ImportReport = Schemas['ImportReport']
export type AreaKind = 'restoration' | 'reclamation'
/** What the attribute form edits (everything but the geometry and the version). */
export type AreaAttributes = Pick<
  Schemas['CreateAreaBody'],
  | 'kind'
  | 'name'
  | 'targetLandClass'
  | 'plannedStart'
  | 'plannedEnd'
  | 'responsibleParty'
  | 'notes'
  | 'progress'
>

export const areaKeys = {
  all: [...STAFF, 'areas'] as const,
  mine: (mineId: number) => [...STAFF, 'areas', 'mine', mineId] as const,
  one: (id: number) => [...STAFF, 'areas', 'one', id] as const,
  versions: (id: number) => [...STAFF, 'areas', 'versions', id] as const,
  queue: [...STAFF, 'areas', 'queue'] as const,
}

export function useMineAreas(mineId: number | null) {
  return useQuery({
    queryKey: areaKeys.mine(mineId ?? 0),
    queryFn: ({ signal }) => read('/api/mines/{id}/areas', { params: { path: { id: mineId! } }, signal }),
    enabled: mineId !== null,
  })
}

export function useArea(id: number | null) {
  return useQuery({
    queryKey: areaKeys.one(id ?? 0),
    queryFn: ({ signal }) => read('/api/areas/{id}', { params: { path: { id: id! } }, signal }),
    enabled: id !== null,
    retry: false,
  })
}

export function useAreaVersions(id: number | null) {
  return useQuery({
    queryKey: areaKeys.versions(id ?? 0),
    queryFn: ({ signal }) => read('/api/areas/{id}/versions', { params: { path: { id: id! } }, signal }),
    enabled: id !== null,
  })
}

export function useApprovalQueue(enabled: boolean) {
  return useQuery({
    queryKey: areaKeys.queue,
    queryFn: ({ signal }) => read('/api/areas/queue', { signal }),
    enabled,
  })
}

type SaveVars =
  | { csrf: string; mineId: number; attributes: AreaAttributes; geometry: Schemas['GeometryInput'] }
  | {
      csrf: string
      id: number
      version: number
      attributes: Partial<AreaAttributes>
      geometry?: Schemas['GeometryInput']
    }

/** Create (no id) or update at the version read; the server's refusal comes back as an ApiError. */
export function useSaveArea() {
  return useApiMutation(
    (v: SaveVars) =>
      ('id' in v
        ? ok(
            writeClient(v.csrf).PUT('/api/areas/{id}', {
              params: { path: { id: v.id } },
              body: { version: v.version, ...v.attributes, ...(v.geometry ? { geometry: v.geometry } : {}) },
            }),
          )
        : ok(
            writeClient(v.csrf).POST('/api/mines/{id}/areas', {
              params: { path: { id: v.mineId } },
              body: { ...(v.attributes as Schemas['CreateAreaBody']), geometry: v.geometry },
            }),
          )) as Promise<AreaFeature>,
    { invalidates: [areaKeys.all] },
  )
}

export type Decision = 'submit' | 'approve' | 'reject'

export function useDecideArea() {
  return useApiMutation(
    ({
      csrf,
      id,
      version,
      action,
      reason,
    }: {
      csrf: string
      id: number
      version: number
      action: Decision
      reason?: string
    }) => {
      const client = writeClient(csrf)
      const params = { path: { id } }
      if (action === 'reject')
        return ok(client.POST('/api/areas/{id}/reject', { params, body: { version, reason: reason ?? '' } }))
      if (action === 'approve')
        return ok(client.POST('/api/areas/{id}/approve', { params, body: { version } }))
      return ok(client.POST('/api/areas/{id}/submit', { params, body: { version } }))
    },
    { invalidates: [areaKeys.all] },
  )
}

/** A dry run of the import API: the file's records in CRS84 with their problems; nothing is written. */
export function previewImport(
  csrf: string,
  mineId: number,
  kind: AreaKind,
  file: File,
): Promise<ImportReport> {
  const form = new FormData()
  form.set('file', file)
  form.set('kind', kind)
  form.set('commit', 'false')
  return ok(
    writeClient(csrf).POST('/api/mines/{id}/imports', {
      params: { path: { id: mineId } },
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  ) as Promise<ImportReport>
}

export type AreaDocumentKind = Schemas['AreaDocumentUpload']['kind']

export function useAreaDocuments(id: number) {
  return useQuery({
    queryKey: [...areaKeys.one(id), 'documents'],
    queryFn: ({ signal }) => read('/api/areas/{id}/documents', { params: { path: { id } }, signal }),
  })
}

/** Files evidence for an area (multipart: the file and its kind). */
export function useAttachDocument(id: number) {
  return useApiMutation(
    ({ csrf, file, kind }: { csrf: string; file: File; kind: AreaDocumentKind }) => {
      const form = new FormData()
      form.set('file', file)
      form.set('kind', kind)
      return ok(
        writeClient(csrf).POST('/api/areas/{id}/documents', {
          params: { path: { id } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      )
    },
    { invalidates: [[...areaKeys.one(id), 'documents']] },
  )
}
