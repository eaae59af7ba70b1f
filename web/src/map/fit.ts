// How the map fits a box, shared by the map bridge and the picture drawn before the map exists
// (map-preview.tsx), which must not load MapLibre to know where the map will look.
import type { BBox } from '@zgm/domain'

export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/** Space kept free around a fitted box unless the caller says otherwise (px). */
export const fitPadding = (padding: Partial<Padding> = {}): Padding => ({
  top: 40,
  right: 40,
  bottom: 40,
  left: 40,
  ...padding,
})

/** The deepest zoom a fit goes to unless the caller says otherwise. */
export const FIT_MAX_ZOOM = 12
/** The map's own zoom range. */
export const MIN_ZOOM = 4
export const MAX_ZOOM = 17

/** A longitude and latitude in Web Mercator pixels of the zoom-0 world of 512-px tiles, y down. */
export function worldPx(lng: number, lat: number): [number, number] {
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  return [((lng + 180) / 360) * 512, (0.5 - y / (2 * Math.PI)) * 512]
}

/**
 * Where MapLibre's fitBounds puts a box (no rotation): the box's Mercator centre at the centre of
 * the padded area, at the zoom that fits it there, within FIT_MAX_ZOOM and the map's range. As a
 * screen transform of zoom-0 world pixels: screen = world × scale + offset.
 */
export function fitTransform(
  bbox: BBox,
  padding: Padding,
  width: number,
  height: number,
  maxZoom = FIT_MAX_ZOOM,
) {
  const [x0, y1] = worldPx(bbox[0], bbox[1])
  const [x1, y0] = worldPx(bbox[2], bbox[3])
  const free = [width - padding.left - padding.right, height - padding.top - padding.bottom]
  const zoom = Math.min(
    maxZoom,
    Math.max(MIN_ZOOM, Math.log2(Math.min(free[0] / (x1 - x0), free[1] / (y1 - y0)))),
  )
  const scale = 2 ** zoom
  return {
    scale,
    x: padding.left + free[0] / 2 - ((x0 + x1) / 2) * scale,
    y: padding.top + free[1] / 2 - ((y0 + y1) / 2) * scale,
  }
}

/** The same transform for a centre and zoom: the centre in the middle of the map. */
export function viewTransform(
  center: readonly [number, number],
  zoom: number,
  width: number,
  height: number,
) {
  const [cx, cy] = worldPx(center[0], center[1])
  const scale = 2 ** zoom
  return { scale, x: width / 2 - cx * scale, y: height / 2 - cy * scale }
}
