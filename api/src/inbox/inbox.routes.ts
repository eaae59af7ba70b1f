import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { appendAudit } from '../audit/audit.queries'
import { requireUser } from '../auth/guards'
import { IdParam } from '../http/common.schemas'
import { errorResponse } from '../http/error-schema'
import { notFound } from '../http/errors'
import { router } from '../http/router'
import { toNotification } from './inbox.mappers'
import { findOwnNotification, listInbox, markRead, unreadIds } from './inbox.queries'
import { Inbox, InboxQuery, InboxReadAll, Notification } from './inbox.schemas'

const errors = {
  400: errorResponse('invalid input'),
  401: errorResponse('not signed in'),
}

const listRoute = createRoute({
  method: 'get',
  path: '/inbox',
  tags: ['inbox'],
  summary:
    'Your notifications of new work (addressed to you, or to your role in your region or organisation)',
  request: { query: InboxQuery },
  responses: {
    200: {
      content: { 'application/json': { schema: Inbox } },
      description: 'newest first, with the unread count',
    },
    ...errors,
  },
})

const readRoute = createRoute({
  method: 'post',
  path: '/inbox/{id}/read',
  tags: ['inbox'],
  summary: 'Mark one of your notifications read (again: no change)',
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: Notification } }, description: 'the notification, read' },
    ...errors,
    404: errorResponse('no such notification of yours'),
  },
})

const readAllRoute = createRoute({
  method: 'post',
  path: '/inbox/read-all',
  tags: ['inbox'],
  summary: 'Mark every one of your notifications read',
  responses: {
    200: {
      content: { 'application/json': { schema: InboxReadAll } },
      description: 'how many were newly read',
    },
    ...errors,
  },
})

/** The inbox: each user reads only their own notifications; reading is theirs alone (R8: audited). */
export function inboxRoutes({ db }: AppDeps) {
  return router()
    .openapi(listRoute, async (c) => {
      const user = requireUser(c)
      const { unread } = c.req.valid('query')
      const { rows, unread: count } = await listInbox(db, user, { unread, limit: 200 })
      return c.json({ items: rows.map(toNotification), unread: count }, 200)
    })
    .openapi(readRoute, async (c) => {
      const user = requireUser(c)
      const { id } = c.req.valid('param')
      const row = await db.transaction().execute(async (tx) => {
        if (!(await findOwnNotification(tx, user, id))) throw notFound('notification', id)
        if ((await markRead(tx, user, [id])) > 0) {
          await appendAudit(tx, {
            actorUserId: user.id,
            actorRole: user.role,
            action: 'inbox.read',
            objectType: 'notification',
            objectId: id,
          })
        }
        return (await findOwnNotification(tx, user, id))!
      })
      return c.json(toNotification(row), 200)
    })
    .openapi(readAllRoute, async (c) => {
      const user = requireUser(c)
      const marked = await db.transaction().execute(async (tx) => {
        const ids = await unreadIds(tx, user)
        const n = await markRead(tx, user, ids)
        if (n > 0) {
          await appendAudit(tx, {
            actorUserId: user.id,
            actorRole: user.role,
            action: 'inbox.read_all',
            objectType: 'user',
            objectId: user.id,
            after: { marked: n },
          })
        }
        return n
      })
      return c.json({ marked }, 200)
    })
}
