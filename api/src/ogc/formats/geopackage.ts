// A small GeoPackage 1.3 writer on node-sqlite3-wasm (SQLite in WebAssembly writing straight to
// a file, no native build): the required metadata tables, one feature table, geometries as
// GeoPackage blobs (header + WKB). Written page by page into the file, so memory stays bounded.
import sqlite from 'node-sqlite3-wasm'
import type { OgcCollection } from '../ogc-collections'
import type { FeatureTable } from './feature-table'
import { bounds, GrowingBounds, toWkb, type Geometry } from './geometry'

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

const METADATA = `PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;
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
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));`

/** Writes a GeoPackage file (one table named after the collection, EPSG:4326): `append` pages, then `close`. */
export class GeoPackageWriter {
  private readonly box = new GrowingBounds()
  private readonly insert: sqlite.Statement

  private constructor(
    private readonly db: sqlite.Database,
    table: string,
    fieldCount: number,
  ) {
    this.insert = db.prepare(
      `INSERT INTO "${table}" VALUES (${Array(2 + fieldCount)
        .fill('?')
        .join(', ')})`,
    )
  }

  static open(path: string, c: OgcCollection): GeoPackageWriter {
    const db = new sqlite.Database(path)
    try {
      const table = c.id.replace(/-/g, '_')
      db.exec(METADATA)
      const srs = 'INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)'
      db.run(srs, ['Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', null])
      db.run(srs, ['Undefined geographic SRS', 0, 'NONE', 0, 'undefined', null])
      db.run(srs, ['WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude on WGS 84'])
      db.run(
        `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
         VALUES (?, 'features', ?, ?, 4326)`,
        [table, c.title, c.description],
      )
      db.run(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)`, [
        table,
        GPKG_TYPE[c.geometryType],
      ])
      const columns = c.fields.map((f) => `"${f.name}" ${SQL_TYPE[f.type]}`).join(', ')
      db.exec(`CREATE TABLE "${table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT,
        geom ${GPKG_TYPE[c.geometryType]}, ${columns})`)
      return new GeoPackageWriter(db, table, c.fields.length)
    } catch (e) {
      db.close()
      throw e
    }
  }

  /** One page, in one SQLite transaction. */
  append(t: FeatureTable): void {
    this.db.exec('BEGIN')
    for (const f of t.features) {
      this.insert.run([f.id, gpkgBlob(f.geometry), ...f.values])
      this.box.add(f.geometry)
    }
    this.db.exec('COMMIT')
  }

  /** Records the extent and closes the file. */
  close(): void {
    try {
      this.db.run('UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?', this.box.value)
    } finally {
      this.discard()
    }
  }

  /** Closes the file without finishing it. */
  discard(): void {
    if (!this.insert.isFinalized) this.insert.finalize()
    if (this.db.isOpen) this.db.close()
  }
}
