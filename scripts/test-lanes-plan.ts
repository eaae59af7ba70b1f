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
 * lane, backend and date), the other db files the other lane. A new file lands by what it calls.
 */
const opensDemoWorld = (file: string) =>
  /\b(openDemoWorld|seedDemo|seedDemoIfEmpty)\(/.test(readFileSync(join(ROOT, file), 'utf8'))

export interface Lane {
  name: string
  projects: string[]
  /** The lane's files (null: every file of its projects). */
  files: string[] | null
}

/** The lanes: the db files in two (the demo world's and the rest); everything else (pure, web, browser) in the third. */
export function lanes(): Lane[] {
  const db = dbFiles()
  return [
    { name: 'db', projects: ['db'], files: db.filter((f) => !opensDemoWorld(f)) },
    { name: 'dbw', projects: ['db'], files: db.filter(opensDemoWorld) },
    { name: 'web', projects: ['domain', 'web', 'web-e2e'], files: null },
  ]
}
