// A download of a whole selection in any format, with memory bounded whatever its size: rows
// come from PostgreSQL a page at a time (keyset cursor); text formats and FlatGeobuf are
// streamed as the pages arrive, Shapefile and GeoPackage are written to a temporary file first.
import type { Conn } from '../../db/database'
import { csvHead, csvRows } from '../formats/csv'
import type { FeatureTable } from '../formats/feature-table'
import { fgbFeatures, fgbWithUnknownCount } from '../formats/flatgeobuf'
import { GEOJSON_HEAD, GEOJSON_TAIL, geojsonFeatures } from '../formats/geojson'
import { KML_TAIL, kmlHead, kmlPlacemarks } from '../formats/kml'
import type { OgcCollection } from '../ogc-collections'
import { toFeatureTable } from '../ogc.mappers'
import { downloadPage, flatGeobufPage, textFieldBytes, type FeatureFilter } from '../ogc.queries'
import type { DownloadFormat } from '../ogc.schemas'
import { buildGeoPackage, buildShapefileZip } from './build-file'
import { keysetPages, pull } from './pages'
import { inTempDir, streamAndForget } from './temp-file'

export interface Download {
  stream: ReadableStream<Uint8Array>
  /** Known for the files written first (Content-Length). */
  size?: number
}

interface Range {
  limit: number
  offset: number
}

interface TextFormat {
  head(t: FeatureTable): string
  body(t: FeatureTable, first: boolean): string
  tail: string
}
const TEXT_FORMATS: Partial<Record<DownloadFormat, TextFormat>> = {
  geojson: { head: () => GEOJSON_HEAD, body: geojsonFeatures, tail: GEOJSON_TAIL },
  csv: { head: csvHead, body: csvRows, tail: '' },
  kml: { head: kmlHead, body: kmlPlacemarks, tail: KML_TAIL },
}

/** The selection as pages of features (CRS84). */
function featurePages(db: Conn, c: OgcCollection, f: FeatureFilter, range: Range) {
  return keysetPages(range, async (at) => {
    const rows = await downloadPage(db, c, f, at)
    return rows.length
      ? { value: toFeatureTable(c, rows), lastId: Number(rows.at(-1)!.id), n: rows.length }
      : null
  })
}

async function* textPieces(db: Conn, c: OgcCollection, f: FeatureFilter, range: Range, text: TextFormat) {
  const utf8 = new TextEncoder()
  yield utf8.encode(text.head(toFeatureTable(c, [])))
  let first = true
  for await (const page of featurePages(db, c, f, range)) {
    yield utf8.encode(text.body(page, first))
    first = false
  }
  yield utf8.encode(text.tail)
}

async function* flatGeobufPieces(db: Conn, c: OgcCollection, f: FeatureFilter, range: Range) {
  let first = true
  for await (const file of keysetPages(range, (at) => flatGeobufPage(db, c, f, at))) {
    yield first ? fgbWithUnknownCount(file) : fgbFeatures(file)
    first = false
  }
}

/** The whole selection (`range`) of a collection in format `f`, ready to send. */
export async function downloadSelection(
  db: Conn,
  c: OgcCollection,
  f: FeatureFilter,
  format: DownloadFormat,
  range: Range,
  name: string,
): Promise<Download> {
  const text = TEXT_FORMATS[format]
  if (text) return { stream: pull(textPieces(db, c, f, range, text)) }
  if (format === 'fgb') return { stream: pull(flatGeobufPieces(db, c, f, range)) }
  const widths = format === 'shp' ? await textFieldBytes(db, c, f) : {}
  const { dir, value: path } = await inTempDir((d) =>
    format === 'shp'
      ? buildShapefileZip(d, name, c, widths, featurePages(db, c, f, range))
      : buildGeoPackage(d, c, featurePages(db, c, f, range)),
  )
  return streamAndForget(dir, path)
}
