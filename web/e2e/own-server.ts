// A server of a test file's own (real HTTP, demo data on a fresh database of the PostgreSQL server),
// for a file whose steps consume what the demo world has waiting (a received report, an archived
// mine) and so must not share the world with the other files; optionally on a test clock.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createScratchDatabase } from '../../api/src/testing/scratch-database'
import { demoWorldCopy } from './demo-template'
import { startServerProcess } from '../../api/src/testing/server-process'
import { noteSkip } from '../../api/src/testing/skips'
import { e2eBaseUrl } from './browser'

/** The PostgreSQL server the own servers use; null (with a noted skip) when there is none. */
export function ownServerDatabase(what: string): string | null {
  const url = process.env.ZGM_E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null
  if (e2eBaseUrl() && !url) noteSkip(what, 'it needs a PostgreSQL server (TEST_DATABASE_URL)')
  return e2eBaseUrl() ? url : null
}

export interface OwnServer {
  url: string
  /** The fresh database's URL (to add an account the demo lacks). */
  databaseUrl: string
  /** Moves the test clock (only when started with `today`). */
  setToday(date: string): void
  stop(): Promise<void>
}

/**
 * Serves the demo world up to `today`: seeded afresh for a test clock's date; for the real date
 * (`today` omitted) a copy of the run's template of it, which the first such file seeds.
 */
export async function startOwnServer(serverUrl: string, prefix: string, today?: string): Promise<OwnServer> {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  const clock = join(dir, 'today')
  // Replaced whole (a sibling renamed over it): the server reads the file on every request, and
  // one reading between a plain write's truncate and its write saw "" and answered 500.
  const setToday = (date: string) => {
    writeFileSync(`${clock}.next`, date)
    renameSync(`${clock}.next`, clock)
  }
  if (today) setToday(today)
  const t0 = performance.now()
  const scratch = today
    ? await createScratchDatabase(serverUrl, prefix)
    : await demoWorldCopy(serverUrl, prefix)
  const server = await startServerProcess(
    { ...(today ? { CLOCK_FILE: clock } : {}), DATA_DIR: dir, DEMO: 'true', DATABASE_URL: scratch.url },
    600_000,
  )
  // What the server logs from here on (a 500's cause, a refused write) shows beside the test that
  // met it, instead of staying in a buffer no one reads.
  server.child.stderr!.on('data', (chunk: Buffer) =>
    process.stderr.write(`[own server ${prefix}] ${chunk.toString().trimEnd()}\n`),
  )
  const how = today ? `seeded to ${today}` : "copied from the run's template"
  console.log(
    `[own server] ${prefix}: demo world ${how}, serving after ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  )
  return {
    url: server.url,
    databaseUrl: scratch.url,
    setToday,
    async stop() {
      await server.kill()
      await scratch.drop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
