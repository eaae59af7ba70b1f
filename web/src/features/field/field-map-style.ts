// The field map's style as data: the bundled land (neighbours), county lines, the saved mine
// tiles (overzoomed past z15, the last zoom an offline area keeps), the area's mines as points,
// and the user's position with its accuracy circle.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'
import { FIELD_TILE_SETS, type LngLat } from '@zgm/domain'
import { NEIGHBOUR_LAND_COLOR, neighbourSource } from '../../map/layers/neighbours'
import { SEA_COLOR } from '../../map/style'

const maxZoomOf = (set: string) => FIELD_TILE_SETS.find((s) => s.set === set)?.maxZoom ?? 15

const tiles = (origin: string, set: string): SourceSpecification => ({
  type: 'vector',
  tiles: [`${origin}/tiles/${set}/{z}/{x}/{y}.mvt`],
  minzoom: 0,
  maxzoom: maxZoomOf(set),
})

export const MINE_POINT_COLOR = '#b3261e'
export const POSITION_COLOR = '#0b57d0'

export function fieldMapStyle(origin: string): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': SEA_COLOR } },
    {
      id: 'neighbour-land',
      type: 'fill',
      source: 'neighbours',
      paint: { 'fill-color': NEIGHBOUR_LAND_COLOR },
    },
    {
      id: 'county-fill',
      type: 'fill',
      source: 'counties',
      'source-layer': 'counties',
      paint: { 'fill-color': '#f4f1e8' },
    },
    {
      id: 'county-line',
      type: 'line',
      source: 'counties',
      'source-layer': 'counties',
      paint: { 'line-color': '#5b5b5b', 'line-width': 1.2 },
    },
    {
      id: 'footprint-fill',
      type: 'fill',
      source: 'mines',
      'source-layer': 'footprints',
      minzoom: 11,
      paint: { 'fill-color': '#c26d1a', 'fill-opacity': 0.35 },
    },
    {
      id: 'footprint-line',
      type: 'line',
      source: 'mines',
      'source-layer': 'footprints',
      minzoom: 11,
      paint: { 'line-color': '#8a4a0c', 'line-width': 1.5 },
    },
    {
      id: 'licence-line',
      type: 'line',
      source: 'area-mines',
      filter: ['==', ['get', 'kind'], 'licence'],
      paint: { 'line-color': '#1b1b1b', 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    {
      id: 'mine-point',
      type: 'circle',
      source: 'area-mines',
      filter: ['==', ['get', 'kind'], 'mine'],
      paint: {
        'circle-color': MINE_POINT_COLOR,
        'circle-radius': 6,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'position-accuracy',
      type: 'fill',
      source: 'position',
      filter: ['==', ['get', 'kind'], 'accuracy'],
      paint: { 'fill-color': POSITION_COLOR, 'fill-opacity': 0.15 },
    },
    {
      id: 'position-accuracy-line',
      type: 'line',
      source: 'position',
      filter: ['==', ['get', 'kind'], 'accuracy'],
      paint: { 'line-color': POSITION_COLOR, 'line-width': 1.5 },
    },
    {
      id: 'position-point',
      type: 'circle',
      source: 'position',
      filter: ['==', ['get', 'kind'], 'position'],
      paint: {
        'circle-color': POSITION_COLOR,
        'circle-radius': 7,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 3,
      },
    },
  ]
  const empty = (): SourceSpecification => ({
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  })
  return {
    version: 8,
    sources: {
      neighbours: neighbourSource(origin),
      counties: tiles(origin, 'counties'),
      mines: tiles(origin, 'mines'),
      'area-mines': empty(),
      position: empty(),
    },
    layers,
  }
}

/** A circle of `radiusM` metres around a position, as a closed ring (64 sides; for drawing only). */
export function circleRing([lng, lat]: LngLat, radiusM: number, sides = 64): LngLat[] {
  const dLat = radiusM / 111_320
  const dLng = dLat / Math.cos((lat * Math.PI) / 180)
  const ring: LngLat[] = []
  for (let i = 0; i <= sides; i++) {
    const a = (2 * Math.PI * (i % sides)) / sides
    ring.push([lng + dLng * Math.sin(a), lat + dLat * Math.cos(a)])
  }
  return ring
}
