// An imported shape on its way from the import preview to a new area's editor (one at a time).
import type { MultiPolygonGeometry } from '@zgm/domain'

export interface HandedShape {
  geometry: MultiPolygonGeometry
  name: string | null
}

let pending: HandedShape | null = null

export function handOver(shape: HandedShape): void {
  pending = shape
}

/** The shape handed over, once; null when there is none. */
export function takeHandedShape(): HandedShape | null {
  const shape = pending
  pending = null
  return shape
}
