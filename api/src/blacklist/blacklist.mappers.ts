import type { z } from '@hono/zod-openapi'
import type { BlacklistRow, ExposureRow } from './blacklist.queries'
import type { PublicBlacklistEntry, PublicExposure } from './blacklist.schemas'

export const toPublicBlacklistEntry = (r: BlacklistRow): z.infer<typeof PublicBlacklistEntry> => ({
  id: r.id,
  subject: r.subject,
  enterpriseName: r.enterprise_name,
  personName: r.person_name,
  personRole: r.person_role,
  mineName: r.mine_name,
  reason: r.reason,
  listedOn: r.listed_on,
  delistedOn: r.delisted_on,
  delistingReason: r.delisting_reason,
})

export const toPublicExposure = (r: ExposureRow): z.infer<typeof PublicExposure> => ({
  mineName: r.mine_name,
  enterpriseName: r.enterprise_name,
  countyName: r.county_name,
  enteredOn: r.entered_on,
  removedOn: r.removed_on,
  reason: r.removal_reason,
  noticeId: r.notice_id,
  noticeTitle: r.notice_title,
})
