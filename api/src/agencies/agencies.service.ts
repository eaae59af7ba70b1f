import type { z } from '@hono/zod-openapi'
import {
  AGENCY_MIN_SENIOR_SHARE,
  AGENCY_MIN_STAFF,
  checkAgencyHeadcount,
  isBefore,
  RuleError,
} from '@zgm/domain'
import type { Transaction } from 'kysely'
import { appendAudit } from '../audit/audit.queries'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import { HttpError, notFound } from '../http/errors'
import { toAgency, toExpert } from './agencies.mappers'
import {
  agencyRows,
  creditCodeTaken,
  endExpertRegistration,
  expertRows,
  findAgency,
  insertAgency,
  insertExpert,
  insertListing,
  listingRows,
  lockExpert,
  regionExists,
} from './agencies.queries'
import type { AgencyBody, ExpertBody, ExpertEndBody, ListingBody } from './agencies.schemas'

type Listing = z.infer<typeof ListingBody>

/** The provincial list with its experts (public information); `on` keeps the agencies listed that day. */
export async function listAgencies(db: Db, on?: string) {
  const rows = await agencyRows(db, on)
  const ids = rows.map((r) => r.id)
  const [listings, experts] = await Promise.all([listingRows(db, ids), expertRows(db, ids)])
  return rows.map((r) => toAgency(r, listings, experts))
}

function dateOrder(field: string, from: string, to: string | undefined) {
  if (to !== undefined && isBefore(to, from)) {
    throw new HttpError({
      code: 'invalid_input',
      field,
      issue: 'date_range',
      expected: `on or after ${from}`,
    })
  }
}

/** §4.2: a listed agency has ≥ 15 professional staff, ≥ 30% senior; the round's dates run forward. */
function checkListing(agencyId: number, l: Listing) {
  dateOrder('listing.validTo', l.validFrom, l.validTo)
  if (l.validTo === l.validFrom) {
    throw new HttpError({ code: 'invalid_input', field: 'listing.validTo', issue: 'date_range' })
  }
  if (l.seniorCount > l.staffCount || !checkAgencyHeadcount(l.staffCount, l.seniorCount).ok) {
    throw new RuleError({
      code: 'R3.2.agency_understaffed',
      agencyId: String(agencyId),
      staff: l.staffCount,
      seniors: l.seniorCount,
      minStaff: AGENCY_MIN_STAFF,
      minSeniorShare: AGENCY_MIN_SENIOR_SHARE,
    })
  }
}

async function writeListing(tx: Transaction<DB>, user: SessionUser, agencyId: number, l: Listing) {
  checkListing(agencyId, l)
  const taken = await tx
    .selectFrom('agency_listing')
    .select('agency_id')
    .where('agency_id', '=', agencyId)
    .where('list_name', '=', l.listName)
    .executeTakeFirst()
  if (taken) {
    throw new HttpError({ code: 'invalid_input', field: 'listing.listName', issue: 'invalid_value' })
  }
  await insertListing(tx, {
    agency_id: agencyId,
    list_name: l.listName,
    valid_from: l.validFrom,
    valid_to: l.validTo,
    staff_count: l.staffCount,
    senior_count: l.seniorCount,
    application_ref: l.applicationRef,
    recorded_by: user.id,
  })
  await audit(tx, user, 'agency.listing', agencyId, l)
}

const audit = (tx: Transaction<DB>, user: SessionUser, action: string, id: number, after: unknown) =>
  appendAudit(tx, {
    actorUserId: user.id,
    actorRole: user.role,
    action,
    objectType: action.startsWith('expert') ? 'expert' : 'agency',
    objectId: id,
    after,
  })

async function agencyView(tx: Transaction<DB>, id: number) {
  const [row] = (await agencyRows(tx)).filter((r) => r.id === id)
  return toAgency(row!, await listingRows(tx, [id]), await expertRows(tx, [id]))
}

/** A region that exists and a credit code no other organisation holds (else 400, never a 500). */
async function checkAgencyFacts(tx: Transaction<DB>, body: z.infer<typeof AgencyBody>) {
  if (body.regionCode && !(await regionExists(tx, body.regionCode))) {
    throw new HttpError({ code: 'unknown_region', region: body.regionCode })
  }
  if (body.creditCode && (await creditCodeTaken(tx, body.creditCode))) {
    throw new HttpError({ code: 'invalid_input', field: 'creditCode', issue: 'invalid_value' })
  }
}

export function createAgency(db: Db, user: SessionUser, body: z.infer<typeof AgencyBody>) {
  return db.transaction().execute(async (tx) => {
    await checkAgencyFacts(tx, body)
    const id = await insertAgency(tx, {
      name: body.name,
      credit_code: body.creditCode ?? null,
      region_code: body.regionCode ?? null,
    })
    await audit(tx, user, 'agency.create', id, { name: body.name, regionCode: body.regionCode ?? null })
    await writeListing(tx, user, id, body.listing)
    return agencyView(tx, id)
  })
}

export function addListing(db: Db, user: SessionUser, agencyId: number, body: Listing) {
  return db.transaction().execute(async (tx) => {
    if (!(await findAgency(tx, agencyId))) throw notFound('agency', agencyId)
    await writeListing(tx, user, agencyId, body)
    return agencyView(tx, agencyId)
  })
}

export function registerExpert(
  db: Db,
  user: SessionUser,
  agencyId: number,
  body: z.infer<typeof ExpertBody>,
) {
  return db.transaction().execute(async (tx) => {
    if (!(await findAgency(tx, agencyId))) throw notFound('agency', agencyId)
    dateOrder('registeredTo', body.registeredFrom, body.registeredTo)
    const id = await insertExpert(tx, {
      agency_id: agencyId,
      name: body.name,
      senior: body.senior,
      specialty: body.specialty,
      registered_from: body.registeredFrom,
      registered_to: body.registeredTo ?? null,
      user_id: null,
    })
    await audit(tx, user, 'expert.register', id, { agencyId, ...body })
    const [row] = (await expertRows(tx, [agencyId])).filter((e) => e.id === id)
    return toExpert(row!)
  })
}

/** Ends a registration (kept, never deleted: past teams stay explainable). */
export function endRegistration(
  db: Db,
  user: SessionUser,
  expertId: number,
  body: z.infer<typeof ExpertEndBody>,
) {
  return db.transaction().execute(async (tx) => {
    const expert = await lockExpert(tx, expertId)
    if (!expert) throw notFound('expert', expertId)
    dateOrder('registeredTo', expert.registered_from, body.registeredTo)
    await endExpertRegistration(tx, expertId, body.registeredTo)
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'expert.deregister',
      objectType: 'expert',
      objectId: expertId,
      before: { registeredTo: expert.registered_to },
      after: body,
    })
    const [row] = (await expertRows(tx, [expert.agency_id])).filter((e) => e.id === expertId)
    return toExpert(row!)
  })
}
