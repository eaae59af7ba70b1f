// The two downloads that are written whole before they are sent (a Shapefile's and a DBF's
// headers hold lengths and counts, a GeoPackage is a SQLite file): page by page into a file in
// a temporary directory; the caller streams it from there.
import { join } from 'node:path'
import type { FeatureTable } from '../formats/feature-table'
import { GeoPackageWriter } from '../formats/geopackage'
import { ShapefileWriter } from '../formats/shapefile'
import type { OgcCollection } from '../ogc-collections'
import { inTempDir, readAndForget } from './temp-file'
import { zipFiles } from './zip-files'

type Pages = AsyncIterable<FeatureTable> | Iterable<FeatureTable>

/** A zipped Shapefile `<name>.shp.zip` in `dir` (text fields `textBytes` wide), its path. */
export async function buildShapefileZip(
  dir: string,
  name: string,
  c: OgcCollection,
  textBytes: Record<string, number>,
  pages: Pages,
): Promise<string> {
  const writer = await ShapefileWriter.open(dir, name, c, textBytes)
  try {
    for await (const page of pages) await writer.append(page)
  } catch (e) {
    await writer.discard()
    throw e
  }
  const zip = join(dir, `${name}.shp.zip`)
  await zipFiles(await writer.close(), zip)
  return zip
}

/** A GeoPackage `<collection>.gpkg` in `dir`, its path. */
export async function buildGeoPackage(dir: string, c: OgcCollection, pages: Pages): Promise<string> {
  const path = join(dir, `${c.id}.gpkg`)
  const writer = GeoPackageWriter.open(path, c)
  try {
    for await (const page of pages) writer.append(page)
  } catch (e) {
    writer.discard()
    throw e
  }
  writer.close()
  return path
}

/** The widest value of each text field of a table, in UTF-8 bytes. */
export function textBytesOf(t: FeatureTable): Record<string, number> {
  const utf8 = new TextEncoder()
  return Object.fromEntries(
    t.collection.fields.map((f, i) => [
      f.name,
      Math.max(0, ...t.features.map((x) => utf8.encode(String(x.values[i] ?? '')).length)),
    ]),
  )
}

/** A small table as zipped-Shapefile bytes (tests, import round trips). */
export async function shapefileZipBytes(t: FeatureTable, name: string): Promise<Uint8Array> {
  const { dir, value } = await inTempDir((d) => buildShapefileZip(d, name, t.collection, textBytesOf(t), [t]))
  return readAndForget(dir, value)
}

/** A small table as GeoPackage bytes (tests, import round trips). */
export async function geoPackageBytes(t: FeatureTable): Promise<Uint8Array> {
  const { dir, value } = await inTempDir((d) => buildGeoPackage(d, t.collection, [t]))
  return readAndForget(dir, value)
}
