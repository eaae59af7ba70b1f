// Where the map's picture (map-preview.tsx) is drawn for, if anywhere. Apart from the picture so
// that the app's entry can tell, before any route's code has loaded, whether a route will draw it
// (app.tsx starts its one request then).
import type { BBox } from '@zgm/domain'
import type { Padding } from '../../map/fit'
import type { MapView, UrlState } from '../../state/url-state'

/** Where the map opens: a view from the address, or a box fitted with padding. */
export type PreviewCamera = { view: MapView } | { bbox: BBox; padding: Partial<Padding> }

/**
 * The deepest view the picture is drawn for: its outlines are simplified at 8 zoom-10 pixels, 4 px
 * on screen at zoom 9 but 128 px at zoom 14, where borders would be visibly off.
 */
export const PREVIEW_MAX_ZOOM = 9

/**
 * Where the map's first frame will look, if that is known before the map and the region list:
 * the address's view (not too deep), else the default box; a selection's box needs the regions.
 */
export function previewCameraFor(
  url: Pick<UrlState, 'view' | 'selection'>,
  defaultBBox: BBox,
  padding: Partial<Padding>,
): PreviewCamera | null {
  if (!drawsPreview(url)) return null
  return url.view ? { view: url.view } : { bbox: defaultBBox, padding }
}

/** Whether the address lets the picture be drawn at all (see previewCameraFor). */
export function drawsPreview(url: Pick<UrlState, 'view' | 'selection'>): boolean {
  return url.view ? url.view.zoom <= PREVIEW_MAX_ZOOM : url.selection === null
}
