/**
 * A test that cannot run here says so out loud; under ZGM_NO_SKIP=1 (set by .ci/run)
 * a skip is a failure, so CI never skips silently.
 */
export function noteSkip(what: string, why: string): void {
  if (process.env.ZGM_NO_SKIP === '1') throw new Error(`cannot skip ${what} under ZGM_NO_SKIP=1: ${why}`)
  console.warn(`\n  SKIPPED: ${what} — ${why}\n`)
}
