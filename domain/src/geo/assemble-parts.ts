// PRODUCT §6 (planner's map): a drawing tool draws separate rings; an area is a MultiPolygon with
// holes. A ring drawn inside another becomes its hole; every other ring is a part of its own.
import type { PolygonCoords, Ring } from './coords'
import { pointInPolygon, ringAreaM2 } from './polygon-measure'

/** Rings (closed) to polygons: largest first, each ring lying wholly inside a part becomes that part's hole. */
export function assembleParts(rings: readonly Ring[]): PolygonCoords[] {
  const bySize = [...rings].sort((a, b) => ringAreaM2(b) - ringAreaM2(a))
  const polygons: PolygonCoords[] = []
  for (const ring of bySize) {
    const host = polygons.find(([outer]) => ring.every((p) => pointInPolygon(p, [outer!])))
    if (host && host.length === 1) host.push(ring)
    else polygons.push([ring])
  }
  return polygons
}

/** Every ring of a MultiPolygon's polygons, outer rings and holes alike (what a drawing tool edits). */
export const ringsOf = (polygons: readonly PolygonCoords[]): Ring[] => polygons.flat()
