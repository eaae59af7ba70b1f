// `npm test`: the whole suite in three vitest processes at once. One vitest process runs every
// project that has `fileParallelism: false` (db, web-e2e) in one queue, one file at a time, so
// the database files and the browser files never overlapped although they share nothing (the db
// files take turns on their embedded PostGIS, the browser files on their server and Chromium).
// Separate processes let them overlap; each lane keeps its own files one at a time as before.
// The db files are two lanes, each with its own embedded PostGIS and server database: one lane
// alone kept a core idle for the last third of a CI run (a db file mostly runs one thread).
// With arguments (`npm test -- web/e2e/map.test.ts`) it is a plain `vitest run <args>`;
// `npm test -- --lanes <filters>` runs the lanes on the matching files only.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lanes, type Lane } from './test-lanes-plan'
import { buildWebIfStale, ROOT } from './web-build'

const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs')

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
): { child: ChildProcess; done: Promise<number>; seconds: Map<string, number> } {
  const args = [VITEST, 'run', ...projects.flatMap((p) => ['--project', p])]
  if (filters.length) args.push('--passWithNoTests')
  args.push(...(files ?? filters))
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`)
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  const tag = `${name.padEnd(3)} │ `
  const seconds = new Map<string, number>()
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = ''
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n')
      rest = lines.pop()!
      for (const line of lines) {
        process.stdout.write(tag + line + '\n')
        const file = FILE_DONE.exec(line.replace(/\x1b\[[\d;]*m/g, ''))
        if (file) seconds.set(file[1], Number(file[2]) / 1000)
      }
    })
    stream.on('end', () => rest && process.stdout.write(tag + rest + '\n'))
  }
  const done = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
  return { child, done, seconds }
}

/** Vitest's line for a finished file: its path and milliseconds (hooks included, unlike its JSON). */
const FILE_DONE = /^\s*[✓×❯] \|[\w-]+\| (\S+) \(\d+ tests?[^)]*\) (\d+)ms$/

/** The slowest files of a lane, as `test-lanes-plan.ts` weighs them. */
const slowest = (seconds: Map<string, number>) =>
  [...seconds]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([file, s]) => `${file} ${Math.round(s)} s`)
    .join(', ')

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
  // A lane of files keeps those matching a filter (vitest's substring match) and, left with
  // none, does not run (an empty list would mean every file of its projects).
  const chosen = lanes()
    .map((lane) => ({
      ...lane,
      files:
        lane.files && filters.length
          ? lane.files.filter((f) => filters.some((x) => f.includes(x)))
          : lane.files,
    }))
    .filter((lane) => lane.files === null || lane.files.length > 0)
  const running = chosen.map((lane) => {
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
      `lane ${lane.name} (${lane.projects.join(', ')}): exit ${codes[i]}, ${JSON.stringify(counts)}`,
    )
    if (lane.seconds.size) console.log(`  slowest: ${slowest(lane.seconds)}`)
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
