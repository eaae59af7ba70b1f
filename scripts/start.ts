// `npm start`: builds the web app when its sources are newer than the build, then boots the server.
import { execSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const dist = join(root, 'web/dist/index.html')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const sources = [join(root, 'web/src'), join(root, 'web/index.html'), join(root, 'domain/src')]
const stale = !existsSync(dist) || sources.some((s) => existsSync(s) && newestMtime(s) > statSync(dist).mtimeMs)
if (stale && existsSync(join(root, 'web/index.html'))) {
  console.log('building the web app …')
  execSync('npm run build --workspace web', { cwd: root, stdio: 'inherit' })
}
await import('../api/src/main')
