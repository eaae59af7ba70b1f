// `npm test`: the whole suite in two vitest processes at once. One vitest process runs every
// project that has `fileParallelism: false` (db, web-e2e) in one queue, one file at a time, so
// the database files and the browser files never overlapped although they share nothing (the db
// files take turns on their embedded PostGIS, the browser files on their server and Chromium).
// Two processes let them overlap; each lane keeps its own files one at a time as before. The
// database files are split further over two lanes (each with its own embedded PostGIS and scratch
// database from its global setup): alone they took 1,863 s of a 1,960 s CI run, on one core.
// With arguments (`npm test -- web/e2e/map.test.ts`) it is a plain `vitest run <args>`;
// `npm test -- --lanes <filters>` runs the lanes on the matching files only.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildWebIfStale, ROOT } from './web-build'

const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs')

interface Lane {
  name: string
  projects: string[]
  /** The lane's own files (all of its projects' files when absent). */
  files?: string[]
}

/** The `db` project's test files (vitest.config.ts), relative to the root. */
function dbFiles(): string[] {
  return ['api/src', 'scripts'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts') && !f.split('/').includes('node_modules'))
      .map((f) => `${dir}/${f}`),
  )
}

/**
 * The database files in `count` lanes of about equal weight, the larger files placed first on the
 * lightest lane (file size stands in for run time, as in vitest's own ordering of unknown files).
 */
export function splitFiles(files: string[], count: number, weight: (f: string) => number): string[][] {
  const lanes = Array.from({ length: count }, () => ({ files: [] as string[], weight: 0 }))
  for (const f of [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const lightest = lanes.reduce((min, l) => (l.weight < min.weight ? l : min))
    lightest.files.push(f)
    lightest.weight += weight(f)
  }
  return lanes.map((l) => l.files.sort())
}

/**
 * The lanes: the database files in two; everything else (pure, web, browser) in a third. With
 * `filters` (vitest's substring match on paths) a database lane keeps only its matching files and
 * is left out when none match.
 */
function lanes(filters: string[]): Lane[] {
  const matching = dbFiles().filter((f) => !filters.length || filters.some((x) => f.includes(x)))
  const [a, b] = splitFiles(matching, 2, (f) => statSync(join(ROOT, f)).size)
  const db: Lane[] = [
    { name: 'db1', projects: ['db'], files: a },
    { name: 'db2', projects: ['db'], files: b },
  ]
  return [...db.filter((l) => l.files!.length), { name: 'web', projects: ['domain', 'web', 'web-e2e'] }]
}

interface Counts {
  passed: number
  failed: number
  skipped: number
  total: number
}

/** Vitest's JSON report (the figures `.ci/run` sums); null when the lane died before writing it. */
function readCounts(file: string): Counts | null {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'))
    return {
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
      total: r.numTotalTests,
    }
  } catch {
    return null
  }
}

/** Runs one lane, each output line prefixed with the lane's name; resolves with its exit code. */
function runLane(
  { name, projects, files }: Lane,
  report: string,
  filters: string[],
): { child: ChildProcess; done: Promise<number> } {
  const args = [VITEST, 'run', ...projects.flatMap((p) => ['--project', p])]
  if (filters.length) args.push('--passWithNoTests')
  args.push(...(files ?? filters))
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`)
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  const tag = `${name.padEnd(3)} │ `
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = ''
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop()!
      for (const line of lines) process.stdout.write(tag + line + '\n')
    })
    stream.on('end', () => rest && process.stdout.write(tag + rest + '\n'))
  }
  const done = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
  return { child, done }
}

async function main(): Promise<number> {
  const extra = process.argv.slice(2)
  const filters = extra[0] === '--lanes' ? extra.slice(1) : []
  if (extra.length && extra[0] !== '--lanes') {
    const child = spawn(process.execPath, [VITEST, 'run', ...extra], { cwd: ROOT, stdio: 'inherit' })
    return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
  }
  // Built once before the lanes start: servers that db files start read web/dist, which a build
  // in the browser lane's setup would otherwise empty under them.
  buildWebIfStale((line) => console.log(`[test] ${line}`))
  const dir = mkdtempSync(join(tmpdir(), 'zgm-lanes-'))
  const t0 = performance.now()
  const running = lanes(filters).map((lane) => {
    const report = join(dir, `${lane.name}.json`)
    return { ...lane, report, ...runLane(lane, report, filters) }
  })
  const stop = () => running.forEach((l) => l.child.exitCode === null && l.child.kill('SIGINT'))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  const codes = await Promise.all(running.map((l) => l.done))
  const sum: Counts = { passed: 0, failed: 0, skipped: 0, total: 0 }
  let status = 0
  console.log('')
  running.forEach((lane, i) => {
    const counts = readCounts(lane.report)
    if (codes[i] !== 0 || !counts) status = 1
    console.log(
      `lane ${lane.name} (${lane.projects.join(', ')}${lane.files ? `, ${lane.files.length} files` : ''}): exit ${codes[i]}, ${JSON.stringify(counts)}`,
    )
    if (counts) for (const k of Object.keys(sum) as (keyof Counts)[]) sum[k] += counts[k]
  })
  rmSync(dir, { recursive: true, force: true })
  // The one summary line in vitest's own shape (`.ci/run` reads the last such line).
  console.log(
    `      Tests  ${sum.failed} failed | ${sum.passed} passed | ${sum.skipped} skipped (${sum.total})`,
  )
  console.log(`   Duration  ${((performance.now() - t0) / 1000).toFixed(1)} s (all lanes)`)
  return status
}

process.exitCode = await main()
