import type { BBox } from '@zgm/domain'
import type { IsoDate } from '../../api/schemas'
import type { MapBridge } from '../../map/bridge'
import type { Selection } from '../../state/url-state'
import type { MapDataSource } from './data-source'
import type { MapData } from './use-map-data'
import type { Regions } from './use-regions'

/** What a map screen hands its side panel. */
export interface ScreenContext {
  source: MapDataSource
  asOf: IsoDate
  data: MapData
  regions: Regions
  selection: Selection | null
  /** Selects and zooms to it, or to `bbox` when given (null: back to the whole view). */
  focus(selection: Selection | null, bbox?: BBox): void
  bridge: MapBridge | null
  /** Rings these mines on the map (null: none). */
  highlight(ids: readonly number[] | null): void
  /** Shows a box (a panel's own place, e.g. an area being drawn); later resizes keep it. */
  showBBox(bbox: BBox, maxZoom?: number, animate?: boolean): void
  /** While true, clicks and hovers on the map do not select (a panel draws on the map). */
  pauseMapPicking(paused: boolean): void
  /** Whether the page was opened on a view of its own (a permalink's `v`): then nothing refits it. */
  openedWithView: boolean
}
