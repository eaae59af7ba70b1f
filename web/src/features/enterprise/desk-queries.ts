// Reads and writes of the enterprise and county intake desks, through the one query cache. Staff only:
// the desk routes import it, the public draw page never does.
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, ok, read } from '../../api/client'
import { STAFF, queryKeys } from '../../api/query-keys'
import type { MineDetail, Schemas } from '../../api/schemas'
import { useApiMutation } from '../../api/use-api-mutation'
import { writeClient } from '../../api/write-client'

export type MineListItem = Schemas['MineListItem']
export type GreenState = MineListItem['greenState']
export type IndicatorSetView = Schemas['IndicatorSet']
export type EvaluatorDraw = Schemas['EvaluatorDraw']
export type BureauObjection = Schemas['BureauObjection']
export type DocumentMeta = Schemas['DocumentMeta']
export type SubmitBody = Schemas['SubmitSelfAssessmentBody']
export type PublishBody = Schemas['PublishCountyPublicityBody']
export type CloseBody = Schemas['CloseCountyPublicityBody']

export const deskKeys = {
  mines: (state: string | null) => [...STAFF, 'desk', 'mines', state] as const,
  indicatorSets: ['indicator-sets'] as const,
  // Not under 'desk': a write to the mine must not refetch it (the draw's answer is put in the cache).
  draws: (mineId: number) => [...STAFF, 'draws', mineId] as const,
  objections: [...STAFF, 'desk', 'objections'] as const,
  exceptions: (mineId: number) => [...STAFF, 'desk', 'exceptions', mineId] as const,
}

/** The mines the user may see (the enterprise: its own), optionally in one workflow state. */
export function useDeskMines(state: GreenState | null = null) {
  return useQuery({
    queryKey: deskKeys.mines(state),
    queryFn: ({ signal }) =>
      read('/api/mines', { params: { query: { state: state ?? undefined, pageSize: 200 } }, signal }),
  })
}

/** The details (timeline, documents, allowed events) of several mines, one request each. */
export function useMineDetails(ids: readonly number[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.mine(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        read('/api/mines/{id}', { params: { path: { id } }, signal }),
    })),
  })
}

export function useIndicatorSets() {
  return useQuery({
    queryKey: deskKeys.indicatorSets,
    queryFn: ({ signal }) => read('/api/public/indicator-sets', { signal }),
    staleTime: Infinity,
  })
}

/** What a write to one mine makes stale: the mine itself and the desk lists. */
const mineChanged = (mineId: number) => [queryKeys.mine(mineId), [...STAFF, 'desk']] as const

/** Files a document for a mine (multipart; the server reads its type from the content). */
export function useUploadDocument(mineId: number) {
  return useApiMutation(
    ({
      csrf,
      file,
      kind,
    }: {
      csrf: string
      file: File
      kind: DocumentMeta['kind']
    }): Promise<DocumentMeta> => {
      const form = new FormData()
      form.set('file', file)
      form.set('kind', kind)
      return ok(
        writeClient(csrf).POST('/api/mines/{id}/documents', {
          params: { path: { id: mineId } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      ) as Promise<DocumentMeta>
    },
    { invalidates: [queryKeys.mine(mineId)] },
  )
}

type EventPath =
  | '/api/mines/{id}/events/submit_self_assessment'
  | '/api/mines/{id}/events/publish_county_publicity'
  | '/api/mines/{id}/events/close_county_publicity'

/** One workflow step (the body carries `expectedVersion`: a stale page is refused, 409, never lost). */
export function useMineEvent<B>(mineId: number, path: EventPath) {
  return useApiMutation(
    ({ csrf, body }: { csrf: string; body: B }) =>
      ok(writeClient(csrf).POST(path, { params: { path: { id: mineId } }, body: body as never })),
    { invalidates: mineChanged(mineId) },
  )
}

/** A mine's draws, newest first. Not from the browser's HTTP cache: the public answer is cacheable. */
export function useMineDraws(mineId: number) {
  return useQuery({
    queryKey: deskKeys.draws(mineId),
    queryFn: ({ signal }) =>
      ok(
        api.GET('/api/public/evaluator-draws', { params: { query: { mineId } }, signal, cache: 'no-store' }),
      ),
  })
}

/** Puts a draw the server answered with into the mine's list (replacing the same draw). */
function useKeepDraw(mineId: number) {
  const queryClient = useQueryClient()
  return (draw: EvaluatorDraw) =>
    queryClient.setQueryData(deskKeys.draws(mineId), (list: { items: EvaluatorDraw[] } | undefined) => ({
      items: [draw, ...(list?.items ?? []).filter((d) => d.id !== draw.id)],
    }))
}

/** Commits a draw: the seed's hash and the candidates are published, the seed kept until the reveal. */
export function useCommitDraw(mineId: number) {
  const keep = useKeepDraw(mineId)
  return useApiMutation(
    ({ csrf, exceptionId }: { csrf: string; exceptionId?: number }) =>
      ok(
        writeClient(csrf).POST('/api/mines/{id}/evaluator-draws', {
          params: { path: { id: mineId } },
          body: exceptionId ? { exceptionId } : {},
        }),
      ),
    { invalidates: mineChanged(mineId), onSuccess: keep },
  )
}

export function useRevealDraw(mineId: number) {
  const keep = useKeepDraw(mineId)
  return useApiMutation(
    ({ csrf, drawId, expectedVersion }: { csrf: string; drawId: number; expectedVersion: number }) =>
      ok(
        writeClient(csrf).POST('/api/evaluator-draws/{id}/reveal', {
          params: { path: { id: drawId } },
          body: { expectedVersion },
        }),
      ),
    { invalidates: mineChanged(mineId), onSuccess: (result) => keep(result.draw) },
  )
}

export function useMineExceptions(mineId: number) {
  return useQuery({
    queryKey: deskKeys.exceptions(mineId),
    queryFn: ({ signal }) =>
      read('/api/mines/{id}/evaluator-exceptions', { params: { path: { id: mineId } }, signal }),
  })
}

/** Asks the province for a direct assignment or a redraw, with the reason. */
export function useRequestException(mineId: number) {
  return useApiMutation(
    ({ csrf, body }: { csrf: string; body: Schemas['ExceptionBody'] }) =>
      ok(
        writeClient(csrf).POST('/api/mines/{id}/evaluator-exceptions', {
          params: { path: { id: mineId } },
          body,
        }),
      ),
    { invalidates: [deskKeys.exceptions(mineId)] },
  )
}

/** The objections to the notices of the bureau's region, with their text. */
export function useBureauObjections() {
  return useQuery({
    queryKey: deskKeys.objections,
    queryFn: ({ signal }) => read('/api/objections', { signal }),
  })
}

export function useDecideObjection() {
  return useApiMutation(
    ({ csrf, id, upheld, reason }: { csrf: string; id: number; upheld: boolean; reason: string }) =>
      ok(
        writeClient(csrf).POST('/api/objections/{id}/decision', {
          params: { path: { id } },
          body: { upheld, reason },
        }),
      ),
    { invalidates: [deskKeys.objections, [...STAFF, 'mine']] },
  )
}

export type { MineDetail }
