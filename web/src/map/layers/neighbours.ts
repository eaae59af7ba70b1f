// The land around Zhejiang (Shanghai, Jiangsu, Anhui, Jiangxi, Fujian) so that the offline map
// reads as land and sea: a static GeoJSON built by scripts/build-neighbours.ts (same source and
// GCJ-02 correction as the province's own boundaries; see data/SOURCES.md).
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl'
import neighboursUrl from '../neighbours.geojson?url'

export const NEIGHBOUR_LAND_COLOR = '#e6e2d8'
export const COAST_COLOR = '#8fa9b8'

export function neighbourSource(origin: string): SourceSpecification {
  return { type: 'geojson', data: new URL(neighboursUrl, origin).href }
}

/** Neighbouring land under everything, and its borders (dashed) and coast. */
export function neighbourLayers(visible: boolean): LayerSpecification[] {
  const layout = { visibility: visible ? ('visible' as const) : ('none' as const) }
  return [
    {
      id: 'neighbour-land',
      type: 'fill',
      source: 'neighbours',
      layout,
      paint: { 'fill-color': NEIGHBOUR_LAND_COLOR },
    },
    {
      id: 'neighbour-line',
      type: 'line',
      source: 'neighbours',
      layout: { ...layout, 'line-join': 'round' },
      paint: { 'line-color': COAST_COLOR, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
  ]
}

/** Where the neighbours' names go (inside the part of each the map shows). */
export const NEIGHBOUR_LABELS: readonly { name: string; nameEn: string; at: [lng: number, lat: number] }[] = [
  { name: '上海市', nameEn: 'Shanghai', at: [121.35, 31.2] },
  { name: '江苏省', nameEn: 'Jiangsu', at: [120.0, 31.75] },
  { name: '安徽省', nameEn: 'Anhui', at: [117.9, 30.6] },
  { name: '江西省', nameEn: 'Jiangxi', at: [117.2, 28.6] },
  { name: '福建省', nameEn: 'Fujian', at: [118.9, 27.0] },
]
