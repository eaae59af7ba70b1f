import { AREA_LIMITS, checkGeometry, type MultiPolygonGeometry } from '@zgm/domain'
import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { HttpError } from '../http/errors'
import { measureGeometry, placeGeometry } from './areas.queries'
import { validityRefusal } from './validity-reason'

/** Pure checks first (shape, ranges, closure, vertices), then PostGIS (validity, area, province, distance). */
export async function checkedGeometry(
  tx: Transaction<DB>,
  deps: { maxDistanceM: number },
  input: unknown,
  mineId: number,
): Promise<{ geometry: MultiPolygonGeometry; areaM2: number }> {
  const checked = checkGeometry(input, AREA_LIMITS)
  if (!checked.ok) throw new HttpError(checked.problem)
  const { geometry } = checked
  const measure = await measureGeometry(tx, geometry)
  if (!measure.valid) throw new HttpError(validityRefusal(measure.reason))
  const { minAreaM2, maxAreaM2 } = AREA_LIMITS
  if (!(measure.areaM2 > minAreaM2 && measure.areaM2 < maxAreaM2)) {
    throw new HttpError({
      code: 'area_out_of_range',
      areaM2: Math.round(measure.areaM2 * 10) / 10,
      minM2: minAreaM2,
      maxM2: maxAreaM2,
    })
  }
  const place = await placeGeometry(tx, geometry, mineId, deps.maxDistanceM, AREA_LIMITS.provinceToleranceM)
  if (place.insideProvince === null) throw new Error('the Zhejiang outline (admin_unit 330000) is not loaded')
  if (!place.insideProvince) {
    throw new HttpError({ code: 'outside_province' })
  }
  if (!place.withinReach) {
    throw new HttpError({
      code: 'too_far_from_footprint',
      distanceM: Math.round(place.distanceM),
      maxDistanceM: deps.maxDistanceM,
      reference: place.reference,
    })
  }
  return { geometry, areaM2: measure.areaM2 }
}
