import type { z } from '@hono/zod-openapi'
import type { AgencyRow, ExpertRow, ListingRow } from './agencies.queries'
import type { Agency, Expert, Listing } from './agencies.schemas'

export const toListing = (r: ListingRow): z.infer<typeof Listing> => ({
  listName: r.list_name,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  staffCount: r.staff_count,
  seniorCount: r.senior_count,
  applicationRef: r.application_ref,
  recordedAt: new Date(r.recorded_at).toISOString(),
})

export const toExpert = (r: ExpertRow): z.infer<typeof Expert> => ({
  id: r.id,
  agencyId: r.agency_id,
  name: r.name,
  senior: r.senior,
  specialty: r.specialty,
  registeredFrom: r.registered_from,
  registeredTo: r.registered_to,
})

export function toAgency(
  row: AgencyRow,
  listings: readonly ListingRow[],
  experts: readonly ExpertRow[],
): z.infer<typeof Agency> {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    listings: listings.filter((l) => l.agency_id === row.id).map(toListing),
    experts: experts.filter((e) => e.agency_id === row.id).map(toExpert),
  }
}
