import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { nameAndArea, refuse, type SourceFile, type SourceRecord } from './source-file'

let sqlJs: Promise<SqlJsStatic> | undefined

/** The WKB inside a GeoPackage geometry blob (after "GP", version, flags, srs id and envelope). */
function wkbOf(blob: Uint8Array): Uint8Array | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) return null
  const envelope = [0, 32, 48, 48, 64][(blob[3] >> 1) & 0b111]
  if (envelope === undefined || blob.length < 8 + envelope + 5) return null
  return blob.subarray(8 + envelope)
}

/** The first feature table of a GeoPackage (read in memory by sql.js; nothing is executed from it). */
export async function readGeoPackage(bytes: Uint8Array): Promise<SourceFile> {
  const SQL = await (sqlJs ??= initSqlJs())
  let db
  try {
    db = new SQL.Database(bytes)
  } catch (e) {
    throw refuse('broken_file', (e as Error).message)
  }
  try {
    const columns = db.exec('select table_name, column_name, srs_id from gpkg_geometry_columns limit 1')
    const first = columns[0]?.values[0]
    if (!first) throw refuse('no_records', 'no gpkg_geometry_columns')
    const [table, column, srid] = first as [string, string, number]
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`
    const result = db.exec(`select * from ${quote(table)}`)[0]
    const names = result?.columns ?? []
    const records = (result?.values ?? []).map((row, index): SourceRecord => {
      const props = Object.fromEntries(names.map((n, i) => [n, row[i]]))
      const blob = props[column]
      const wkb = blob instanceof Uint8Array ? wkbOf(blob) : null
      return {
        index,
        ...nameAndArea(props),
        geometry: wkb ? { wkb } : null,
        problems: wkb ? [] : [{ code: 'geometry_type', got: 'none' }],
      }
    })
    return { format: 'gpkg', srid, records }
  } catch (e) {
    if (e instanceof Error && 'refusal' in e) throw e
    throw refuse('broken_file', (e as Error).message)
  } finally {
    db.close()
  }
}
