import { buildHolidayCalendar, type CalendarDay, type HolidayCalendar } from '@zgm/domain'
import type { Conn } from '../db/database'

/** The official holiday calendar as stored (data/calendar/cn-public-holidays.csv, loaded by the reference seed). */
export async function loadHolidayCalendar(conn: Conn): Promise<HolidayCalendar> {
  const rows = await conn
    .selectFrom('holiday_calendar')
    .select(['day', 'kind', 'name', 'year', 'notice'])
    .execute()
  return buildHolidayCalendar(rows.map((r) => ({ ...r, date: r.day })))
}

/** Adds the days not stored yet; a day already stored keeps its row (a correction is a new migration). */
export async function storeHolidayCalendar(conn: Conn, days: readonly CalendarDay[]): Promise<void> {
  if (!days.length) return
  await conn
    .insertInto('holiday_calendar')
    .values(days.map((d) => ({ day: d.date, kind: d.kind, name: d.name, year: d.year, notice: d.notice })))
    .onConflict((oc) => oc.column('day').doNothing())
    .execute()
}
