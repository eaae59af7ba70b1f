import { HttpError } from '../../http/errors'
import type { Refusal, RefusalOf } from '@zgm/domain'

export type ImportFormat = 'geojson' | 'shp' | 'kml' | 'gpkg' | 'corners'

/** One record of an imported file, its geometry still in the source CRS. */
export interface SourceRecord {
  index: number
  name: string | null
  declaredAreaM2: number | null
  /** GeoJSON text or WKB; null when the record could not be read (see problems). */
  geometry: { geojson: string } | { wkb: Uint8Array } | null
  /** Problems found while reading (not a polygon, unknown zone …), as refusals. */
  problems: Refusal[]
}

export interface SourceFile {
  format: ImportFormat
  /** EPSG code of the source CRS (4326 for CRS84/WGS 84, 4490 CGCS2000, 4527–4529 GK zones …). */
  srid: number
  records: SourceRecord[]
}

export const MAX_RECORDS = 2_000

export const refuse = (reason: RefusalOf<'import_refused'>['reason'], detail?: string) =>
  new HttpError({ code: 'import_refused', reason, ...(detail ? { detail: detail.slice(0, 120) } : {}) })

/** A number from a property that may be text ("1,234.5") or a number; null otherwise. */
export function numberOf(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/,/g, '')) : NaN
  return Number.isFinite(n) && n > 0 ? n : null
}

const NAME_KEYS = ['name', 'NAME', 'Name', '名称', 'mc', 'MC']
const AREA_KEYS = ['area_m2', 'AREA_M2', '面积', 'mj', 'MJ']

export function nameAndArea(props: Record<string, unknown>) {
  const name = NAME_KEYS.map((k) => props[k]).find((v) => typeof v === 'string' && v.trim()) as
    string | undefined
  const area = AREA_KEYS.map((k) => numberOf(props[k])).find((v) => v !== null) ?? null
  return { name: name?.trim() ?? null, declaredAreaM2: area }
}
