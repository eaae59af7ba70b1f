// CPU time of the cold-tile phases by process, from Linux's /proc: the server, PostgreSQL's
// processes, this process (the load client) and the whole machine. It says where an uncached
// tile's time goes (docs/performance.md, eighth round). PostgreSQL's share is seen only when the
// database runs on this machine; a process that exits between two samples (a pgbench backend)
// takes its time with it, so pgbench phases are read off the whole machine instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

export interface CpuSample {
  at: number
  server: number
  postgres: Map<number, number>
  client: number
  machine: number
}

/** Seconds of CPU (user + system) of a process, or 0 when it has gone. */
function processSeconds(pid: number): number {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
  } catch {
    return 0
  }
}

/** USER_HZ: 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100

function postgresProcesses(): Map<number, number> {
  const out = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        out.set(Number(entry), processSeconds(Number(entry)))
    } catch {
      // gone meanwhile
    }
  }
  return out
}

/** Busy seconds of the whole machine (every core): user, nice, system, irq, softirq, steal. */
function machineSeconds(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND
}

/** A sample now, or null where there is no /proc (not Linux). */
export function cpuSample(serverPid: number): CpuSample | null {
  if (!existsSync('/proc/stat')) return null
  const own = process.cpuUsage()
  return {
    at: performance.now(),
    server: processSeconds(serverPid),
    postgres: postgresProcesses(),
    client: (own.user + own.system) / 1e6,
    machine: machineSeconds(),
  }
}

/** Milliseconds of CPU per item between two samples, by process kind. */
export function cpuPerItem(a: CpuSample, b: CpuSample, items: number) {
  let postgres = 0
  for (const [pid, seconds] of b.postgres) postgres += seconds - (a.postgres.get(pid) ?? 0)
  const ms = (seconds: number) => (seconds * 1000) / items
  return {
    server: ms(b.server - a.server),
    postgres: ms(postgres),
    client: ms(b.client - a.client),
    machine: ms(b.machine - a.machine),
  }
}
