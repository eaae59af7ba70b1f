// The real server (`api/src/main.ts`) in a child process of its own, so that a test can SIGKILL
// it, read its memory, or run two of them; resolves once it prints "ready in … http://host:port".
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '../../..')

export interface ServerProcess {
  port: number
  url: string
  child: ChildProcess
  /** Resident memory of the server process, in MiB (Linux /proc). */
  rssMiB(): number
  /** All the server printed so far. */
  output(): string
  kill(signal?: NodeJS.Signals): Promise<void>
}

export function startServerProcess(env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<ServerProcess> {
  // One process (node --import tsx), so that its pid is the server's own.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'api/src/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill(signal)
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${out.slice(-2000)}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      const m = /ready in .*http:\/\/[\d.]+:(\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        const port = Number(m[1])
        resolve({
          port,
          url: `http://127.0.0.1:${port}`,
          child,
          rssMiB: () => {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
            return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024
          },
          output: () => out,
          kill,
        })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${code ?? signal}) before it was ready:\n${out.slice(-2000)}`))
    })
  })
}

/** Signs in over real HTTP; the cookie and CSRF token for later requests. */
export async function httpSignIn(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': csrfToken }
}
