import { createRoute, type z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import { IdParam } from '../http/common.schemas'
import type { AppEnv } from '../http/env'
import { errorResponse } from '../http/error-schema'
import { limitBody, signedIn } from '../http/request-guards'
import { requestLang } from '../http/request-lang'
import { router } from '../http/router'
import { importJobOf, startImportJob } from './import-jobs'
import { toImportJob } from './imports.mappers'
import { ImportJob, ImportReport, ImportUpload } from './imports.schemas'
import { importFile, type ImportInput } from './imports.service'

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024

const security = [{ cookieAuth: [], csrfToken: [] }]
const uploadRefusals = {
  400: errorResponse('invalid_input'),
  401: errorResponse('unauthenticated'),
  403: errorResponse(
    'forbidden: not an area editor of this mine (restoration, reclamation), not a bureau that may write it ' +
      '(footprint, licence), csrf',
  ),
  404: errorResponse('not_found: no such mine'),
  413: errorResponse('payload_too_large: over 20 MB'),
}
const fileRefused =
  'import_refused (unknown_format, wrong_magic, unsafe_zip_path, zip_too_large, broken_file, external_entity, ' +
  'no_records, too_many_records): nothing written'
const upload = {
  params: IdParam,
  body: { required: true, content: { 'multipart/form-data': { schema: ImportUpload } } },
}

const importRoute = createRoute({
  method: 'post',
  path: '/mines/{id}/imports',
  tags: ['imports'],
  summary:
    "Import a GIS file as a mine's restoration/reclamation areas, footprint or licensed area: dry run (every record " +
    'with its problems) or commit (all or none), answered when done',
  security,
  middleware: [signedIn, limitBody(IMPORT_MAX_BYTES)],
  request: upload,
  responses: {
    200: { content: { 'application/json': { schema: ImportReport } }, description: 'the report' },
    ...uploadRefusals,
    422: errorResponse(`${fileRefused}, or import_has_problems (commit refused, nothing written)`),
  },
})

const startJobRoute = createRoute({
  method: 'post',
  path: '/mines/{id}/import-jobs',
  tags: ['imports'],
  summary:
    'The same import as a job for large files: answered 202 once the file is read, then checked and written in ' +
    'the background; GET the job (Location) for its phase, records processed and, at the end, the report',
  security,
  middleware: [signedIn, limitBody(IMPORT_MAX_BYTES)],
  request: upload,
  responses: {
    202: { content: { 'application/json': { schema: ImportJob } }, description: 'the job, running' },
    ...uploadRefusals,
    422: errorResponse(fileRefused),
  },
})

const jobRoute = createRoute({
  method: 'get',
  path: '/import-jobs/{id}',
  tags: ['imports'],
  summary: 'An import job of the caller: status, phase, records processed of total, the report when done',
  security: [{ cookieAuth: [] }],
  middleware: [signedIn],
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: ImportJob } }, description: 'the job' },
    401: errorResponse('unauthenticated'),
    404: errorResponse('not_found: no such job of this user'),
  },
})

async function inputOf(form: z.infer<typeof ImportUpload>): Promise<ImportInput> {
  return {
    filename: form.file.name,
    bytes: new Uint8Array(await form.file.arrayBuffer()),
    kind: form.kind,
    commit: form.commit === 'true',
    declaredAreaM2: form.declaredAreaKm2 === undefined ? null : form.declaredAreaKm2 * 1_000_000,
  }
}

export function importRoutes(deps: AppDeps) {
  const areaDeps = { db: deps.db, maxDistanceM: deps.config.areaMaxDistanceM }
  const lang = (c: Context) => requestLang(c.req)
  return router<AppEnv>()
    .openapi(importRoute, async (c) => {
      const { id } = c.req.valid('param')
      const input = await inputOf(c.req.valid('form'))
      const report = await importFile(areaDeps, requireUser(c), id, input, lang(c))
      return c.json(ImportReport.parse(report), 200)
    })
    .openapi(startJobRoute, async (c) => {
      const { id } = c.req.valid('param')
      const input = await inputOf(c.req.valid('form'))
      const job = await startImportJob(areaDeps, requireUser(c), id, input, lang(c))
      c.header('Location', `/api/import-jobs/${job.id}`)
      return c.json(ImportJob.parse(toImportJob(job)), 202)
    })
    .openapi(jobRoute, async (c) => {
      const job = await importJobOf(areaDeps, requireUser(c), c.req.valid('param').id)
      return c.json(ImportJob.parse(toImportJob(job)), 200)
    })
}
