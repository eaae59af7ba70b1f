import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { clientIp } from '../auth/client-ip'
import { requireUser } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { IdParam } from '../http/common.schemas'
import { limitBody, signedIn } from '../http/request-guards'
import { router } from '../http/router'
import { toBureauObjection, toPublicObjection } from './objections.mappers'
import { objectionRows } from './objections.queries'
import {
  BureauObjectionList,
  ObjectionDecision,
  ObjectionDecisionBody,
  ObjectionForm,
  ObjectionReceipt,
  PublicObjectionList,
  PublicObjectionsQuery,
} from './objections.schemas'
import { OBJECTION_LIMITS, decideObjection, objectionScope, submitObjection } from './objections.service'

const submit = createRoute({
  method: 'post',
  path: '/objections',
  tags: ['public'],
  summary: 'Object to a running county or provincial notice (公示异议), without an account (R3.5, R3.7)',
  middleware: [limitBody(OBJECTION_LIMITS.maxBodyBytes)] as const,
  request: { body: { required: true, content: { 'multipart/form-data': { schema: ObjectionForm } } } },
  responses: {
    201: { content: { 'application/json': { schema: ObjectionReceipt } }, description: 'received' },
    400: errorResponse('invalid_input'),
    404: errorResponse('not_found: no such notice'),
    413: errorResponse('payload_too_large'),
    415: errorResponse('type_mismatch, unsupported_type, type_not_allowed_for_kind (attachment)'),
    422: errorResponse(
      'objection_closed (outside the notice period), objection_rejected (text, mine, notice kind)',
    ),
    429: errorResponse('too_many_attempts: too many objections from this address; Retry-After'),
  },
})

const published = createRoute({
  method: 'get',
  path: '/objections',
  tags: ['public'],
  summary:
    'Objections and their published decisions (upheld or dismissed, with the reason); no objector data',
  request: { query: PublicObjectionsQuery },
  responses: {
    200: { content: { 'application/json': { schema: PublicObjectionList } }, description: 'newest first' },
    400: errorResponse('invalid query'),
  },
})

const bureauList = createRoute({
  method: 'get',
  path: '/objections',
  tags: ['workflow'],
  summary: 'Objections to the notices of your region, with their text and contact, to decide them',
  middleware: [signedIn] as const,
  request: { query: PublicObjectionsQuery },
  responses: {
    200: { content: { 'application/json': { schema: BureauObjectionList } }, description: 'newest first' },
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: bureaus only'),
  },
})

const decide = createRoute({
  method: 'post',
  path: '/objections/{id}/decision',
  tags: ['workflow'],
  summary: 'The publishing bureau decides an objection: upheld or dismissed, with its reason (R3.5, R3.7)',
  middleware: [signedIn] as const,
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: ObjectionDecisionBody } } },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: ObjectionDecision } },
      description: 'decided',
    },
    400: errorResponse('invalid_input'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: not the publishing bureau'),
    404: errorResponse('not_found'),
    409: errorResponse('objection_decided'),
    422: errorResponse('future_date, backdated'),
  },
})

/** Anonymous: file an objection, read the published decisions (mounted under /api/public). */
export function publicObjectionRoutes({ db, config }: AppDeps) {
  return router()
    .openapi(submit, async (c) => {
      const receipt = await submitObjection(db, clientIp(c, config.trustProxy), c.req.valid('form'))
      return c.json(ObjectionReceipt.parse(receipt), 201)
    })
    .openapi(published, async (c) => {
      c.header('Cache-Control', 'public, max-age=60')
      const rows = await objectionRows(db, { publicityId: c.req.valid('query').publicityId })
      return c.json(PublicObjectionList.parse({ items: rows.map(toPublicObjection) }), 200)
    })
}

/** Bureaus: the objections of their region, and the publisher's decision (mounted under /api). */
export function objectionRoutes({ db }: AppDeps) {
  return router()
    .openapi(bureauList, async (c) => {
      const regionPrefix = objectionScope(requireUser(c))
      const rows = await objectionRows(db, { publicityId: c.req.valid('query').publicityId, regionPrefix })
      return c.json(BureauObjectionList.parse({ items: rows.map(toBureauObjection) }), 200)
    })
    .openapi(decide, async (c) => {
      const result = await decideObjection(db, requireUser(c), c.req.valid('param').id, c.req.valid('json'))
      return c.json(ObjectionDecision.parse(result), 200)
    })
}
