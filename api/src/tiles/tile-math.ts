// Web-Mercator tile arithmetic (XYZ scheme, y down from the north), pure and unit-tested.
import type { BBox, LngLat } from '@zgm/domain'

/** Tile coordinate units per tile side (MVT `extent`). */
export const EXTENT = 4096
/** Extra units kept around each tile so that strokes and labels do not break at edges. */
export const BUFFER = 64
/** The deepest zoom any tile request may name. */
export const MAX_ZOOM = 22

export interface TileAddress {
  z: number
  x: number
  y: number
}

export type MercatorBBox = [minX: number, minY: number, maxX: number, maxY: number]

/** Half the side of the EPSG:3857 square, as ST_TileEnvelope uses it. */
const ORIGIN = 20037508.342789244
const MAX_LAT = 85.0511287798066

export const tilesPerSide = (z: number) => 2 ** z

/** The tile's square in EPSG:3857 metres, optionally grown by a fraction of its side. */
export function tileBoundsMercator({ z, x, y }: TileAddress, grow = 0): MercatorBBox {
  const size = (2 * ORIGIN) / tilesPerSide(z)
  const minX = -ORIGIN + x * size
  const maxY = ORIGIN - y * size
  const pad = size * grow
  return [minX - pad, maxY - size - pad, minX + size + pad, maxY + pad]
}

/**
 * The side in EPSG:3857 metres of a cell of `cells` × `cells` per tile at zoom z: cell x index
 * `floor(x / side)`, aligned with tile edges. Exact (powers of two), like the database's
 * `thin_cell_size` (migration 2026-12-01T0201).
 */
export const cellSide = (z: number, cells: number) => (2 * ORIGIN) / tilesPerSide(z) / cells

/**
 * The cells of `cellSide(z, cells)` a tile covers with `bufferCells` around it: x in
 * [x0, x1), y in [y0, y1) (EPSG:3857 axes, y up).
 */
export function tileCells({ z, x, y }: TileAddress, cells: number, bufferCells: number) {
  const half = tilesPerSide(z) / 2
  return {
    x0: (x - half) * cells - bufferCells,
    x1: (x + 1 - half) * cells + bufferCells,
    y0: (half - y - 1) * cells - bufferCells,
    y1: (half - y) * cells + bufferCells,
  }
}

/** The tile's square in lon/lat (exact: Mercator keeps axis-aligned boxes axis-aligned). */
export function tileBoundsLngLat({ z, x, y }: TileAddress, grow = 0): BBox {
  const n = tilesPerSide(z)
  const [west, north] = tileToLngLat(x - grow, y - grow, n)
  const [east, south] = tileToLngLat(x + 1 + grow, y + 1 + grow, n)
  return [west, south, east, north]
}

function tileToLngLat(tx: number, ty: number, n: number): LngLat {
  const lng = (tx / n) * 360 - 180
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * ty) / n))) * 180) / Math.PI
  return [lng, lat]
}

/** Fractional tile coordinates of a lon/lat at zoom z (latitude clamped to the Mercator square). */
export function lngLatToTile(lng: number, lat: number, z: number): [tx: number, ty: number] {
  const n = tilesPerSide(z)
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180
  return [((lng + 180) / 360) * n, ((1 - Math.asinh(Math.tan(phi)) / Math.PI) / 2) * n]
}

export interface TileRange {
  z: number
  minX: number
  maxX: number
  minY: number
  maxY: number
}

/**
 * The tiles at zoom z whose content (the tile plus its buffer) can show something inside
 * the box: the box is grown by the buffer's share of a tile before rounding outwards.
 */
export function tileRangeOf(bbox: BBox, z: number, grow = BUFFER / EXTENT): TileRange {
  const [minLng, minLat, maxLng, maxLat] = bbox
  const last = tilesPerSide(z) - 1
  const [x0, y0] = lngLatToTile(minLng, maxLat, z)
  const [x1, y1] = lngLatToTile(maxLng, minLat, z)
  const clamp = (v: number) => Math.max(0, Math.min(last, Math.floor(v)))
  return { z, minX: clamp(x0 - grow), maxX: clamp(x1 + grow), minY: clamp(y0 - grow), maxY: clamp(y1 + grow) }
}

/** Every tile of a range, row by row. */
export function tilesIn(range: TileRange): TileAddress[] {
  const tiles: TileAddress[] = []
  for (let y = range.minY; y <= range.maxY; y++) {
    for (let x = range.minX; x <= range.maxX; x++) tiles.push({ z: range.z, x, y })
  }
  return tiles
}
