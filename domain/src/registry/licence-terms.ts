// §2 剩余出让年限: the mining-right term as a history of terms; a renewal follows the previous term.
import { addDays, isAfter, isOnOrBefore, parseIsoDate, type IsoDate } from '../dates'
import { RuleError } from '../errors'

/** One term of a licence: granted first, then each renewal (延续). */
export interface LicenceTerm {
  validFrom: IsoDate
  validTo: IsoDate
  /** The business date the term was granted or the renewal registered. */
  registeredOn: IsoDate
}

/**
 * The term as the history stood on `asOf`: from the first term's first day to the last day of
 * the terms registered by then (renewals follow each other without gap or overlap). `validFrom`
 * is null for a licence without terms; `validTo` is null before any term was registered.
 */
export function termAsOf(
  terms: readonly LicenceTerm[],
  asOf: IsoDate,
): { validFrom: IsoDate | null; validTo: IsoDate | null } {
  const starts = terms.map((t) => t.validFrom).sort()
  const ends = terms
    .filter((t) => isOnOrBefore(t.registeredOn, asOf))
    .map((t) => t.validTo)
    .sort()
  return { validFrom: starts[0] ?? null, validTo: ends.at(-1) ?? null }
}

/** A term must end after it starts. */
export function checkTerm(validFrom: IsoDate, validTo: IsoDate): void {
  parseIsoDate(validFrom)
  parseIsoDate(validTo)
  if (!isAfter(validTo, validFrom)) {
    throw new RuleError({ code: 'R1.term_invalid', reason: 'ends_before_start', validFrom, validTo })
  }
}

/**
 * A renewal starts the day after the latest term ends: earlier overlaps it, later leaves a gap in
 * which the mine would have mined without a right.
 */
export function checkRenewal(
  terms: readonly LicenceTerm[],
  next: { validFrom: IsoDate; validTo: IsoDate },
): void {
  checkTerm(next.validFrom, next.validTo)
  const previousValidTo = terms
    .map((t) => t.validTo)
    .sort()
    .at(-1)
  if (!previousValidTo) return
  const expectedFrom = addDays(previousValidTo, 1)
  if (next.validFrom === expectedFrom) return
  throw new RuleError({
    code: 'R1.term_invalid',
    reason: isAfter(next.validFrom, expectedFrom) ? 'gap' : 'overlap',
    validFrom: next.validFrom,
    previousValidTo,
    expectedFrom,
  })
}
