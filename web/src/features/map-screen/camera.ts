// Camera helpers: where the side panel or bottom sheet covers the map, and where a selection is.
import type { BBox } from '@zgm/domain'
import type { MapMine } from '../../api/schemas'
import type { Padding } from '../../map/fit'
import type { Selection } from '../../state/url-state'
import type { Regions } from './use-regions'

export const ZHEJIANG_BBOX: BBox = [118.02, 27.04, 122.95, 31.18]
export const HUZHOU_BBOX: BBox = [119.23, 30.37, 120.49, 31.18]

/**
 * Map padding around what the map controls cover: on wide screens the layer cards (left) and the
 * date slider (bottom); on phones the folded cards (top) and the slider (the sheet sits below the map).
 */
export function panelPadding(width = window.innerWidth): Partial<Padding> {
  if (width > 760) return { top: 30, right: 60, bottom: 100, left: width > 1100 ? 250 : 40 }
  return { top: 84, right: 48, bottom: 84, left: 12 }
}

/** The box to show for a selection (a small box around a mine). */
export function selectionBBox(sel: Selection, regions: Regions, mines: readonly MapMine[]): BBox | null {
  if (sel.kind !== 'mine') return regions.byCode.get(sel.code)?.bbox ?? null
  const mine = mines.find((m) => m.id === sel.id)
  return mine ? pointBBox(mine.lng, mine.lat) : null
}

export function pointBBox(lng: number, lat: number, half = 0.035): BBox {
  return [lng - half, lat - half, lng + half, lat + half]
}

/** Map cards start open on wide screens and folded on phones. */
export function wideScreen(): boolean {
  return typeof window === 'undefined' || window.innerWidth > 760
}
