// E2E setup: build the web app when its sources are newer than the build, then boot the real
// server (API + web, embedded PostGIS seeded with demo data) on a free port with its own data dir.
// ZGM_E2E_DATABASE_URL (a server URL, e.g. postgres://postgres@127.0.0.1:5432/postgres) runs it on a
// fresh database on that PostgreSQL/PostGIS server instead of the embedded one; the database is dropped after.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createScratchDatabase } from '../../api/src/testing/scratch-database'
import { buildWebIfStale } from '../../scripts/web-build'
import type { TestProject } from 'vitest/node'
import { CHROMIUM } from './browser'
import { dropDemoTemplates } from './demo-template'

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string } | { skip: string }
  }
}

const root = join(import.meta.dirname, '../..')

/**
 * Runs `api/src/main.ts` in a child process (a crash in the server must not take the test runner
 * with it) and resolves with its port once it prints "ready in … http://host:port".
 */
function startServerProcess(
  dataDir: string,
  databaseUrl: string,
): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'api/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO: 'true',
        DATABASE_URL: databaseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 5 minutes')), 300_000)
    let out = ''
    const onData = (chunk: Buffer) => {
      const text = chunk.toString()
      out += text
      for (const line of text.split('\n')) if (line.trim()) console.log(`[e2e server] ${line.slice(0, 300)}`)
      const m = /ready in .*http:\/\/[\d.]+:(\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ port: Number(m[1]), child })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the server exited with code ${code} before it was ready`))
    })
  })
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  process.kill(-child.pid!, 'SIGINT')
  const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

export default async function setup(project: TestProject) {
  // Own servers (own-server.ts) copy the demo world from templates named with this tag.
  const templateTag = `${Date.now()}_${process.pid}`
  project.provide('demoTemplateTag', templateTag)
  if (!existsSync(CHROMIUM)) {
    const { noteSkip } = await import('../../api/src/testing/skips')
    noteSkip('web end-to-end tests', `${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`)
    project.provide('e2e', { skip: `${CHROMIUM} is missing` })
    return
  }
  buildWebIfStale((line) => console.log(`[e2e] ${line}`))
  const dataDir = mkdtempSync(join(tmpdir(), 'zgm-e2e-'))
  const serverDb = process.env.ZGM_E2E_DATABASE_URL
    ? await createScratchDatabase(process.env.ZGM_E2E_DATABASE_URL, 'zgm_web_e2e')
    : null
  const t0 = performance.now()
  const { port, child } = await startServerProcess(dataDir, serverDb?.url ?? '')
  console.log(`[e2e] server on port ${port} after ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  project.provide('e2e', { baseUrl: `http://127.0.0.1:${port}` })
  return async () => {
    await stop(child)
    await serverDb?.drop()
    const ownServers = process.env.ZGM_E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL
    if (ownServers) await dropDemoTemplates(ownServers, templateTag)
    rmSync(dataDir, { recursive: true, force: true })
  }
}
