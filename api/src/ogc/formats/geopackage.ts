// A small GeoPackage 1.3 writer on sql.js (SQLite in WebAssembly, no native build): the
// required metadata tables, one feature table, geometries as GeoPackage blobs (header + WKB).
import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { fieldsOf, type FeatureTable } from './feature-table'
import { bounds, toWkb, type Geometry } from './geometry'

let sqlJs: Promise<SqlJsStatic> | undefined

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],' +
  'UNIT["degree",0.0174532925199433],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'

const SQL_TYPE = { string: 'TEXT', integer: 'INTEGER', number: 'DOUBLE', date: 'DATE' } as const
const GPKG_TYPE = { Point: 'POINT', MultiPoint: 'MULTIPOINT', MultiPolygon: 'MULTIPOLYGON' } as const

/** GeoPackage binary: "GP", version 0, flags (little-endian, xy envelope), srs id, envelope, WKB. */
function gpkgBlob(g: Geometry): Uint8Array {
  const wkb = toWkb(g)
  const head = new DataView(new ArrayBuffer(8 + 32))
  head.setUint8(0, 0x47)
  head.setUint8(1, 0x50)
  head.setUint8(2, 0)
  head.setUint8(3, 0b0000_0011)
  head.setInt32(4, 4326, true)
  const [minX, minY, maxX, maxY] = bounds([g])
  ;[minX, maxX, minY, maxY].forEach((b, i) => head.setFloat64(8 + 8 * i, b, true))
  const out = new Uint8Array(head.byteLength + wkb.length)
  out.set(new Uint8Array(head.buffer))
  out.set(wkb, head.byteLength)
  return out
}

/** The selection as a GeoPackage file (one table named after the collection, EPSG:4326). */
export async function writeGeoPackage(t: FeatureTable): Promise<Uint8Array> {
  const SQL = await (sqlJs ??= initSqlJs())
  const db = new SQL.Database()
  try {
    const table = t.collection.id.replace(/-/g, '_')
    const fields = fieldsOf(t)
    const [minX, minY, maxX, maxY] = bounds(t.features.map((f) => f.geometry))
    db.run(`PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;
      CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
        organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
        description TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
        identifier TEXT UNIQUE, description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
        srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
        geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));`)
    const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)')
    srs.run(['Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', null])
    srs.run(['Undefined geographic SRS', 0, 'NONE', 0, 'undefined', null])
    srs.run(['WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude on WGS 84'])
    srs.free()
    db.run(
      `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
       VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)`,
      [table, t.collection.title, t.collection.description, minX, minY, maxX, maxY],
    )
    db.run(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)`, [
      table,
      GPKG_TYPE[t.collection.geometryType],
    ])
    const columns = fields.map((f) => `"${f.name}" ${SQL_TYPE[f.type]}`).join(', ')
    db.run(`CREATE TABLE "${table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT,
      geom ${GPKG_TYPE[t.collection.geometryType]}, ${columns})`)
    const insert = db.prepare(`INSERT INTO "${table}" VALUES (?, ?, ${fields.map(() => '?').join(', ')})`)
    db.run('BEGIN')
    for (const f of t.features) insert.run([f.id, gpkgBlob(f.geometry), ...f.values])
    db.run('COMMIT')
    insert.free()
    return db.export()
  } finally {
    db.close()
  }
}
