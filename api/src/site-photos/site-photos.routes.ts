import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole, requireUser } from '../auth/guards'
import { DOCUMENT_LIMITS } from '../documents/documents.service'
import { errorResponse } from '../http/error-schema'
import { IdParam } from '../http/common.schemas'
import { limitBody, signedIn } from '../http/request-guards'
import { router } from '../http/router'
import { SITE_PHOTO_TOLERANCE_M } from './site-photos.queries'
import { SitePhoto, SitePhotoList, SitePhotoUpload } from './site-photos.schemas'
import { sitePhotos, uploadSitePhoto } from './site-photos.service'

const tags = ['site-photos']

const uploadRoute = createRoute({
  method: 'post',
  path: '/mines/{id}/site-photos',
  tags,
  summary:
    "An on-site photo (an evaluator's verification, a bureau's field inspection): stored as a document, its position (EXIF read on the server, else the device's) placed against the footprint; with clientId a resend returns the stored photo (200)",
  security: [{ cookieAuth: [], csrfToken: [] }],
  middleware: [signedIn, limitBody(DOCUMENT_LIMITS.maxBodyBytes)],
  request: {
    params: IdParam,
    body: { required: true, content: { 'multipart/form-data': { schema: SitePhotoUpload } } },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: SitePhoto } },
      description: 'already stored under this clientId',
    },
    201: { content: { 'application/json': { schema: SitePhoto } }, description: 'stored and placed' },
    400: errorResponse('invalid_input (missing file, lng without lat, out of range), empty_file'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: evaluators and county/city/province bureaus only; csrf'),
    409: errorResponse('field.client_id_reused: the clientId names another photo'),
    404: errorResponse('not_found: no such mine, or not assigned to your agency'),
    413: errorResponse('payload_too_large: over 20 MB'),
    415: errorResponse('type_mismatch, unsupported_type, type_not_allowed_for_kind (not an image)'),
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/mines/{id}/site-photos',
  tags,
  summary: "A mine's site photos with their positions and placement (an evaluator: its agency's)",
  security: [{ cookieAuth: [] }],
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: SitePhotoList } }, description: 'newest first' },
    401: errorResponse('unauthenticated'),
    404: errorResponse('not_found'),
  },
})

/** The site-photo routes, to mount under /api. */
export function sitePhotoRoutes(deps: Pick<AppDeps, 'db'>) {
  return router()
    .openapi(uploadRoute, async (c) => {
      // Evaluators for their verifications; bureaus for their field inspections (issue 16 §4).
      const user = requireRole(c, 'evaluator', 'county', 'city', 'province')
      const { file, lng, lat, clientId, inspectionClientId } = c.req.valid('form')
      const device: [number, number] | null = lng !== undefined && lat !== undefined ? [lng, lat] : null
      const { photo, replayed } = await uploadSitePhoto(
        deps.db,
        user,
        c.req.valid('param').id,
        file,
        device,
        {
          clientId,
          inspectionClientId,
        },
      )
      return replayed ? c.json(photo, 200) : c.json(photo, 201)
    })
    .openapi(listRoute, async (c) => {
      const items = await sitePhotos(deps.db, requireUser(c), c.req.valid('param').id)
      return c.json({ items, toleranceM: SITE_PHOTO_TOLERANCE_M }, 200)
    })
}
