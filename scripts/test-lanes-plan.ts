// The lanes of `npm test` (scripts/test-lanes.ts): which vitest projects and files each runs.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './web-build'

/** The db project's files (vitest.config.ts `include`), relative to the root. */
function dbFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : walk(path)
      return name.endsWith('.test.ts') ? [relative(ROOT, path)] : []
    })
  return [...walk(join(ROOT, 'api/src')), ...walk(join(ROOT, 'scripts'))].sort()
}

/**
 * Files that seed or open the demo world: they share the lane that fills its templates (once per
 * lane, backend and date). A new file lands by what it calls.
 */
const opensDemoWorld = (file: string) =>
  /\b(openDemoWorld|seedDemo|seedDemoIfEmpty)\(/.test(readFileSync(join(ROOT, file), 'utf8'))

/**
 * Seconds the db files of 20 s or more took in a CI run (2026-12-01, one db lane beside the
 * browser lane on 2 cores); any other file counts DEFAULT_SECONDS (the mean of the rest there).
 * Only the two db lanes' balance depends on these: a stale figure makes one lane end later, it
 * never runs a file twice or not at all.
 */
const MEASURED_SECONDS: Record<string, number> = {
  'api/src/seed/demo-present.test.ts': 208,
  'api/src/assessment/assessment.test.ts': 197,
  'api/src/seed/demo.test.ts': 190,
  'api/src/security/access-matrix.test.ts': 131,
  'api/src/imports/imports.test.ts': 115,
  'api/src/stats/snapshot-spans.test.ts': 103,
  'api/src/resilience/backup-restore.test.ts': 53,
  'scripts/boundaries.test.ts': 51,
  'api/src/ogc/ogc.large-download.test.ts': 47,
  'api/src/auth/auth.routes.test.ts': 46,
  'api/src/registry/registry.test.ts': 45,
  'api/src/areas/areas.routes.test.ts': 43,
  'api/src/security/hostile-input.test.ts': 41,
  'api/src/resilience/load.test.ts': 41,
  'api/src/field-inspections/field-inspections.test.ts': 40,
  'api/src/testing/schema-template.test.ts': 40,
  'api/src/objections/objections.test.ts': 39,
  'api/src/resilience/sigkill.test.ts': 38,
  'api/src/evaluator-draws/fair-evaluation.test.ts': 37,
  'api/src/server.test.ts': 36,
  'api/src/workflow/workflow.test.ts': 35,
  'api/src/resilience/two-instances.test.ts': 35,
  'api/src/tiles/tiles.routes.test.ts': 33,
  'api/src/ogc/ogc.gdal.test.ts': 30,
  'api/src/areas/area-progress.test.ts': 29,
  'api/src/site-photos/site-photos.test.ts': 26,
  'api/src/tiles/tile-thin-cells.test.ts': 25,
  'api/src/db/replica.test.ts': 22,
  'api/src/db/app-role.test.ts': 21,
}
const DEFAULT_SECONDS = 8
const secondsOf = (file: string) => MEASURED_SECONDS[file] ?? DEFAULT_SECONDS

export interface Lane {
  name: string
  projects: string[]
  /** The lane's files (null: every file of its projects). */
  files: string[] | null
}

/**
 * The lanes: the db files in two, everything else (pure, web, browser) in the third. Lane `dbw`
 * holds the demo world's files; the other db files go, heaviest first, to whichever db lane has
 * fewer seconds so far.
 */
export function lanes(): Lane[] {
  const db = dbFiles()
  const world = db.filter(opensDemoWorld)
  const split = { db: [] as string[], dbw: world }
  const seconds = { db: 0, dbw: world.reduce((sum, f) => sum + secondsOf(f), 0) }
  const rest = db
    .filter((f) => !opensDemoWorld(f))
    .sort((a, b) => secondsOf(b) - secondsOf(a) || (a < b ? -1 : 1))
  for (const file of rest) {
    const lane = seconds.db <= seconds.dbw ? 'db' : 'dbw'
    split[lane] = [...split[lane], file]
    seconds[lane] += secondsOf(file)
  }
  return [
    { name: 'db', projects: ['db'], files: split.db.sort() },
    { name: 'dbw', projects: ['db'], files: split.dbw.sort() },
    { name: 'web', projects: ['domain', 'web', 'web-e2e'], files: null },
  ]
}
