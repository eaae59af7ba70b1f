// The PostGIS work behind a tile, in two interchangeable forms:
//  - `postgis`: ST_AsMVTGeom + ST_AsMVT on the server (needs PostGIS built with protobuf);
//  - `js`: SQL clips, simplifies, transforms to tile units and validates, the JS encoder writes
//    the protobuf (the embedded PGlite PostGIS has no protobuf, STACK-NOTES item 5).
import { sql, type RawBuilder } from 'kysely'
import type { Geometry } from 'geojson'
import type { Db } from '../db/database'
import { encodeMvt, type PropertyValue, type TileLayer } from './mvt-encode'
import { fieldsAt, layersAt, thinnedAt, THIN_CELLS, type SourceLayer, type TileSet } from './tile-layers'
import { WHOLE_PROVINCE, type TileScope } from './tile-scope'
import {
  BUFFER,
  cellSide,
  EXTENT,
  tileBoundsLngLat,
  tileBoundsMercator,
  tileCells,
  type TileAddress,
} from './tile-math'

export type TileEncoder = 'postgis' | 'js'

const capability = new WeakMap<Db, Promise<TileEncoder>>()

/**
 * Whether this database can encode tiles itself: tries ST_AsMVT on a trivial row once per
 * Db object (a capability of the database, not application state).
 */
export function detectTileEncoder(db: Db): Promise<TileEncoder> {
  let known = capability.get(db)
  if (!known) {
    known = probeAsMvt(db)
    known.catch(() => capability.delete(db))
    capability.set(db, known)
  }
  return known
}

async function probeAsMvt(db: Db): Promise<TileEncoder> {
  try {
    await sql`select st_asmvt(t, 'probe', 4096, 'geom') from (select 1 as id, st_point(1, 1) as geom) t`.execute(
      db,
    )
    return 'postgis'
  } catch (err) {
    // Only a missing capability decides; a broken connection must not be remembered.
    const { code, message } = err as { code?: string; message?: string }
    if (code === '42883' || /protobuf/i.test(message ?? '')) return 'js'
    throw err
  }
}

/** The tile's bytes (0 bytes when it has no features), by the given encoder, as `scope` may see it. */
export async function renderTile(
  db: Db,
  set: TileSet,
  t: TileAddress,
  encoder: TileEncoder,
  scope: TileScope = WHOLE_PROVINCE,
): Promise<Uint8Array> {
  return encoder === 'postgis'
    ? queryTileMvt(db, set, t, scope)
    : encodeMvt(await queryTileFeatures(db, set, t, scope))
}

/**
 * Rows of a source layer that can reach the tile (its square plus the buffer), by index: on the
 * stored mercator geometry where the layer has one (the same box, exact: Mercator keeps
 * axis-aligned boxes axis-aligned; and, unlike a box test on a computed geometry, estimated from
 * the column's statistics), else on `geom`. Thinned layers keep one row per grid cell, with `count`:
 * from the database's `thin_cell` when every row is drawn, else grouped here.
 */
function rowsNear(layer: SourceLayer, t: TileAddress, scope: TileScope): RawBuilder<unknown> {
  if (thinnedAt(layer, t.z) && scope.mines === null) {
    // Every row drawn: the layer's cells as the database keeps them, with what they draw (a column
    // per field), the tile's and its buffer's.
    const { x0, x1, y0, y1 } = tileCells(t, THIN_CELLS, THIN_BUFFER_CELLS)
    return sql`(select c.*, c.fid as id from thin_cell c
      where c.layer = ${layer.thinned} and c.z = ${t.z}
        and c.cx >= ${x0} and c.cx < ${x1} and c.cy >= ${y0} and c.cy < ${y1})`
  }
  const rows = layer.rows(t.z, scope.mines)
  if (!layer.mercator) {
    const [w, s, e, n] = tileBoundsLngLat(t, BUFFER / EXTENT)
    return sql`(select * from (${rows}) r where r.geom && st_makeenvelope(${w}, ${s}, ${e}, ${n}, 4326))`
  }
  const [minX, minY, maxX, maxY] = tileBoundsMercator(t, BUFFER / EXTENT)
  const near = sql`(select * from (${rows}) r where r.merc && st_makeenvelope(${minX}, ${minY}, ${maxX}, ${maxY}, 3857))`
  if (!thinnedAt(layer, t.z)) return near
  const side = cellSide(t.z, THIN_CELLS)
  // The window is ordered like the distinct so that one sort serves both (a quarter off the
  // densest national z5 tile: 37 → 28 ms).
  return sql`(select distinct on (cx, cy) *,
      count(*) over (partition by cx, cy order by fid rows between unbounded preceding and unbounded following)::int as count from (
      select n.*, floor(st_x(n.merc) / ${side})::int as cx, floor(st_y(n.merc) / ${side})::int as cy from ${near} n
    ) c order by cx, cy, fid)`
}

/** The tile buffer in thinning cells (64 of 4,096 tile units = 2 of 128 cells): whole cells. */
const THIN_BUFFER_CELLS = (BUFFER / EXTENT) * THIN_CELLS

