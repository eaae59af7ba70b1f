import { createRoute, z } from '@hono/zod-openapi'
import { AREA_LIMITS } from '@zgm/domain'
import { router } from '../http/router'
import type { AppDeps } from '../app-deps'
import { errorResponse } from '../http/error-schema'
import { requireUser } from '../auth/guards'
import type { AppEnv } from '../http/env'
import {
  AreaCollection,
  AreaFeature,
  AreaHistory,
  AreaQueue,
  CreateAreaBody,
  RejectBody,
  UpdateAreaBody,
  VersionBody,
  VersionQuery,
} from './area.schemas'
import { IdParam } from '../http/common.schemas'
import {
  approvalQueue,
  areaHistory,
  createArea,
  decideArea,
  deleteArea,
  getArea,
  listMineAreas,
  updateArea,
  type AreaDeps,
} from './areas.service'
import { limitBody, signedIn } from '../http/request-guards'

const tags = ['areas']
const readSecurity = [{ cookieAuth: [] }]
const writeSecurity = [{ cookieAuth: [], csrfToken: [] }]
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
})

const readErrors = {
  400: errorResponse('invalid_input'),
  401: errorResponse('unauthenticated'),
  403: errorResponse('forbidden: no access to the mine'),
  404: errorResponse('not_found'),
}

const geometryErrors = {
  400: errorResponse(
    'invalid_input (body), geometry_type, unsupported_crs, invalid_coordinates, coordinate_out_of_range, ' +
      'swapped_coordinates, ring_not_closed, ring_too_short, nothing_to_change',
  ),
  413: errorResponse('payload_too_large (over 2 MB)'),
  422: errorResponse(
    'geometry_self_intersection and the other geometry_* validity codes (params.at: [lng, lat]), ' +
      'outside_province, too_far_from_footprint (params.distanceM), ' +
      'too_many_vertices, area_out_of_range, footprint_read_only',
  ),
}

const writeErrors = {
  ...readErrors,
  403: errorResponse('forbidden (role × region × ownership), or csrf'),
  409: errorResponse(
    'version_conflict (params.currentVersion and params.current: the feature as it is now), R3.illegal_transition',
  ),
  422: errorResponse('footprint_read_only'),
}

const guarded = [signedIn, limitBody(AREA_LIMITS.maxBodyBytes)]

const listRoute = createRoute({
  method: 'get',
  path: '/mines/{id}/areas',
  tags,
  summary: "A mine's footprint, restoration (生态修复) and reclamation (土地复垦) areas as GeoJSON",
  security: readSecurity,
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: { 200: json(AreaCollection, 'the live (not deleted) areas'), ...readErrors },
})

const createAreaRoute = createRoute({
  method: 'post',
  path: '/mines/{id}/areas',
  tags,
  summary: 'Draw a restoration or reclamation area (starts as a draft, version 1)',
  security: writeSecurity,
  middleware: guarded,
  request: { params: IdParam, body: jsonBody(CreateAreaBody) },
  responses: { 201: json(AreaFeature, 'created'), ...writeErrors, ...geometryErrors },
})

const getRoute = createRoute({
  method: 'get',
  path: '/areas/{id}',
  tags,
  summary: 'One area as a GeoJSON Feature',
  security: readSecurity,
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: { 200: json(AreaFeature, 'the area'), ...readErrors },
})

const updateRoute = createRoute({
  method: 'put',
  path: '/areas/{id}',
  tags,
  summary:
    'Change geometry and/or attributes at the version read; an approved area goes back to draft (revise)',
  security: writeSecurity,
  middleware: guarded,
  request: { params: IdParam, body: jsonBody(UpdateAreaBody) },
  responses: { 200: json(AreaFeature, 'the new version'), ...writeErrors, ...geometryErrors },
})

const deleteRoute = createRoute({
  method: 'delete',
  path: '/areas/{id}',
  tags,
  summary: 'Soft-delete a draft or rejected area (its history stays)',
  security: writeSecurity,
  middleware: [signedIn] as const,
  request: { params: IdParam, query: VersionQuery },
  responses: { 204: { description: 'deleted' }, ...writeErrors },
})

