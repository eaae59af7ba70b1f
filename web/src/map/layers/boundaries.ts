// MapLibre layer specs for the boundary tiles: the county choropleth (colour from feature-state), borders, highlights.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { RATE_CLASSES } from '@zgm/domain'
import { RATE_CLASS_COLORS, rgbCss } from '../classing'
import { SOURCE_LAYERS } from '../sources'

export interface BoundaryInput {
  showCounties: boolean
  showCities: boolean
  /** Lighter fill over an online basemap. */
  overBasemap: boolean
  selectedCity: string | null
  selectedCounty: string | null
  hoveredCounty: string | null
  /** A city the screen is about (Huzhou): everything else is washed out. */
  focusCity: string | null
}

const vis = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) })

/** fill-color from the county's `cls` feature-state; counties without data stay pale. */
export const countyFillColor: ExpressionSpecification = [
  'match',
  ['coalesce', ['feature-state', 'cls'], ''],
  ...RATE_CLASSES.flatMap((cls) => [cls, rgbCss(RATE_CLASS_COLORS[cls])]),
  '#f4f1ea',
] as unknown as ExpressionSpecification

const codeIs = (code: string | null): ExpressionSpecification => ['==', ['get', 'code'], code ?? '']

/** Land and the choropleth: drawn first, under mines and areas. */
export function boundaryFills(input: BoundaryInput): LayerSpecification[] {
  return [
    {
      id: 'province-land',
      type: 'fill',
      source: 'province',
      'source-layer': SOURCE_LAYERS.province,
      layout: vis(!input.overBasemap),
      paint: { 'fill-color': '#f4f1ea' },
    },
    {
      id: 'county-fill',
      type: 'fill',
      source: 'counties',
      'source-layer': SOURCE_LAYERS.counties,
      layout: vis(input.showCounties),
      paint: {
        'fill-color': countyFillColor,
        // Close in, the shading steps back so footprints and areas stay readable.
        'fill-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          input.overBasemap ? 0.55 : 0.88,
          11,
          0.4,
          13,
          0.22,
        ],
      },
    },
  ]
}

/** Borders and highlights: drawn over everything else. */
export function boundaryLines(input: BoundaryInput): LayerSpecification[] {
  return [
    {
      id: 'outside-focus',
      type: 'fill',
      source: 'cities',
      'source-layer': SOURCE_LAYERS.cities,
      filter: ['!=', ['get', 'code'], input.focusCity ?? ''],
      layout: vis(input.focusCity !== null),
      paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.6 },
    },
    {
      id: 'county-line',
      type: 'line',
      source: 'counties',
      'source-layer': SOURCE_LAYERS.counties,
      paint: {
        'line-color': '#ffffff',
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.4, 10, 1.2],
        'line-opacity': 0.9,
      },
    },
    {
      id: 'city-line',
      type: 'line',
      source: 'cities',
      'source-layer': SOURCE_LAYERS.cities,
      layout: { ...vis(input.showCities), 'line-join': 'round' },
      paint: { 'line-color': '#4a5560', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.9, 10, 2] },
    },
    {
      id: 'province-line',
      type: 'line',
      source: 'province',
      'source-layer': SOURCE_LAYERS.province,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#27323a', 'line-width': 1.8 },
    },
    {
      id: 'city-selected',
      type: 'line',
      source: 'cities',
      'source-layer': SOURCE_LAYERS.cities,
      filter: codeIs(input.selectedCity),
      layout: vis(input.selectedCity !== null),
      paint: { 'line-color': '#0b3d91', 'line-width': 3 },
    },
    {
      id: 'county-selected',
      type: 'line',
      source: 'counties',
      'source-layer': SOURCE_LAYERS.counties,
      filter: codeIs(input.selectedCounty),
      layout: vis(input.selectedCounty !== null),
      paint: { 'line-color': '#0b3d91', 'line-width': 3 },
    },
    {
      id: 'county-hover',
      type: 'line',
      source: 'counties',
      'source-layer': SOURCE_LAYERS.counties,
      filter: codeIs(input.hoveredCounty),
      layout: vis(input.hoveredCounty !== null),
      paint: { 'line-color': '#111111', 'line-width': 2 },
    },
  ]
}
