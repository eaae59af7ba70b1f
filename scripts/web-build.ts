// Builds the web app when its sources are newer than the build (used by `npm start` and the e2e setup).
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..')

function newestMtime(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

export function buildWebIfStale(log: (line: string) => void = console.log): void {
  const index = join(ROOT, 'web/dist/index.html')
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'domain/src'].map((s) => join(ROOT, s))
  const built = existsSync(index) ? statSync(index).mtimeMs : 0
  if (!sources.some((s) => existsSync(s) && newestMtime(s) > built)) return
  log('building the web app …')
  // Always the production build: under vitest NODE_ENV is `test`, which would bundle React's development build.
  execSync('npm run build --workspace web', {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
}