/** The row's geometry in EPSG:3857: stored by the database where the layer has it, else transformed. */
const mercatorOf = (layer: SourceLayer) =>
  layer.mercator ? sql`src.merc` : sql`st_transform(src.geom, 3857)`

const fieldRefs = (layer: SourceLayer, z: number) => fieldsAt(layer, z).map((f) => sql.ref(`src.${f}`))

/**
 * Path (a): one ST_AsMVT per source layer, concatenated (a tile is a sequence of layers).
 * ST_AsMVT skips the rows whose ST_AsMVTGeom is null; filtering them here would run it twice.
 */
export async function queryTileMvt(
  db: Db,
  set: TileSet,
  t: TileAddress,
  scope: TileScope = WHOLE_PROVINCE,
): Promise<Uint8Array> {
  const query = tileMvtQuery(set, t, scope)
  if (!query) return new Uint8Array()
  const { rows } = await query.execute(db)
  return rows[0].mvt
}

/** The one statement behind a `postgis` tile (null when no layer is drawn at t.z); the benchmark runs it in pgbench. */
export function tileMvtQuery(set: TileSet, t: TileAddress, scope: TileScope = WHOLE_PROVINCE) {
  const parts = layersAt(set, t.z).map(
    (layer) => sql`coalesce((
      select st_asmvt(f, ${layer.id}, ${EXTENT}, 'geom', 'fid') from (
        select src.fid, ${sql.join(fieldRefs(layer, t.z))},
          st_asmvtgeom(${mercatorOf(layer)}, st_tileenvelope(${t.z}, ${t.x}, ${t.y}), ${EXTENT}, ${BUFFER}, true) as geom
        from ${rowsNear(layer, t, scope)} src
      ) f), ''::bytea)`,
  )
  if (parts.length === 0) return null
  return sql<{ mvt: Buffer }>`select ${sql.join(parts, sql` || `)} as mvt`
}

interface FeatureRow {
  layer: number
  fid: number | null
  props: Record<string, PropertyValue | null>
  geom: string | null
}

/** Path (b): features clipped, simplified, in integer tile units and valid; the caller encodes. */
export async function queryTileFeatures(
  db: Db,
  set: TileSet,
  t: TileAddress,
  scope: TileScope = WHOLE_PROVINCE,
): Promise<TileLayer[]> {
  const layers = layersAt(set, t.z)
  if (layers.length === 0) return []
  const [minX, minY, maxX, maxY] = tileBoundsMercator(t)
  const [bMinX, bMinY, bMaxX, bMaxY] = tileBoundsMercator(t, BUFFER / EXTENT)
  const scale = EXTENT / (maxX - minX)
  // The steps of ST_AsMVTGeom: simplify to half a tile unit, clip to the buffered square,
  // map to tile units with y down, snap to the integer grid, then repair what snapping broke.
  const toTile = (g: RawBuilder<unknown>) =>
    sql`st_snaptogrid(st_affine(${g}, ${scale}, 0, 0, ${-scale}, ${-minX * scale}, ${maxY * scale}), 1)`
  const snapped = (layer: SourceLayer) => {
    const merc = mercatorOf(layer)
    if (layer.geometry === 'point') return toTile(merc)
    const box = sql`st_makeenvelope(${bMinX}, ${bMinY}, ${bMaxX}, ${bMaxY}, 3857)`
    return toTile(sql`st_simplify(st_clipbybox2d(${merc}, ${box}), ${0.5 / scale})`)
  }
  // Materialized so that each expensive expression runs once per row. Snapping can make a
  // polygon invalid (21 of the 44 counties in a z7 tile); ST_Buffer(s, 0) repairs those to
  // the same area as ST_MakeValid (to < 0.01%) at a tenth of its cost (14 ms vs 150 ms there).
  const ctes = layers.map(
    (layer, i) => sql`${sql.id(`l${i}`)} as materialized (
      select src.fid, json_build_object(${sql.join(fieldsAt(layer, t.z).flatMap((k) => [sql.lit(k), sql.ref(`src.${k}`)]))}) as props,
        ${snapped(layer)} as s
      from ${rowsNear(layer, t, scope)} src)`,
  )
  const selects = layers.map((layer, i) => {
    const valid =
      layer.geometry === 'point'
        ? sql`s`
        : sql`case when (st_isvaliddetail(s)).valid then s else st_buffer(s, 0) end`
    return sql`select ${i}::int as layer, fid, props, st_asgeojson(${valid}, 0) as geom from ${sql.id(`l${i}`)}`
  })
  const { rows } =
    await sql<FeatureRow>`with ${sql.join(ctes)} ${sql.join(selects, sql` union all `)}`.execute(db)
  const out: TileLayer[] = layers.map((l) => ({ name: l.id, features: [] }))
  for (const row of rows) {
    if (row.geom === null) continue
    out[row.layer].features.push({
      id: row.fid,
      properties: row.props,
      geometry: JSON.parse(row.geom) as Geometry,
    })
  }
  return out
}
