// The test clock (CLOCK_FILE, demo mode only): the business date is read from a file on each use, so a
// test can move "today" forward through a programme year (a report window, a publicity period) while
// the server runs. Recorded instants (recorded_at, audit) stay on the real clock: a test clock moves
// business dates only, never what the system knew when. A writer replaces the file whole (write a sibling,
// rename it over): a reading between a plain write's truncate and its write sees an empty file.
import { readFileSync } from 'node:fs'
import { isIsoDate, setBusinessClock, type IsoDate } from '@zgm/domain'

export function readClockFile(path: string): IsoDate {
  const text: unknown = readFileSync(path, 'utf8').trim()
  if (isIsoDate(text)) return text
  throw new Error(`CLOCK_FILE ${path} must hold a date YYYY-MM-DD, got "${String(text).slice(0, 40)}"`)
}

/** Makes the file the business clock (checked once now, so a bad file stops the start). */
export function installClockFile(path: string): IsoDate {
  const today = readClockFile(path)
  setBusinessClock(() => readClockFile(path))
  return today
}
