// MapLibre layer specs for mine footprints (coloured by state as of the date) and restoration / reclamation areas.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { GREEN_STATES } from '@zgm/domain'
import { MINE_GROUP_COLORS, MINE_GROUP_OF, PUBLIC_MINE_COLOR } from '../mine-palette'
import { SOURCE_LAYERS } from '../sources'

/** Footprints appear from this zoom; below it mines are points. */
export const FOOTPRINT_MIN_ZOOM = 11
export const AREA_MIN_ZOOM = 10

export const RESTORATION_COLOR = '#1f9e89'
export const RECLAMATION_COLOR = '#b8860b'

const vis = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) })
const rgb = ([r, g, b]: readonly number[]) => `rgb(${r},${g},${b})`

/** The state as of the date (feature-state from /api/map/mines), else the tile's current state. */
export const footprintColor: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'greenState'], ['get', 'green_state'], ''],
  ...GREEN_STATES.flatMap((s) => [s, rgb(MINE_GROUP_COLORS[MINE_GROUP_OF[s]])]),
  '#787878',
] as unknown as ExpressionSpecification

export interface AreaInput {
  showMines: boolean
  showRestoration: boolean
  showReclamation: boolean
}

/**
 * How an area is drawn by its approval: approved solid (fill by progress), submitted dashed and
 * faint, drafts and rejected ones dotted and fainter — never the same look (issue 11).
 */
export const APPROVAL_LINES = [
  { suffix: 'line', approvals: ['approved'], dash: null, width: 1.6 },
  { suffix: 'line-submitted', approvals: ['submitted'], dash: [3, 2], width: 2.2 },
  { suffix: 'line-draft', approvals: ['draft', 'rejected'], dash: [0.5, 1.5], width: 1.4 },
] as const

/** Approved: by progress (completed solid, planned faint); submitted and drafts fainter still. */
export const areaFillOpacity: ExpressionSpecification = [
  'match',
  ['get', 'approval'],
  'approved',
  ['match', ['get', 'progress'], 'completed', 0.7, 'in_progress', 0.5, 0.3],
  'submitted',
  0.16,
  0.06,
]

export function areaLayers(input: AreaInput): LayerSpecification[] {
  const area = (id: 'restoration' | 'reclamation', color: string, on: boolean): LayerSpecification[] => [
    {
      id: `${id}-fill`,
      type: 'fill',
      source: id,
      'source-layer': SOURCE_LAYERS[id],
      minzoom: AREA_MIN_ZOOM,
      layout: vis(on),
      paint: { 'fill-color': color, 'fill-opacity': areaFillOpacity },
    },
    ...APPROVAL_LINES.map((line): LayerSpecification => ({
      id: `${id}-${line.suffix}`,
      type: 'line',
      source: id,
      'source-layer': SOURCE_LAYERS[id],
      minzoom: AREA_MIN_ZOOM,
      filter: ['in', ['get', 'approval'], ['literal', [...line.approvals]]],
      layout: vis(on),
      paint: {
        'line-color': color,
        'line-width': line.width,
        ...(line.dash ? { 'line-dasharray': [...line.dash] } : {}),
      },
    })),
  ]
  return [
    ...area('restoration', RESTORATION_COLOR, input.showRestoration),
    ...area('reclamation', RECLAMATION_COLOR, input.showReclamation),
    {
      id: 'footprint-fill',
      type: 'fill',
      source: 'mines',
      'source-layer': SOURCE_LAYERS.mines,
      minzoom: FOOTPRINT_MIN_ZOOM,
      layout: vis(input.showMines),
      paint: { 'fill-color': footprintColor, 'fill-opacity': 0.45 },
    },
    {
      id: 'footprint-line',
      type: 'line',
      source: 'mines',
      'source-layer': SOURCE_LAYERS.mines,
      minzoom: FOOTPRINT_MIN_ZOOM,
      layout: vis(input.showMines),
      paint: { 'line-color': footprintColor, 'line-width': 1.6 },
    },
  ]
}

/** Public map, close in: directory mines from the public-mines tiles (points or polygons); farther out they are deck points. */
export function publicMineLayers(show: boolean): LayerSpecification[] {
  const color = rgb(PUBLIC_MINE_COLOR)
  const src = { source: 'public-mines', 'source-layer': SOURCE_LAYERS['public-mines'] } as const
  return [
    {
      id: 'public-mines-fill',
      type: 'fill',
      ...src,
      filter: ['==', ['geometry-type'], 'Polygon'],
      minzoom: FOOTPRINT_MIN_ZOOM,
      layout: vis(show),
      paint: { 'fill-color': color, 'fill-opacity': 0.4 },
    },
    {
      id: 'public-mines-circle',
      type: 'circle',
      ...src,
      filter: ['==', ['geometry-type'], 'Point'],
      minzoom: FOOTPRINT_MIN_ZOOM,
      layout: vis(show),
      paint: {
        'circle-color': color,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 3, 12, 7],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
  ]
}
