// Statistics and public directory answers kept in this process (issue 15: statistics at national
// scale). The county figures are kept per day by the write path, but a national answer is still
// 1.4 MB of JSON to build and gzip (≈ 80–120 ms) for every leader who opens the map, and the public
// directory counts some 50,000 listed mines per page. An answer is kept here, built and gzipped
// once, until the data behind it changes: statement-level triggers on the tables these answers
// read (migration T1172) notify `zgm_stats` at commit, and the tile LRU's LISTEN connection
// (tiles/tile-memo.ts) passes that on; while that connection is down nothing is kept. Only answers
// read on the primary are kept (a lagging replica could hand back an older one).
import type { Context, TypedResponse } from 'hono'
import type { AppDeps } from '../app-deps'
import type { Db } from '../db/database'
import { acceptsGzip, gzipped } from '../http/gzip'

/** The channel the triggers notify on. */
export const STATS_CHANNEL = 'zgm_stats'

interface Answer {
  json: string
  gzip: Buffer
}

export interface StatsMemo {
  get(key: string): Answer | undefined
  /** A token to take before computing an answer, for `put`. */
  generation(): number
  /** Keeps the answer unless the data changed (or the connection dropped) since `generation`. */
  put(key: string, answer: Answer, generation: number): void
  /** Drops everything: the data changed. */
  forget(): void
  readonly size: number
}

/**
 * Answers of at most `maxBytes` together (JSON and gzip; callers choose the keys, so a client that
 * asks for many dates cannot grow it), least recently used first out; none while `listening()` is false.
 */
export function createStatsMemo(listening: () => boolean, maxBytes = 64 * 1024 * 1024): StatsMemo {
  const entries = new Map<string, Answer>()
  let bytes = 0
  let gen = 0
  const sizeOf = (a: Answer) => a.json.length + a.gzip.length
  const drop = (key: string) => {
    const a = entries.get(key)
    if (!a) return
    entries.delete(key)
    bytes -= sizeOf(a)
  }
  return {
    get(key) {
      if (!listening()) return undefined
      const answer = entries.get(key)
      if (!answer) return undefined
      entries.delete(key)
      entries.set(key, answer)
      return answer
    },
    generation: () => gen,
    put(key, answer, generation) {
      if (!listening() || generation !== gen || sizeOf(answer) > maxBytes) return
      drop(key)
      entries.set(key, answer)
      bytes += sizeOf(answer)
      while (bytes > maxBytes) drop(entries.keys().next().value!)
    },
    forget() {
      entries.clear()
      bytes = 0
      gen++
    },
    get size() {
      return entries.size
    },
  }
}

/**
 * The JSON answer for `key`: kept, or computed by `compute` on `db` (kept when `db` is the primary;
 * a null key is never kept). Gzipped when the client accepts it; `X-Stats-Memo` says hit or miss.
 */
export async function memoizedJson<T>(
  c: Context,
  deps: Pick<AppDeps, 'db' | 'statsMemo'>,
  db: Db,
  key: string | null,
  compute: () => Promise<T>,
): Promise<TypedResponse<T, 200, 'json'>> {
  const memo = key !== null && db === deps.db ? deps.statsMemo : undefined
  const takesGzip = acceptsGzip(c.req.header('Accept-Encoding'))
  let answer = key === null ? undefined : memo?.get(key)
  c.header('X-Stats-Memo', answer ? 'hit' : 'miss')
  if (!answer) {
    const generation = memo?.generation() ?? 0
    const json = JSON.stringify(await compute())
    // Gzipped only when it is kept or this client takes it: nothing is compressed for nothing.
    const kept = key !== null && memo !== undefined
    answer = { json, gzip: kept || takesGzip ? await gzipped(json) : Buffer.alloc(0) }
    if (kept) memo.put(key, answer, generation)
  }
  c.header('Content-Type', 'application/json')
  c.header('Vary', 'Accept-Encoding')
  // The body is the JSON of a T (typed for the route's contract), built once.
  const typed = (res: Response) => res as unknown as TypedResponse<T, 200, 'json'>
  if (!takesGzip) return typed(c.body(answer.json, 200))
  c.header('Content-Encoding', 'gzip')
  return typed(c.body(answer.gzip as Uint8Array<ArrayBuffer>, 200))
}
