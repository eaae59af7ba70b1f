// Which vector tiles an offline work area keeps: every tile over the area's box at the zooms where
// the whole area is looked at, and only the tiles around its mines at the zooms where one mine is.
// Pure (no fetch): the server counts the plan for its size estimate, the browser fetches it.
import type { BBox, LngLat } from '../geo/coords'

/** A tile address in the XYZ (Web Mercator, y down) scheme the API serves. */
export interface TileXYZ {
  z: number
  x: number
  y: number
}

export interface PlannedTile extends TileXYZ {
  /** The tile set under /tiles/{set}/… */
  set: string
}

/**
 * The sets the field map draws and the zooms kept for each. Boundaries stop at their own maxzoom
 * (12, the map overzooms them); mines and their areas stop at 15 (one quarry fills the phone).
 * Restoration and reclamation tiles start at 10, where the API starts drawing them.
 */
export const FIELD_TILE_SETS: readonly { set: string; minZoom: number; maxZoom: number }[] = [
  { set: 'counties', minZoom: 8, maxZoom: 12 },
  { set: 'mines', minZoom: 8, maxZoom: 15 },
  { set: 'restoration', minZoom: 10, maxZoom: 15 },
  { set: 'reclamation', minZoom: 10, maxZoom: 15 },
]

/** From this zoom on, only tiles near a mine are kept (the rest would be empty countryside). */
export const MINE_ONLY_FROM_ZOOM = 13
/** How far around a mine's box its tiles reach, in degrees (≈ 500 m): the approach road and the rim. */
export const MINE_PAD_DEG = 0.005

const MAX_LAT = 85.0511287798

/** The tile holding a position at zoom z. */
export function tileOf([lng, lat]: LngLat, z: number): TileXYZ {
  const n = 2 ** z
  const clampedLat = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat))
  const rad = (clampedLat * Math.PI) / 180
  const x = Math.floor(((lng + 180) / 360) * n)
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) }
}

/** Every tile at zoom z that a box touches (west-south-east-north, no antimeridian crossing). */
export function tilesInBBox(bbox: BBox, z: number): TileXYZ[] {
  const [w, s, e, n] = bbox
  if (!(w <= e && s <= n) || ![w, s, e, n].every(Number.isFinite)) {
    throw new RangeError(`tilesInBBox: not a west-south-east-north box: [${bbox.join(', ')}]`)
  }
  const nw = tileOf([w, n], z)
  const se = tileOf([e, s], z)
  const out: TileXYZ[] = []
  for (let x = nw.x; x <= se.x; x++) for (let y = nw.y; y <= se.y; y++) out.push({ z, x, y })
  return out
}

export interface TilePlanInput {
  /** The whole area (a county's box, or the box around the assigned mines). */
  bbox: BBox
  /** Each mine's box (footprint and licence polygon, or its point). */
  mineBoxes: readonly BBox[]
}

/** The tiles to store for an area, each once, in a stable order (set, zoom, x, y). */
export function fieldTilePlan({ bbox, mineBoxes }: TilePlanInput): PlannedTile[] {
  const out: PlannedTile[] = []
  for (const { set, minZoom, maxZoom } of FIELD_TILE_SETS) {
    for (let z = minZoom; z <= maxZoom; z++) {
      const seen = new Set<string>()
      const boxes = z < MINE_ONLY_FROM_ZOOM ? [bbox] : mineBoxes.map(padBox)
      for (const box of boxes) {
        for (const t of tilesInBBox(box, z)) {
          const key = `${t.x}/${t.y}`
          if (seen.has(key)) continue
          seen.add(key)
          out.push({ set, ...t })
        }
      }
    }
  }
  return out.sort((a, b) => a.set.localeCompare(b.set) || a.z - b.z || a.x - b.x || a.y - b.y)
}

/** The tile's path under the site root. */
export const tilePath = (t: PlannedTile) => `/tiles/${t.set}/${t.z}/${t.x}/${t.y}.mvt`

function padBox([w, s, e, n]: BBox): BBox {
  return [w - MINE_PAD_DEG, s - MINE_PAD_DEG, e + MINE_PAD_DEG, n + MINE_PAD_DEG]
}
