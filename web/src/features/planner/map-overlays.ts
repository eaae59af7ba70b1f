// Shapes the planner's map shows beside the editable one: the mine's footprint, an earlier version
// (a ghost), the other person's shape in a conflict, the bureau's queue, and a live problem's
// point. GeoJSON sources owned here; the style for each is data.
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'
import type { LngLat, MultiPolygonGeometry } from '@zgm/domain'

export type OverlayId = 'footprint' | 'ghost' | 'theirs' | 'queue' | 'problem'

interface OverlayStyle {
  color: string
  dash: number[]
  fill: number
}

export const OVERLAY_STYLES: Record<Exclude<OverlayId, 'problem'>, OverlayStyle> = {
  footprint: { color: '#6b4f2a', dash: [1, 0], fill: 0.06 },
  ghost: { color: '#5b5b5b', dash: [2, 2], fill: 0.05 },
  theirs: { color: '#c0392b', dash: [3, 1.5], fill: 0.18 },
  queue: { color: '#d35400', dash: [1, 0], fill: 0.12 },
}

const sourceOf = (id: OverlayId) => `overlay-${id}`

/** The layers of one overlay (polygons: fill and line; the problem: a ringed dot). */
export function overlayLayers(id: OverlayId): LayerSpecification[] {
  const source = sourceOf(id)
  if (id === 'problem') {
    return [
      {
        id: `${source}-circle`,
        type: 'circle',
        source,
        paint: {
          'circle-radius': 7,
          'circle-color': '#e74c3c',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ]
  }
  const style = OVERLAY_STYLES[id]
  return [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      paint: { 'fill-color': style.color, 'fill-opacity': style.fill },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      paint: { 'line-color': style.color, 'line-width': 2, 'line-dasharray': style.dash },
    },
  ]
}

export interface MapOverlays {
  set(id: Exclude<OverlayId, 'problem'>, geometries: readonly MultiPolygonGeometry[]): void
  setProblem(at: LngLat | null): void
  /** How many shapes an overlay holds (tests read it through the hook). */
  count(id: OverlayId): number
  destroy(): void
}

const IDS: OverlayId[] = ['footprint', 'queue', 'ghost', 'theirs', 'problem']

export function createMapOverlays(map: MapLibreMap): MapOverlays {
  const counts = new Map<OverlayId, number>()
  for (const id of IDS) {
    map.addSource(sourceOf(id), { type: 'geojson', data: { type: 'FeatureCollection', features: [] } })
    for (const layer of overlayLayers(id)) map.addLayer(layer)
  }
  const setData = (id: OverlayId, features: GeoJSON.Feature[]) => {
    counts.set(id, features.length)
    map.getSource<GeoJSONSource>(sourceOf(id))?.setData({ type: 'FeatureCollection', features })
  }
  return {
    set(id, geometries) {
      setData(
        id,
        geometries.map((geometry) => ({ type: 'Feature', geometry, properties: {} })),
      )
    },
    setProblem(at) {
      setData(
        'problem',
        at ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: {} }] : [],
      )
    },
    count: (id) => counts.get(id) ?? 0,
    destroy() {
      for (const id of IDS) {
        for (const layer of overlayLayers(id)) if (map.getLayer(layer.id)) map.removeLayer(layer.id)
        if (map.getSource(sourceOf(id))) map.removeSource(sourceOf(id))
      }
    },
  }
}

/** The area tile layers that draw area `id` on screen now (how it is styled). */
export function renderedAreaLayers(map: MapLibreMap, id: number): string[] {
  const layers = map
    .getStyle()
    .layers.map((l) => l.id)
    .filter((l) => /^(restoration|reclamation)-/.test(l))
  const hits = map.queryRenderedFeatures({ layers }).filter((f) => Number(f.properties.id) === id)
  return [...new Set(hits.map((f) => f.layer.id))].sort()
}

/**
 * Refetches the area tiles after a write: the tile URLs get a new revision so that neither
 * MapLibre's tile cache nor the browser's HTTP cache (max-age 60 s) answers with the old drawing.
 */
export function refreshAreaTiles(map: MapLibreMap, revision: number): void {
  for (const id of ['restoration', 'reclamation']) {
    const source = map.getSource(id) as { tiles?: string[]; setTiles?(tiles: string[]): void } | undefined
    if (!source?.tiles || !source.setTiles) continue
    source.setTiles(source.tiles.map((url) => `${url.split('?')[0]}?rev=${revision}`))
  }
}
