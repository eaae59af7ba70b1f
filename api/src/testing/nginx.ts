// Debian's nginx on loopback, started by a test with its own configuration in a temp dir, as a
// round-robin reverse proxy in front of several API instances. No daemon, no master process.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './throwaway-cluster'

export const NGINX = '/usr/sbin/nginx'

export const nginxMissing = () => (existsSync(NGINX) ? null : `${NGINX} not found (apt-get install nginx)`)

export interface Proxy {
  url: string
  stop(): Promise<void>
}

/** Round-robin over `upstreams` (ports on 127.0.0.1); each answer names its instance in X-Upstream. */
export async function startRoundRobinProxy(upstreams: number[]): Promise<Proxy> {
  const dir = mkdtempSync(join(tmpdir(), 'zgm-nginx-'))
  const port = await freePort()
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  upstream zgm {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 25m;
    location / {
      proxy_pass http://zgm;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  )
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`)
    try {
      await fetch(url)
      break
    } catch {
      if (i > 100) throw new Error('nginx did not start within 5 s')
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGQUIT')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
