// A small ESRI Shapefile writer: .shp/.shx/.dbf/.prj/.cpg zipped. DBF text is UTF-8 with a
// `.cpg` saying so, so Chinese attributes survive (@mapbox/shp-write mangles them).
import { zipSync } from 'fflate'
import type { FieldType } from '../ogc-collections'
import { fieldsOf, type FeatureTable, type FieldValue } from './feature-table'
import { bounds, signedArea2, type Geometry, type Position } from './geometry'

/** WGS 84 geographic, as ESRI writes it (CRS84 axis order: longitude, latitude). */
export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'

const SHAPE_TYPE = { Point: 1, MultiPoint: 8, MultiPolygon: 5 } as const

/** Outer rings clockwise, holes counter-clockwise, as the Shapefile spec wants. */
function shpRings(polygons: Position[][][]): Position[][] {
  return polygons.flatMap((rings) =>
    rings.map((ring, i) => {
      const clockwise = signedArea2(ring) < 0
      return clockwise === (i === 0) ? ring : [...ring].reverse()
    }),
  )
}

function shapeContent(g: Geometry): Uint8Array {
  if (g.type === 'Point') {
    const v = new DataView(new ArrayBuffer(20))
    v.setInt32(0, 1, true)
    v.setFloat64(4, g.coordinates[0], true)
    v.setFloat64(12, g.coordinates[1], true)
    return new Uint8Array(v.buffer)
  }
  const parts = g.type === 'MultiPoint' ? [] : shpRings(g.coordinates)
  const points = g.type === 'MultiPoint' ? g.coordinates : parts.flat()
  const head = g.type === 'MultiPoint' ? 40 : 44 + 4 * parts.length
  const v = new DataView(new ArrayBuffer(head + 16 * points.length))
  v.setInt32(0, SHAPE_TYPE[g.type], true)
  bounds([g]).forEach((b, i) => v.setFloat64(4 + 8 * i, b, true))
  let o = 36
  if (g.type === 'MultiPoint') {
    v.setInt32(o, points.length, true)
    o += 4
  } else {
    v.setInt32(o, parts.length, true)
    v.setInt32(o + 4, points.length, true)
    o += 8
    let start = 0
    for (const ring of parts) {
      v.setInt32(o, start, true)
      o += 4
      start += ring.length
    }
  }
  for (const [x, y] of points) {
    v.setFloat64(o, x, true)
    v.setFloat64(o + 8, y, true)
    o += 16
  }
  return new Uint8Array(v.buffer)
}

function header(fileBytes: number, type: number, box: number[]): DataView {
  const v = new DataView(new ArrayBuffer(100))
  v.setInt32(0, 9994, false)
  v.setInt32(24, fileBytes / 2, false)
  v.setInt32(28, 1000, true)
  v.setInt32(32, type, true)
  box.forEach((b, i) => v.setFloat64(36 + 8 * i, b, true))
  return v
}

function writeShpShx(t: FeatureTable) {
  const type = SHAPE_TYPE[t.collection.geometryType]
  const contents = t.features.map((f) => shapeContent(f.geometry))
  const shpBytes = 100 + contents.reduce((n, c) => n + 8 + c.length, 0)
  const box = bounds(t.features.map((f) => f.geometry))
  const shp = new Uint8Array(shpBytes)
  const shx = new Uint8Array(100 + 8 * contents.length)
  shp.set(new Uint8Array(header(shpBytes, type, box).buffer))
  shx.set(new Uint8Array(header(shx.length, type, box).buffer))
  const shpView = new DataView(shp.buffer)
  const shxView = new DataView(shx.buffer)
  let o = 100
  contents.forEach((c, i) => {
    shxView.setInt32(100 + 8 * i, o / 2, false)
    shxView.setInt32(104 + 8 * i, c.length / 2, false)
    shpView.setInt32(o, i + 1, false)
    shpView.setInt32(o + 4, c.length / 2, false)
    shp.set(c, o + 8)
    o += 8 + c.length
  })
  return { shp, shx }
}

const utf8 = new TextEncoder()

/** UTF-8 bytes cut to at most `max`, never inside a character. */
function clip(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes
  let end = max
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--
  return bytes.subarray(0, end)
}

interface DbfColumn {
  name: string
  type: 'C' | 'N' | 'D'
  length: number
  decimals: number
  encode(v: FieldValue): Uint8Array
}

function dbfColumn(name: string, type: FieldType, values: FieldValue[]): DbfColumn {
  const pad = (s: string, n: number) => utf8.encode(s.padStart(n, ' '))
  if (type === 'date') {
    return {
      name,
      type: 'D',
      length: 8,
      decimals: 0,
      encode: (v) =>
        utf8.encode(
          String(v ?? '')
            .replace(/-/g, '')
            .padEnd(8, ' '),
        ),
    }
  }
  if (type === 'integer') {
    return {
      name,
      type: 'N',
      length: 11,
      decimals: 0,
      encode: (v) => pad(v === null ? '' : String(Math.round(Number(v))), 11),
    }
  }
  if (type === 'number') {
    return {
      name,
      type: 'N',
      length: 24,
      decimals: 6,
      encode: (v) => pad(v === null ? '' : Number(v).toFixed(6), 24),
    }
  }
  const length = Math.min(254, Math.max(1, ...values.map((v) => utf8.encode(String(v ?? '')).length)))
  return { name, type: 'C', length, decimals: 0, encode: (v) => clip(utf8.encode(String(v ?? '')), length) }
}

function writeDbf(t: FeatureTable): Uint8Array {
  const columns: DbfColumn[] = [
    dbfColumn('id', 'integer', []),
    ...fieldsOf(t).map((f, i) =>
      dbfColumn(
        f.name.slice(0, 10),
        f.type,
        t.features.map((x) => x.values[i]),
      ),
    ),
  ]
  const headerBytes = 32 + 32 * columns.length + 1
  const recordBytes = 1 + columns.reduce((n, c) => n + c.length, 0)
  const out = new Uint8Array(headerBytes + recordBytes * t.features.length + 1).fill(0)
  const v = new DataView(out.buffer)
  const now = new Date()
  out.set([0x03, now.getUTCFullYear() - 1900, now.getUTCMonth() + 1, now.getUTCDate()])
  v.setUint32(4, t.features.length, true)
  v.setUint16(8, headerBytes, true)
  v.setUint16(10, recordBytes, true)
  columns.forEach((c, i) => {
    const o = 32 + 32 * i
    out.set(utf8.encode(c.name), o)
    out[o + 11] = c.type.charCodeAt(0)
    out[o + 16] = c.length
    out[o + 17] = c.decimals
  })
  out[headerBytes - 1] = 0x0d
  t.features.forEach((f, r) => {
    let o = headerBytes + r * recordBytes
    out[o++] = 0x20
    ;[f.id, ...f.values].forEach((value, i) => {
      const c = columns[i]
      const bytes = c.encode(value)
      out.fill(0x20, o, o + c.length)
      out.set(bytes.subarray(0, c.length), o)
      o += c.length
    })
  })
  out[out.length - 1] = 0x1a
  return out
}

/** The zipped Shapefile of a selection: `<name>.shp/.shx/.dbf/.prj/.cpg`. */
export function writeShapefileZip(t: FeatureTable, name: string): Uint8Array {
  const { shp, shx } = writeShpShx(t)
  return zipSync({
    [`${name}.shp`]: shp,
    [`${name}.shx`]: shx,
    [`${name}.dbf`]: writeDbf(t),
    [`${name}.prj`]: utf8.encode(WGS84_PRJ),
    [`${name}.cpg`]: utf8.encode('UTF-8'),
  })
}
