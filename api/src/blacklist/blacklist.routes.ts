// §4.4 公开曝光 and 行业诚信"黑名单": the public list, and the province's recorded delisting decisions.
import { createRoute } from '@hono/zod-openapi'
import { isAfter, isBefore } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import { appendAudit } from '../audit/audit.queries'
import { requireUser } from '../auth/guards'
import type { Db } from '../db/database'
import { errorResponse } from '../http/error-schema'
import { IdParam } from '../http/common.schemas'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import { signedIn } from '../http/request-guards'
import { router } from '../http/router'
import { today } from '../workflow/workflow.service'
import { toPublicBlacklistEntry, toPublicExposure } from './blacklist.mappers'
import { blacklistRows, delist, exposureRows, findBlacklistEntry } from './blacklist.queries'
import { BlacklistQuery, DelistingBody, PublicBlacklist, PublicBlacklistEntry } from './blacklist.schemas'

const list = createRoute({
  method: 'get',
  path: '/blacklist',
  tags: ['public'],
  summary:
    'Public exposure list (removed mines) and the industry integrity blacklist (enterprises, responsible persons) (R6)',
  request: { query: BlacklistQuery },
  responses: {
    200: { content: { 'application/json': { schema: PublicBlacklist } }, description: 'newest first' },
    400: errorResponse('invalid query'),
  },
})

const delisting = createRoute({
  method: 'post',
  path: '/blacklist/{id}/delisting',
  tags: ['workflow'],
  summary:
    'The province records a delisting decision with its reason; until then the enterprise is refused (R6)',
  middleware: [signedIn] as const,
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: DelistingBody } } },
  },
  responses: {
    200: { content: { 'application/json': { schema: PublicBlacklistEntry } }, description: 'delisted' },
    400: errorResponse('invalid_input'),
    401: errorResponse('unauthenticated'),
    403: errorResponse('forbidden: the province only'),
    404: errorResponse('not_found'),
    422: errorResponse('R6.not_blacklisted, future_date, backdated'),
  },
})

async function recordDelisting(db: Db, user: SessionUser, id: number, body: { reason: string; on?: string }) {
  if (user.role !== 'province') {
    throw new HttpError({ code: 'forbidden', reason: 'role_required', roles: ['province'], role: user.role })
  }
  await db.transaction().execute(async (tx) => {
    const entry = await findBlacklistEntry(tx, id)
    if (!entry) throw notFound('blacklist_entry', id)
    if (entry.delisted_on)
      throw new HttpError({ code: 'R6.not_blacklisted', entryId: id, delistedOn: entry.delisted_on })
    const on = body.on ?? today()
    if (isAfter(on, today())) throw new HttpError({ code: 'future_date', on })
    if (isBefore(on, entry.listed_on)) throw new HttpError({ code: 'backdated', on, lastOn: entry.listed_on })
    await delist(tx, id, { on, reason: body.reason, userId: user.id })
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'blacklist.delist',
      objectType: 'blacklist_entry',
      objectId: id,
      before: { delistedOn: null },
      after: { delistedOn: on, reason: body.reason },
    })
  })
  const row = (await blacklistRows(db, 'all')).find((r) => r.id === id)!
  return toPublicBlacklistEntry(row)
}

/** The public list (under /api/public) and the province's delisting (under /api). */
export function publicBlacklistRoutes({ db }: AppDeps) {
  return router().openapi(list, async (c) => {
    c.header('Cache-Control', 'public, max-age=60')
    const [entries, exposures] = await Promise.all([
      blacklistRows(db, c.req.valid('query').status),
      exposureRows(db),
    ])
    return c.json(
      PublicBlacklist.parse({
        blacklist: entries.map(toPublicBlacklistEntry),
        exposures: exposures.map(toPublicExposure),
      }),
      200,
    )
  })
}

export function blacklistRoutes({ db }: AppDeps) {
  return router().openapi(delisting, async (c) => {
    const entry = await recordDelisting(db, requireUser(c), c.req.valid('param').id, c.req.valid('json'))
    return c.json(PublicBlacklistEntry.parse(entry), 200)
  })
}
