// Saving an area for offline use: the pack, its tiles (domain fieldTilePlan), each mine's record
// and inspection form, the work queue — every response put into the area's own cache, and the
// bytes counted as stored.
import { estimateAreaBytes, fieldTilePlan, tilePath } from '@zgm/domain'
import { areaIdOf, cacheNameOf, putArea, type AreaPack, type SavedArea } from './area-store'

/** Per mine: its record, and the inspection form's one read (`GET /api/field/mines/{id}`). */
export const MINE_READS = (id: number) => [`/api/mines/${id}`, `/api/field/mines/${id}`]
/**
 * Stored once per area: who is signed in and the server's facts (the desk frame needs both before
 * it shows anything), the inbox and the work queue; the evaluator's assignment list is its alone.
 */
export const areaReadsOf = (role: string) => [
  '/api/auth/me',
  '/api/health',
  '/api/inbox',
  '/api/work',
  ...(role === 'evaluator' ? ['/api/assignments'] : []),
]
/** Parallel requests while saving (the browser's own limit per host is six). */
const PARALLEL = 6

export const packUrlOf = (q: { regionCode: string } | { scope: 'assignments' }) =>
  'regionCode' in q
    ? `/api/field/areas/pack?regionCode=${q.regionCode}`
    : '/api/field/areas/pack?scope=assignments'

export function tileUrlsOf(pack: AreaPack): string[] {
  if (!pack.bbox) return []
  return fieldTilePlan({ bbox: pack.bbox, mineBoxes: pack.mines.map((m) => m.bbox) }).map(tilePath)
}

/** Measures what one mine's records weigh (the first mine's), for the estimate before saving. */
export async function measureMineRecords(pack: AreaPack): Promise<number> {
  const first = pack.mines[0]
  if (!first) return 0
  let bytes = 0
  for (const url of MINE_READS(first.id)) {
    const res = await fetch(url, { credentials: 'same-origin' })
    if (res.ok) bytes += (await res.arrayBuffer()).byteLength
  }
  return bytes
}

/** Tiles × their measured average, plus records per mine, plus the pack itself. */
export function estimateOf(pack: AreaPack, packBytes: number, mineRecordBytes: number): number {
  return estimateAreaBytes({
    tileCount: pack.estimate.tileCount,
    avgTileBytes: pack.estimate.avgTileBytes,
    mineCount: pack.mines.length,
    avgMineRecordBytes: mineRecordBytes,
    fixedBytes: packBytes,
  })
}

/** GET with up to three retries on a 5xx (503 while the embedded database is busy), backing off. */
async function fetchPatiently(url: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { credentials: 'same-origin' })
    if (res.status < 500 || attempt === 3) return res
    await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt))
  }
}

export interface SaveProgress {
  done: number
  total: number
}

/** Stores the area anew (a refresh replaces the old copy only once the new one is complete). */
export async function saveArea(
  packUrl: string,
  username: string,
  role: string,
  onProgress: (p: SaveProgress) => void,
): Promise<SavedArea> {
  const packRes = await fetch(packUrl, { credentials: 'same-origin' })
  if (!packRes.ok) throw new Error(`${packUrl}: HTTP ${packRes.status}`)
  const pack = (await packRes.clone().json()) as AreaPack
  const id = areaIdOf(pack)
  const staging = `${cacheNameOf(id)}-new`
  await caches.delete(staging)
  const cache = await caches.open(staging)
  let bytes = (await packRes.clone().arrayBuffer()).byteLength
  await cache.put(packUrl, packRes)
  const urls = [...areaReadsOf(role), ...pack.mines.flatMap((m) => MINE_READS(m.id)), ...tileUrlsOf(pack)]
  let done = 0
  let next = 0
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]
      const res = await fetchPatiently(url)
      // A server in trouble (5xx after retries) fails the save: half an area is not an area.
      if (res.status >= 500) throw new Error(`${url}: HTTP ${res.status}`)
      // A read the server does not offer this user (404/403) is skipped; a tile with nothing in it
      // (204) is stored too, so that offline it is known to be empty.
      if (res.ok) {
        bytes += (await res.clone().arrayBuffer()).byteLength
        await cache.put(url, res)
      }
      onProgress({ done: ++done, total: urls.length })
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  // Swap: copy the staged cache over the area's cache, then drop the staging one.
  await caches.delete(cacheNameOf(id))
  const final = await caches.open(cacheNameOf(id))
  for (const req of await cache.keys()) {
    const res = await cache.match(req)
    if (res) await final.put(req, res)
  }
  await caches.delete(staging)
  const area: SavedArea = {
    id,
    kind: pack.kind,
    regionCode: pack.regionCode,
    name: pack.name,
    username,
    savedAt: new Date().toISOString(),
    bytes,
    tileCount: pack.estimate.tileCount,
    mineCount: pack.mines.length,
    packUrl,
  }
  await putArea(area)
  return area
}
