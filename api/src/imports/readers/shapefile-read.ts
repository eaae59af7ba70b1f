import { nameAndArea, refuse, type SourceFile, type SourceRecord } from './source-file'

type Ring = [number, number][]

function signedArea2(r: Ring) {
  let a = 0
  for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1]
  return a
}

/** The EPSG code a .prj describes: WGS 84, CGCS2000 geographic, or CGCS2000 3° GK (with or without zone prefix). */
export function sridOfPrj(prj: string | undefined): number | null {
  if (!prj) return null
  const num = (key: string) => Number(prj.match(new RegExp(`"${key}",\\s*(-?[\\d.]+)`, 'i'))?.[1])
  const cgcs =
    /CGCS[_ ]?2000|China_Geodetic_Coordinate_System_2000|China Geodetic Coordinate System 2000/i.test(prj)
  if (!/^\s*PROJCS/i.test(prj)) return cgcs ? 4490 : /WGS[_ ]?(19)?84/i.test(prj) ? 4326 : null
  if (!cgcs) return null
  const cm = num('central_meridian')
  const falseEasting = num('false_easting')
  const zone = Math.round(cm / 3)
  if (!(zone >= 25 && zone <= 45) || Math.abs(cm - zone * 3) > 1e-9) return null
  if (falseEasting === zone * 1_000_000 + 500_000) return 4488 + zone // 4513 (zone 25) … 4533 (zone 45)
  if (falseEasting === 500_000) return 4509 + zone // 4534 (CM 75°) … 4554 (CM 135°)
  return null
}

/** Polygons from .shp; a clockwise ring starts a polygon, counter-clockwise ones are its holes. */
function readShp(shp: Uint8Array): (Ring[][] | null)[] {
  const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength)
  if (shp.length < 100 || v.getInt32(0, false) !== 9994) throw refuse('wrong_magic', '.shp')
  const out: (Ring[][] | null)[] = []
  let o = 100
  while (o + 8 <= shp.length) {
    const length = v.getInt32(o + 4, false) * 2
    const start = o + 8
    if (length < 4 || start + length > shp.length) throw refuse('broken_file', `.shp record at byte ${o}`)
    const type = v.getInt32(start, true)
    if (type === 5 || type === 15 || type === 25) {
      if (length < 44) throw refuse('broken_file', `.shp record at byte ${o}`)
      const parts = v.getInt32(start + 36, true)
      const count = v.getInt32(start + 40, true)
      const pts = start + 44 + 4 * parts
      if (parts < 1 || count < 0 || pts + 16 * count > start + length) {
        throw refuse('broken_file', `.shp record at byte ${o}`)
      }
      const polygons: Ring[][] = []
      for (let p = 0; p < parts; p++) {
        const from = v.getInt32(start + 44 + 4 * p, true)
        const to = p + 1 < parts ? v.getInt32(start + 48 + 4 * p, true) : count
        if (from < 0 || to > count || from >= to) throw refuse('broken_file', `.shp parts at byte ${o}`)
        const ring: Ring = []
        for (let i = from; i < to; i++)
          ring.push([v.getFloat64(pts + 16 * i, true), v.getFloat64(pts + 16 * i + 8, true)])
        if (signedArea2(ring) < 0 || !polygons.length) polygons.push([ring])
        else polygons.at(-1)!.push(ring)
      }
      // GeoJSON wants outer rings counter-clockwise (RFC 7946); PostGIS accepts either.
      out.push(polygons)
    } else out.push(null)
    o = start + length
  }
  return out
}

/** DBF attributes, text decoded as the .cpg says (UTF-8 when there is none: what this platform writes). */
function readDbf(dbf: Uint8Array | undefined, cpg: string | undefined): Record<string, unknown>[] {
  if (!dbf || dbf.length < 33) return []
  const v = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength)
  const records = v.getUint32(4, true)
  const headerBytes = v.getUint16(8, true)
  const recordBytes = v.getUint16(10, true)
  if (headerBytes > dbf.length || headerBytes + records * recordBytes > dbf.length)
    throw refuse('broken_file', '.dbf')
  const encoding =
    !cpg || /utf-?8/i.test(cpg) ? 'utf-8' : /936|gbk|gb2312|gb18030/i.test(cpg) ? 'gb18030' : 'utf-8'
  const text = new TextDecoder(encoding)
  const ascii = new TextDecoder('latin1')
  const fields: { name: string; type: string; length: number }[] = []
  for (let o = 32; o + 32 <= headerBytes && dbf[o] !== 0x0d; o += 32) {
    fields.push({
      name: ascii.decode(dbf.subarray(o, o + 11)).replace(/\0.*$/, ''),
      type: String.fromCharCode(dbf[o + 11]),
      length: dbf[o + 16],
    })
  }
  return Array.from({ length: records }, (_, r) => {
    let o = headerBytes + r * recordBytes + 1
    const row: Record<string, unknown> = {}
    for (const f of fields) {
      const raw = text.decode(dbf.subarray(o, o + f.length)).trim()
      row[f.name] = f.type === 'N' || f.type === 'F' ? (raw === '' ? null : Number(raw)) : raw
      o += f.length
    }
    return row
  })
}

/** A zipped Shapefile (exactly one .shp with its .dbf, .prj and optional .cpg). */
export function readShapefile(files: Record<string, Uint8Array>): SourceFile {
  const names = Object.keys(files)
  const shps = names.filter((n) => /\.shp$/i.test(n))
  if (shps.length !== 1) throw refuse('unknown_format', `${shps.length} .shp files in the zip`)
  const base = shps[0].slice(0, -4)
  const part = (ext: string) =>
    files[names.find((n) => n.toLowerCase() === `${base}.${ext}`.toLowerCase()) ?? '']
  const utf8 = new TextDecoder()
  const prj = part('prj') ? utf8.decode(part('prj')) : undefined
  const srid = sridOfPrj(prj)
  if (srid === null) throw refuse('unknown_format', prj ? `.prj ${prj.slice(0, 60)}` : 'no .prj')
  const shapes = readShp(files[shps[0]])
  const attrs = readDbf(part('dbf'), part('cpg') ? utf8.decode(part('cpg')) : undefined)
  const records = shapes.map((polygons, index): SourceRecord => ({
    index,
    ...nameAndArea(attrs[index] ?? {}),
    geometry: polygons ? { geojson: JSON.stringify({ type: 'MultiPolygon', coordinates: polygons }) } : null,
    problems: polygons ? [] : [{ code: 'geometry_type', got: 'not a polygon shape' }],
  }))
  return { format: 'shp', srid, records }
}
