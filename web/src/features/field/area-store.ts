// The index of saved offline areas (IndexedDB, database zgm-field) beside their Cache Storage
// copies (zgm-area-<id>). The index says what was saved, when, for whom and how many bytes.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ResponseOf } from '../../api/schemas'
import { AREA_CACHE_PREFIX } from '../../pwa/sw-routes'

export type AreaPack = ResponseOf<'/api/field/areas/pack'>
export type FieldMine = AreaPack['mines'][number]

export interface SavedArea {
  /** `county-330522` or `assignments`. */
  id: string
  kind: AreaPack['kind']
  regionCode: string | null
  name: string
  /** The signed-in user it was saved for (another user on this phone never sees it). */
  username: string
  savedAt: string
  /** Bytes of every response stored, as the browser received them. */
  bytes: number
  tileCount: number
  mineCount: number
  /** The pack's own URL in the area's cache. */
  packUrl: string
}

interface FieldDb extends DBSchema {
  areas: { key: string; value: SavedArea }
}

let opened: Promise<IDBPDatabase<FieldDb>> | null = null
const db = () =>
  (opened ??= openDB<FieldDb>('zgm-field', 1, {
    upgrade: (d) => d.createObjectStore('areas', { keyPath: 'id' }),
  }))

export const areaIdOf = (pack: Pick<AreaPack, 'kind' | 'regionCode'>) =>
  pack.kind === 'county' ? `county-${pack.regionCode}` : 'assignments'
export const cacheNameOf = (areaId: string) => `${AREA_CACHE_PREFIX}${areaId}`

export async function listAreas(username: string): Promise<SavedArea[]> {
  const all = await (await db()).getAll('areas')
  return all.filter((a) => a.username === username).sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

export async function putArea(area: SavedArea): Promise<void> {
  await (await db()).put('areas', area)
}

export async function removeArea(id: string): Promise<void> {
  await caches.delete(cacheNameOf(id))
  await (await db()).delete('areas', id)
}

/** The packs of the user's saved areas, read back from Cache Storage (works offline). */
export async function savedPacks(username: string): Promise<AreaPack[]> {
  const packs: AreaPack[] = []
  for (const area of await listAreas(username)) {
    const res = await (await caches.open(cacheNameOf(area.id))).match(area.packUrl)
    if (res) packs.push((await res.json()) as AreaPack)
  }
  return packs
}

/** Every saved mine once (an area saved twice, or a mine in two areas, counts once). */
export function minesOf(packs: readonly AreaPack[]): FieldMine[] {
  const byId = new Map<number, FieldMine>()
  for (const p of packs) for (const m of p.mines) byId.set(m.id, m)
  return [...byId.values()]
}
