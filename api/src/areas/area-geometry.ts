import { checkGeometry, type MultiPolygonGeometry } from '@zgm/domain'
import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { HttpError } from '../http/errors'
import { AREA_LIMITS } from './area-limits'
import { measureGeometry, placeGeometry } from './areas.queries'

/** Pure checks first (shape, ranges, closure, vertices), then PostGIS (validity, area, province, distance). */
export async function checkedGeometry(
  tx: Transaction<DB>,
  deps: { maxDistanceM: number },
  input: unknown,
  mineId: number,
): Promise<{ geometry: MultiPolygonGeometry; areaM2: number }> {
  const checked = checkGeometry(input, AREA_LIMITS)
  if (!checked.ok) {
    const { code, message, path } = checked.problem
    const status = code === 'too_many_vertices' ? 422 : 400
    throw new HttpError(status, code, message, path ? { path } : undefined)
  }
  const { geometry } = checked
  const measure = await measureGeometry(tx, geometry)
  if (!measure.valid) throw new HttpError(422, 'invalid_geometry', measure.reason)
  const { minAreaM2, maxAreaM2 } = AREA_LIMITS
  if (!(measure.areaM2 > minAreaM2 && measure.areaM2 < maxAreaM2)) {
    throw new HttpError(
      422,
      'area_out_of_range',
      `the polygon covers ${formatM2(measure.areaM2)}; an area must be larger than ${minAreaM2} m² and smaller than ${maxAreaM2 / 1e6} km²`,
      { areaM2: Math.round(measure.areaM2 * 10) / 10 },
    )
  }
  const place = await placeGeometry(tx, geometry, mineId, deps.maxDistanceM, AREA_LIMITS.provinceToleranceDeg)
  if (place.insideProvince === null) throw new Error('the Zhejiang outline (admin_unit 330000) is not loaded')
  if (!place.insideProvince) {
    throw new HttpError(422, 'outside_province', 'the polygon is not (entirely) inside Zhejiang province')
  }
  if (!place.withinReach) {
    const metres = Math.round(place.distanceM)
    throw new HttpError(
      422,
      'too_far_from_footprint',
      `the polygon is ${metres} m from the mine's ${place.reference}; it must lie within ${deps.maxDistanceM} m of it`,
      { distanceM: metres, maxDistanceM: deps.maxDistanceM },
    )
  }
  return { geometry, areaM2: measure.areaM2 }
}

const formatM2 = (m2: number) => (m2 >= 1e6 ? `${(m2 / 1e6).toFixed(2)} km²` : `${m2.toFixed(1)} m²`)
