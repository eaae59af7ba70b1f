// The history is planned past today (a batch's steps, a spot check's re-check, a notice's closing) and
// then cut at today: nothing dated today or later has happened yet, so rows that would be dated then
// are left out, and dates of what is still pending (a notice's closing, an objection's decision, a
// re-check, a resumption, a removal) are left empty. The events are cut the same way (events.ts).
import type { IsoDate } from '@zgm/domain'
import type { Builder } from './builder'
import type { DemoTables } from './types'

type Rows<T extends keyof DemoTables> = DemoTables[T]

/** Keeps the rows `happened` says have happened, in place. */
function keep<T extends keyof DemoTables>(b: Builder, table: T, happened: (row: Rows<T>[number]) => boolean) {
  const rows = b.tables[table] as Rows<T>[number][]
  const kept = rows.filter(happened)
  rows.length = 0
  rows.push(...kept)
}

export function cutAtToday(b: Builder): void {
  const before = (date: IsoDate | null) => date !== null && date < b.today
  const pending = (date: IsoDate | null) => (before(date) ? date : null)

  keep(b, 'self_assessment', (r) => before(r.received_on))
  keep(b, 'evaluator_assignment', (r) => before(r.assigned_on))
  keep(b, 'verification', (r) => before(r.verified_on))
  keep(b, 'publicity', (r) => before(r.published_on))
  const notices = new Set(b.tables.publicity.map((r) => r.id))
  keep(b, 'publicity_item', (r) => notices.has(r.publicity_id))
  keep(b, 'objection', (r) => before(r.received_on))
  keep(b, 'city_report', (r) => before(r.submitted_on))
  const reports = new Set(b.tables.city_report.map((r) => r.id))
  keep(b, 'city_report_item', (r) => reports.has(r.report_id))
  keep(b, 'directory_entry', (r) => before(r.entered_on))
  keep(b, 'spot_check_draw', (r) => before(r.drawn_on))
  keep(b, 'spot_check', (r) => before(r.checked_on))
  keep(b, 'rectification_order', (r) => before(r.issued_on))
  keep(b, 'suspension', (r) => before(r.ordered_on))
  keep(b, 'blacklist_entry', (r) => before(r.listed_on))
  keep(b, 'archived_original', (r) => before(r.archived_on))
  keep(b, 'document', (r) => before(r.uploaded_at.slice(0, 10)))
  keep(b, 'licence_term', (r) => before(r.registered_on))
  keep(b, 'licence_event', (r) => before(r.occurred_on))
  keep(b, 'mine_equipment_event', (r) => before(r.occurred_on))

  for (const r of b.tables.publicity) r.closed_on = pending(r.closed_on)
  for (const r of b.tables.objection) {
    if (before(r.decided_on)) continue
    r.decided_on = null
    r.upheld = null
  }
  for (const r of b.tables.directory_entry) {
    if (before(r.removed_on)) continue
    r.removed_on = null
    r.removal_reason = null
    r.exposure_publicity_id = null
  }
  for (const r of b.tables.directory_entry)
    if (r.exposure_publicity_id !== null && !notices.has(r.exposure_publicity_id))
      r.exposure_publicity_id = null
  for (const r of b.tables.spot_check_draw) r.published_on = pending(r.published_on)
  const assignments = new Set(b.tables.evaluator_assignment.map((r) => r.id))
  for (const r of b.tables.rectification_order) {
    if (r.recheck_assignment_id !== null && !assignments.has(r.recheck_assignment_id))
      r.recheck_assignment_id = null
    // A failed re-check is closed by the province's confirmed removal, which may still be pending.
    if (!before(r.closed_on)) {
      r.closed_on = null
      r.removal_confirmed_by = null
    }
    if (before(r.recheck_on)) continue
    r.recheck_on = null
    r.recheck_passed = null
  }
  for (const r of b.tables.suspension) {
    r.accepted_on = pending(r.accepted_on)
    r.resumed_on = pending(r.resumed_on)
  }
  for (const m of b.mines) {
    if (!before(m.enteredOn)) m.enteredOn = null
    if (!before(m.removedOn)) m.removedOn = null
  }
}
