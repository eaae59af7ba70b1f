import { createRoute, z } from '@hono/zod-openapi'
import { router } from '../http/router'
import type { AppDeps } from '../app-deps'
import { IdParam } from '../http/common.schemas'
import { limitBody, signedIn } from '../http/request-guards'
import { errorResponse } from '../http/error-schema'
import { requireUser } from '../auth/guards'
import type { AppEnv } from '../http/env'
import { contentDisposition } from './content-disposition'
import { AreaDocumentUpload, DocumentList, DocumentMeta, DocumentUpload } from './documents.schemas'
import {
  DOCUMENT_LIMITS,
  areaDocuments,
  downloadDocument,
  mineDocuments,
  uploadAreaDocument,
  uploadDocument,
} from './documents.service'

const tags = ['documents']

const uploadRoute = createRoute({
  method: 'post',
  path: '/mines/{id}/documents',
  tags,
  summary:
    'File a document for a mine; its type is read from the content and must match its name and claimed type',
  security: [{ cookieAuth: [], csrfToken: [] }],
  middleware: [signedIn, limitBody(DOCUMENT_LIMITS.maxBodyBytes)],
  request: {
    params: IdParam,
    body: { required: true, content: { 'multipart/form-data': { schema: DocumentUpload } } },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: DocumentMeta } },
      description: 'stored, with its SHA-256',
    },
    400: errorResponse('invalid_input (missing file or kind), empty_file'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: role, mine or kind not allowed; csrf'),
    404: errorResponse('not_found: no such mine'),
    413: errorResponse('payload_too_large: over 20 MB'),
    415: errorResponse(
      'type_mismatch (name/claimed type vs content, both named), unsupported_type, type_not_allowed_for_kind',
    ),
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/mines/{id}/documents',
  tags,
  summary: "A mine's documents (metadata only)",
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: DocumentList } }, description: 'newest first' },
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden'),
    404: errorResponse('not_found'),
  },
})

const downloadRoute = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags,
  summary: 'Download a document (as an attachment, with nosniff)',
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: {
    200: {
      content: {
        'application/octet-stream': { schema: z.string().openapi({ type: 'string', format: 'binary' }) },
      },
      description: 'the stored bytes with their sniffed Content-Type',
    },
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden'),
    404: errorResponse('not_found'),
  },
})

const areaUploadRoute = createRoute({
  method: 'post',
  path: '/areas/{id}/documents',
  tags,
  summary: 'Attach evidence (plan, photo) to a restoration or reclamation area; checked like any document',
  security: [{ cookieAuth: [], csrfToken: [] }],
  middleware: [signedIn, limitBody(DOCUMENT_LIMITS.maxBodyBytes)],
  request: {
    params: IdParam,
    body: { required: true, content: { 'multipart/form-data': { schema: AreaDocumentUpload } } },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: DocumentMeta } },
      description: 'stored, with its SHA-256 and the area',
    },
    400: errorResponse('invalid_input (missing file or kind), empty_file'),
    401: errorResponse('unauthenticated'),
    403: errorResponse(
      'forbidden: only those who may edit the area (planner in region, the enterprise); csrf',
    ),
    404: errorResponse('not_found: no such area, or not visible'),
    413: errorResponse('payload_too_large: over 20 MB'),
    415: errorResponse(
      'type_mismatch, unsupported_type, type_not_allowed_for_kind (a photo must be an image)',
    ),
  },
})

const areaListRoute = createRoute({
  method: 'get',
  path: '/areas/{id}/documents',
  tags,
  summary: "An area's evidence documents (metadata only)",
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: DocumentList } }, description: 'newest first' },
    401: errorResponse('unauthenticated'),
    404: errorResponse('not_found'),
  },
})

/** The document routes, to mount under /api. */
export function documentRoutes(deps: Pick<AppDeps, 'db'>) {
  return router()
    .openapi(uploadRoute, async (c) => {
      const { file, kind } = c.req.valid('form')
      return c.json(await uploadDocument(deps.db, requireUser(c), c.req.valid('param').id, file, kind), 201)
    })
    .openapi(listRoute, async (c) => {
      return c.json({ documents: await mineDocuments(deps.db, requireUser(c), c.req.valid('param').id) }, 200)
    })
    .openapi(areaUploadRoute, async (c) => {
      const { file, kind } = c.req.valid('form')
      return c.json(
        await uploadAreaDocument(deps.db, requireUser(c), c.req.valid('param').id, file, kind),
        201,
      )
    })
    .openapi(areaListRoute, async (c) => {
      return c.json({ documents: await areaDocuments(deps.db, requireUser(c), c.req.valid('param').id) }, 200)
    })
    .openapi(downloadRoute, async (c) => {
      const { meta, content } = await downloadDocument(deps.db, requireUser(c), c.req.valid('param').id)
      return c.body(new Uint8Array(content), 200, {
        'Content-Type': meta.mediaType,
        'Content-Length': String(content.length),
        'Content-Disposition': contentDisposition(meta.filename),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
        ETag: `"${meta.sha256}"`,
      })
    })
}
