// §4.2 相对独立性: an agency is conflicted if it did business with the mine within a year either side, or helped write its reports.
import { addYears, isWithin, type IsoDate } from '../dates'

/** A recorded dealing between an agency (or an inspector) and a mine. */
export interface Dealing {
  partyId: string
  mineId: string
  kind: 'business' | 'report_help'
  /** When the business took place; ignored for report_help, which conflicts whenever it happened. */
  on?: IsoDate | null
}

/** Dealings that make `partyId` conflicted for `mineId` on `on`; a null `mineId` means the dealings are all about this mine. */
export function conflictsFor(
  partyId: string,
  mineId: string | null,
  on: IsoDate,
  dealings: readonly Dealing[],
): Dealing[] {
  const from = addYears(on, -1)
  const to = addYears(on, 1)
  return dealings.filter(
    (d) =>
      d.partyId === partyId &&
      (mineId === null || d.mineId === mineId) &&
      (d.kind === 'report_help' || !d.on || isWithin(d.on, from, to)),
  )
}

export function hasConflict(
  partyId: string,
  mineId: string | null,
  on: IsoDate,
  dealings: readonly Dealing[],
): boolean {
  return conflictsFor(partyId, mineId, on, dealings).length > 0
}
