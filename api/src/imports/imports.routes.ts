import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import { IdParam } from '../http/common.schemas'
import type { AppEnv } from '../http/env'
import { errorResponse } from '../http/error-schema'
import { limitBody, signedIn } from '../http/request-guards'
import { requestLang } from '../http/request-lang'
import { router } from '../http/router'
import { ImportReport, ImportUpload } from './imports.schemas'
import { importAreas } from './imports.service'

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024

const importRoute = createRoute({
  method: 'post',
  path: '/mines/{id}/imports',
  tags: ['imports'],
  summary:
    'Import restoration/reclamation areas from a GIS file: dry run (every record with its problems) or commit (all or none)',
  security: [{ cookieAuth: [], csrfToken: [] }],
  middleware: [signedIn, limitBody(IMPORT_MAX_BYTES)],
  request: {
    params: IdParam,
    body: { required: true, content: { 'multipart/form-data': { schema: ImportUpload } } },
  },
  responses: {
    200: { content: { 'application/json': { schema: ImportReport } }, description: 'the report' },
    400: errorResponse('invalid_input'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden (not an area editor of this mine), csrf'),
    404: errorResponse('not_found: no such mine'),
    413: errorResponse('payload_too_large: over 20 MB'),
    422: errorResponse(
      'import_refused (unknown_format, wrong_magic, unsafe_zip_path, zip_too_large, broken_file, external_entity, ' +
        'no_records, too_many_records) or import_has_problems (commit refused, nothing written)',
    ),
  },
})

export function importRoutes(deps: AppDeps) {
  const areaDeps = { db: deps.db, maxDistanceM: deps.config.areaMaxDistanceM }
  return router<AppEnv>().openapi(importRoute, async (c) => {
    const user = requireUser(c)
    const { id } = c.req.valid('param')
    const form = c.req.valid('form')
    const bytes = new Uint8Array(await form.file.arrayBuffer())
    const report = await importAreas(
      areaDeps,
      user,
      id,
      {
        filename: form.file.name,
        bytes,
        kind: form.kind,
        commit: form.commit === 'true',
        declaredAreaM2: form.declaredAreaKm2 === undefined ? null : form.declaredAreaKm2 * 1_000_000,
      },
      requestLang(c.req),
    )
    return c.json(ImportReport.parse(report), 200)
  })
}
