// The sketch map of the field form: its own small MapLibre map with no tiles at all (it must work
// in a quarry without a signal), showing the licensed polygon, the footprint and the part of the
// sketch outside the licence; terra-draw (the planner's editor bridge) draws the sketch.
import * as maplibregl from 'maplibre-gl'
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { BBox, MultiPolygonGeometry } from '@zgm/domain'

maplibregl.setWorkerUrl(workerUrl)

export const SKETCH_COLORS = { licence: '#c0392b', footprint: '#6b4f2a', outside: '#e74c3c' } as const

type Shape = 'licence' | 'footprint' | 'outside'

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] })

const STYLE: StyleSpecification = {
  version: 8,
  sources: {
    licence: { type: 'geojson', data: empty() },
    footprint: { type: 'geojson', data: empty() },
    outside: { type: 'geojson', data: empty() },
  },
  layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#f3f1ea' } },
    {
      id: 'footprint-fill',
      type: 'fill',
      source: 'footprint',
      paint: { 'fill-color': SKETCH_COLORS.footprint, 'fill-opacity': 0.15 },
    },
    {
      id: 'footprint-line',
      type: 'line',
      source: 'footprint',
      paint: { 'line-color': SKETCH_COLORS.footprint, 'line-width': 2 },
    },
    {
      id: 'licence-line',
      type: 'line',
      source: 'licence',
      paint: { 'line-color': SKETCH_COLORS.licence, 'line-width': 3, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'outside-fill',
      type: 'fill',
      source: 'outside',
      paint: { 'fill-color': SKETCH_COLORS.outside, 'fill-opacity': 0.45 },
    },
  ],
}

export interface SketchMap {
  readonly map: maplibregl.Map
  setShape(shape: Shape, geometry: MultiPolygonGeometry | null): void
  whenLoaded(fn: () => void): void
  destroy(): void
}

export function bboxOf(geometries: readonly (MultiPolygonGeometry | null)[]): BBox | null {
  const points = geometries.flatMap((g) => (g ? g.coordinates.flat(2) : []))
  if (points.length === 0) return null
  const lngs = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]
}

export function createSketchMap(container: HTMLElement, bbox: BBox, ariaLabel: string): SketchMap {
  const map = new maplibregl.Map({
    container,
    style: STYLE,
    bounds: bbox,
    fitBoundsOptions: { padding: 40 },
    attributionControl: false,
    // One finger draws; two fingers move the map.
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  })
  map.getCanvas().setAttribute('aria-label', ariaLabel)
  map.touchZoomRotate.disableRotation()
  const loaded = new Promise<void>((resolve) =>
    map.loaded() ? resolve() : map.once('load', () => resolve()),
  )
  return {
    map,
    setShape(shape, geometry) {
      void loaded.then(() => {
        ;(map.getSource(shape) as GeoJSONSource | undefined)?.setData(
          geometry ? { type: 'Feature', geometry, properties: {} } : empty(),
        )
        // Above the drawing tool's own layers, so the part outside the licence stays visible.
        if (shape === 'outside') map.moveLayer('outside-fill')
      })
    },
    whenLoaded: (fn) => void loaded.then(fn),
    destroy: () => map.remove(),
  }
}
