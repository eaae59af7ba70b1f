// The whole MapLibre style as a pure function of what the user has switched on.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'
import type { LayerId } from '../state/url-state'
import { areaLayers, publicMineLayers } from './layers/areas'
import { boundaryFills, boundaryLines } from './layers/boundaries'
import { neighbourLayers, neighbourSource } from './layers/neighbours'
import { INTERNAL_SOURCES, PUBLIC_SOURCES, tiandituSource, tileSource } from './sources'
import { VECTOR_BASEMAP_SOURCE, type VectorBasemap } from './vector-basemap'

export type MapMode = 'internal' | 'public'

export interface StyleInput {
  mode: MapMode
  origin: string
  layers: readonly LayerId[]
  /** Set only when the server provides a Tianditu key. */
  tiandituKey: string | null
  /** The operator's PMTiles basemap (BASEMAP_PMTILES), once loaded; drawn under everything. */
  vectorBasemap?: VectorBasemap | null
  selectedCity: string | null
  selectedCounty: string | null
  hoveredCounty: string | null
  focusCity?: string | null
}

export interface StyleParts {
  sources: Record<string, SourceSpecification>
  layers: LayerSpecification[]
}

export const SEA_COLOR = '#dce6ec'

/** The empty style the map starts from; sources and layers arrive through `styleParts`. */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': SEA_COLOR } }],
}

export function basemapOf(input: Pick<StyleInput, 'layers' | 'tiandituKey'>): 'vec' | 'img' | null {
  if (!input.tiandituKey) return null
  return input.layers.includes('tdt-img') ? 'img' : input.layers.includes('tdt-vec') ? 'vec' : null
}

export function styleParts(input: StyleInput): StyleParts {
  const on = (id: LayerId) => input.layers.includes(id)
  const sources: Record<string, SourceSpecification> = {}
  for (const name of input.mode === 'public' ? PUBLIC_SOURCES : INTERNAL_SOURCES)
    sources[name] = tileSource(name, input.origin)
  sources.neighbours = neighbourSource(input.origin)

  const basemap = basemapOf(input)
  const layers: LayerSpecification[] = []
  // Under an online (Tianditu) basemap the operator's vector basemap is not needed.
  const vector = basemap === null ? (input.vectorBasemap ?? null) : null
  if (vector) {
    sources[VECTOR_BASEMAP_SOURCE] = vector.source
    layers.push(...vector.layers)
  }
  if (basemap && input.tiandituKey) {
    const [base, notes] = basemap === 'img' ? (['img', 'cia'] as const) : (['vec', 'cva'] as const)
    sources[`tdt-${base}`] = tiandituSource(base, input.tiandituKey)
    sources[`tdt-${notes}`] = tiandituSource(notes, input.tiandituKey)
    layers.push({ id: `tdt-${base}`, type: 'raster', source: `tdt-${base}` })
  }
  const boundary = {
    showCounties: on('counties'),
    showCities: on('cities'),
    overBasemap: basemap !== null,
    selectedCity: input.selectedCity,
    selectedCounty: input.selectedCounty,
    hoveredCounty: input.hoveredCounty,
    focusCity: input.focusCity ?? null,
  }
  // Offline, the neighbours are what tells land from sea; an online basemap draws its own.
  layers.push(...neighbourLayers(basemap === null && vector === null))
  layers.push(...boundaryFills(boundary))
  if (input.mode === 'internal') {
    layers.push(
      ...areaLayers({
        showMines: on('mines'),
        showRestoration: on('restoration'),
        showReclamation: on('reclamation'),
      }),
    )
  }
  layers.push(...boundaryLines(boundary))
  if (input.mode === 'public') layers.push(...publicMineLayers(on('mines')))
  if (basemap) {
    const notes = basemap === 'img' ? 'cia' : 'cva'
    layers.push({ id: `tdt-${notes}`, type: 'raster', source: `tdt-${notes}` })
  }
  return { sources, layers }
}
