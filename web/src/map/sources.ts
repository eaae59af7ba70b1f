// Vector tile sources served by the API and the optional Tianditu basemap. The tile URLs, zoom
// ranges and bounds are written here rather than read from each set's TileJSON
// (/tiles/{layer}.json): the map then asks for its first tiles at once, one round trip sooner.
import type { SourceSpecification } from 'maplibre-gl'

/** Tile layer name → the source-layer inside its tiles. */
export const SOURCE_LAYERS = {
  province: 'province',
  cities: 'cities',
  counties: 'counties',
  mines: 'footprints',
  restoration: 'restoration',
  reclamation: 'reclamation',
  'public-mines': 'public_mines',
} as const

export type TileLayer = keyof typeof SOURCE_LAYERS

export const BOUNDARY_SOURCES: readonly TileLayer[] = ['province', 'cities', 'counties']
export const INTERNAL_SOURCES: readonly TileLayer[] = [
  ...BOUNDARY_SOURCES,
  'mines',
  'restoration',
  'reclamation',
]
export const PUBLIC_SOURCES: readonly TileLayer[] = [...BOUNDARY_SOURCES, 'public-mines']

/** Feature ids used for feature-state: counties by code, footprints by mine. */
const PROMOTE_IDS: Partial<Record<TileLayer, Record<string, string>>> = {
  counties: { counties: 'code' },
  cities: { cities: 'code' },
  mines: { footprints: 'mine_id' },
}

/** Each tile set's zoom range, as its TileJSON gives it (api/src/tiles/tile-layers.ts). */
export const TILE_ZOOMS: Record<TileLayer, readonly [minzoom: number, maxzoom: number]> = {
  province: [0, 12],
  cities: [0, 12],
  counties: [0, 12],
  mines: [0, 16],
  restoration: [10, 16],
  reclamation: [10, 16],
  'public-mines': [0, 16],
}

/** Where the tile sets have data (TileJSON `bounds`: Zhejiang rounded outwards). */
export const TILE_BOUNDS: [number, number, number, number] = [118.0, 27.0, 123.0, 31.2]

export function tileSource(layer: TileLayer, origin: string): SourceSpecification {
  const promoteId = PROMOTE_IDS[layer]
  const [minzoom, maxzoom] = TILE_ZOOMS[layer]
  return {
    type: 'vector',
    tiles: [`${origin}/tiles/${layer}/{z}/{x}/{y}.mvt`],
    minzoom,
    maxzoom,
    bounds: TILE_BOUNDS,
    ...(promoteId ? { promoteId } : {}),
  }
}

export type TiandituLayer = 'vec' | 'cva' | 'img' | 'cia'

/** Tianditu Web-Mercator WMTS tiles; only used when a key is configured and the user turns it on. */
export function tiandituSource(layer: TiandituLayer, key: string): SourceSpecification {
  const tiles = [0, 1, 2, 3, 4, 5, 6, 7].map(
    (n) =>
      `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  )
  return {
    type: 'raster',
    tiles,
    tileSize: 256,
    maxzoom: 18,
    attribution: '© 天地图 国家地理信息公共服务平台',
  }
}