const historyRoute = createRoute({
  method: 'get',
  path: '/areas/{id}/versions',
  tags,
  summary: 'Every version of an area: geometry, attributes, change kind, who and when',
  security: readSecurity,
  middleware: [signedIn] as const,
  request: { params: IdParam },
  responses: { 200: json(AreaHistory, 'oldest first'), ...readErrors },
})

const queueRoute = createRoute({
  method: 'get',
  path: '/areas/queue',
  tags,
  summary: "The bureau's approval queue: submitted areas in the caller's region, oldest first",
  security: readSecurity,
  middleware: [signedIn] as const,
  responses: {
    200: json(AreaQueue, 'the submitted areas'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: only county, city and province bureaus decide on areas'),
  },
})

const decision = (action: string, summary: string) => ({
  method: 'post' as const,
  path: `/areas/{id}/${action}`,
  tags,
  summary,
  security: writeSecurity,
  middleware: guarded,
  responses: { 200: json(AreaFeature, 'the new version'), ...writeErrors },
})

const submitRoute = createRoute({
  ...decision('submit', 'Submit a draft or rejected area for approval (planner in region, the enterprise)'),
  request: { params: IdParam, body: jsonBody(VersionBody) },
})
const approveRoute = createRoute({
  ...decision('approve', 'Approve a submitted area (county, city or province bureau in region)'),
  request: { params: IdParam, body: jsonBody(VersionBody) },
})
const rejectRoute = createRoute({
  ...decision('reject', 'Reject a submitted area with a reason (county, city or province bureau in region)'),
  request: { params: IdParam, body: jsonBody(RejectBody) },
})

/** The area routes, to mount under /api. */
export function areaRoutes(deps: Pick<AppDeps, 'db' | 'config'>) {
  const areas: AreaDeps = { db: deps.db, maxDistanceM: deps.config.areaMaxDistanceM }
  return router()
    .openapi(listRoute, async (c) => {
      const features = await listMineAreas(areas, requireUser(c), c.req.valid('param').id)
      return c.json({ type: 'FeatureCollection' as const, features }, 200)
    })
    .openapi(createAreaRoute, async (c) => {
      const feature = await createArea(areas, requireUser(c), c.req.valid('param').id, c.req.valid('json'))
      return c.json(feature, 201)
    })
    .openapi(queueRoute, async (c) => c.json({ items: await approvalQueue(areas, requireUser(c)) }, 200))
    .openapi(getRoute, async (c) =>
      c.json(await getArea(areas, requireUser(c), c.req.valid('param').id), 200),
    )
    .openapi(updateRoute, async (c) => {
      const feature = await updateArea(areas, requireUser(c), c.req.valid('param').id, c.req.valid('json'))
      return c.json(feature, 200)
    })
    .openapi(deleteRoute, async (c) => {
      await deleteArea(areas, requireUser(c), c.req.valid('param').id, c.req.valid('query').version)
      return c.body(null, 204)
    })
    .openapi(historyRoute, async (c) => {
      const { id } = c.req.valid('param')
      return c.json({ areaId: id, versions: await areaHistory(areas, requireUser(c), id) }, 200)
    })
    .openapi(submitRoute, async (c) => {
      const { version } = c.req.valid('json')
      return c.json(await decideArea(areas, requireUser(c), c.req.valid('param').id, 'submit', version), 200)
    })
    .openapi(approveRoute, async (c) => {
      const { version } = c.req.valid('json')
      return c.json(await decideArea(areas, requireUser(c), c.req.valid('param').id, 'approve', version), 200)
    })
    .openapi(rejectRoute, async (c) => {
      const { version, reason } = c.req.valid('json')
      return c.json(
        await decideArea(areas, requireUser(c), c.req.valid('param').id, 'reject', version, reason),
        200,
      )
    })
}
