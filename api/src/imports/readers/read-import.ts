import { readCornerPoints } from './corners-read'
import { readGeoJson } from './geojson-read'
import { readGeoPackage } from './geopackage-read'
import { readKml } from './kml-read'
import { safeUnzip } from './safe-unzip'
import { readShapefile } from './shapefile-read'
import { MAX_RECORDS, refuse, type SourceFile } from './source-file'

const starts = (b: Uint8Array, magic: string) => [...magic].every((ch, i) => b[i] === ch.charCodeAt(0))

/**
 * Reads an uploaded GIS file by its extension, after checking that the content is what the
 * extension says (magic bytes): .geojson/.json, .zip (Shapefile), .kml, .gpkg, .txt/.csv (corner points).
 */
export async function readImport(
  filename: string,
  bytes: Uint8Array,
  declaredAreaM2: number | null,
): Promise<SourceFile> {
  const ext = filename.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? ''
  const text = () => new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  const head = text()
    .slice(0, 200)
    .replace(/^\uFEFF/, '')
    .trimStart()
  let file: SourceFile
  switch (ext) {
    case 'zip':
      if (!starts(bytes, 'PK\x03\x04')) throw refuse('wrong_magic', '.zip')
      file = readShapefile(safeUnzip(bytes))
      break
    case 'gpkg':
      if (!starts(bytes, 'SQLite format 3\0')) throw refuse('wrong_magic', '.gpkg')
      file = await readGeoPackage(bytes)
      break
    case 'geojson':
    case 'json':
      if (!head.startsWith('{')) throw refuse('wrong_magic', `.${ext}`)
      file = readGeoJson(text())
      break
    case 'kml':
      if (!head.startsWith('<')) throw refuse('wrong_magic', '.kml')
      file = readKml(text())
      break
    case 'txt':
    case 'csv':
      if (bytes.includes(0)) throw refuse('wrong_magic', `.${ext}`)
      file = readCornerPoints(text(), declaredAreaM2)
      break
    default:
      throw refuse('unknown_format', ext ? `.${ext}` : filename)
  }
  if (!file.records.length) throw refuse('no_records')
  if (file.records.length > MAX_RECORDS) throw refuse('too_many_records', `> ${MAX_RECORDS}`)
  return file
}
