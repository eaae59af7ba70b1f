import { z } from '@hono/zod-openapi'
import { IsoDateTime, RegionCode } from '../http/common.schemas'
import { NOTIFICATION_KINDS } from './notify'

export const NotificationKind = z.enum(NOTIFICATION_KINDS).openapi('NotificationKind', {
  description: 'What new work the notification announces',
})

export const NotificationParams = z
  .record(z.string(), z.union([z.string(), z.number(), z.null()]))
  .openapi('NotificationParams', {
    description: 'The facts the text is worded from (dates, result, deadline…)',
  })

export const Notification = z
  .object({
    id: z.number().int(),
    kind: NotificationKind,
    mineId: z.number().int().nullable(),
    mineName: z.string().nullable(),
    countyCode: RegionCode.nullable(),
    params: NotificationParams,
    createdAt: IsoDateTime,
    readAt: IsoDateTime.nullable().openapi({ description: 'When this user read it; null = unread' }),
  })
  .openapi('Notification')

export const Inbox = z
  .object({
    items: z.array(Notification).openapi({ description: 'Newest first, at most 200' }),
    unread: z.number().int().openapi({ description: 'Unread notifications in all' }),
  })
  .openapi('Inbox')

export const InboxQuery = z
  .object({
    unread: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true'))
      .openapi({ description: 'true: unread only; false: read only; absent: all' }),
  })
  .openapi('InboxQuery')

export const InboxReadAll = z
  .object({ marked: z.number().int().openapi({ description: 'Notifications newly marked read' }) })
  .openapi('InboxReadAll')
