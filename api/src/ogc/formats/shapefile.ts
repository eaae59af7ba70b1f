// A small ESRI Shapefile writer: .shp/.shx/.dbf/.prj/.cpg, written page by page into files
// whose headers (lengths, counts, bounds) are filled in at the end, then zipped. DBF text is
// UTF-8 with a `.cpg` saying so, so Chinese attributes survive (@mapbox/shp-write mangles them).
import { open, writeFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { FieldType, OgcCollection } from '../ogc-collections'
import { type FeatureTable, type FieldValue } from './feature-table'
import { bounds, GrowingBounds, signedArea2, type Geometry, type Position } from './geometry'

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

function header(fileBytes: number, type: number, box: readonly number[]): Uint8Array {
  const v = new DataView(new ArrayBuffer(100))
  v.setInt32(0, 9994, false)
  v.setInt32(24, fileBytes / 2, false)
  v.setInt32(28, 1000, true)
  v.setInt32(32, type, true)
  box.forEach((b, i) => v.setFloat64(36 + 8 * i, b, true))
  return new Uint8Array(v.buffer)
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

/** A DBF column; text columns are `textBytes` wide (the widest value, 1–254 bytes). */
function dbfColumn(name: string, type: FieldType, textBytes: number): DbfColumn {
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
  const length = Math.min(254, Math.max(1, textBytes))
  return { name, type: 'C', length, decimals: 0, encode: (v) => clip(utf8.encode(String(v ?? '')), length) }
}

function dbfHeader(columns: readonly DbfColumn[], records: number): Uint8Array {
  const headerBytes = 32 + 32 * columns.length + 1
  const out = new Uint8Array(headerBytes)
  const v = new DataView(out.buffer)
  const now = new Date()
  out.set([0x03, now.getUTCFullYear() - 1900, now.getUTCMonth() + 1, now.getUTCDate()])
  v.setUint32(4, records, true)
  v.setUint16(8, headerBytes, true)
  v.setUint16(10, 1 + columns.reduce((n, c) => n + c.length, 0), true)
  columns.forEach((c, i) => {
    const o = 32 + 32 * i
    out.set(utf8.encode(c.name), o)
    out[o + 11] = c.type.charCodeAt(0)
    out[o + 16] = c.length
    out[o + 17] = c.decimals
  })
  out[headerBytes - 1] = 0x0d
  return out
}

function dbfRecords(columns: readonly DbfColumn[], t: FeatureTable): Uint8Array {
  const recordBytes = 1 + columns.reduce((n, c) => n + c.length, 0)
  const out = new Uint8Array(recordBytes * t.features.length).fill(0x20)
  t.features.forEach((f, r) => {
    let o = r * recordBytes + 1
    ;[f.id, ...f.values].forEach((value, i) => {
      const c = columns[i]
      out.set(c.encode(value).subarray(0, c.length), o)
      o += c.length
    })
  })
  return out
}

const concat = (parts: readonly Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** The file names of a Shapefile called `name`, in the order they are zipped. */
export const shapefileParts = (name: string) => ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${name}.${e}`)

/**
 * Writes a Shapefile into `dir` page by page: `append` each page, then `close`. `textBytes`
 * gives each text field's widest value in UTF-8 bytes (a DBF fixes its widths in the header).
 */
export class ShapefileWriter {
  private records = 0
  private shpBytes = 100
  private readonly box = new GrowingBounds()

  private constructor(
    private readonly paths: string[],
    private readonly type: number,
    private readonly columns: DbfColumn[],
    private readonly files: { shp: FileHandle; shx: FileHandle; dbf: FileHandle },
  ) {}

  static async open(dir: string, name: string, c: OgcCollection, textBytes: Record<string, number>) {
    const paths = shapefileParts(name).map((p) => join(dir, p))
    const columns = [
      dbfColumn('id', 'integer', 0),
      ...c.fields.map((f) => dbfColumn(f.name.slice(0, 10), f.type, textBytes[f.name] ?? 1)),
    ]
    const [shp, shx, dbf] = await Promise.all(paths.slice(0, 3).map((p) => open(p, 'w')))
    const writer = new ShapefileWriter(paths, SHAPE_TYPE[c.geometryType], columns, { shp, shx, dbf })
    // Placeholders; the real headers are written by close().
    await shp.write(new Uint8Array(100))
    await shx.write(new Uint8Array(100))
    await dbf.write(dbfHeader(columns, 0))
    return writer
  }

  async append(t: FeatureTable): Promise<void> {
    const shp: Uint8Array[] = []
    const shx = new DataView(new ArrayBuffer(8 * t.features.length))
    t.features.forEach((f, i) => {
      const content = shapeContent(f.geometry)
      const head = new DataView(new ArrayBuffer(8))
      head.setInt32(0, this.records + i + 1, false)
      head.setInt32(4, content.length / 2, false)
      shx.setInt32(8 * i, this.shpBytes / 2, false)
      shx.setInt32(8 * i + 4, content.length / 2, false)
      shp.push(new Uint8Array(head.buffer), content)
      this.shpBytes += 8 + content.length
      this.box.add(f.geometry)
    })
    this.records += t.features.length
    await this.files.shp.write(concat(shp))
    await this.files.shx.write(new Uint8Array(shx.buffer))
    await this.files.dbf.write(dbfRecords(this.columns, t))
  }

  /** Closes the files without finishing them (the build failed; the directory is removed). */
  async discard(): Promise<void> {
    await Promise.all(Object.values(this.files).map((f) => f.close()))
  }

  /** Fills in the headers, closes the files and writes the .prj and .cpg; the five paths. */
  async close(): Promise<string[]> {
    const { shp, shx, dbf } = this.files
    const box = this.box.value
    try {
      await shp.write(header(this.shpBytes, this.type, box), 0, 100, 0)
      await shx.write(header(100 + 8 * this.records, this.type, box), 0, 100, 0)
      const head = dbfHeader(this.columns, this.records)
      await dbf.write(head, 0, head.length, 0)
      await dbf.write(new Uint8Array([0x1a]), 0, 1, (await dbf.stat()).size)
    } finally {
      await Promise.all([shp.close(), shx.close(), dbf.close()])
    }
    await writeFile(this.paths[3], WGS84_PRJ)
    await writeFile(this.paths[4], 'UTF-8')
    return this.paths
  }
}
