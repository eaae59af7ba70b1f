// Turns screen state into what the map draws: style parts, feature-states and deck layers (all memoised).
import { regionContains } from '@zgm/domain'
import { useMemo } from 'react'
import type { DeckInput } from '../../map/deck-overlay'
import type { Lang } from '../../i18n/dict'
import { SOURCE_LAYERS } from '../../map/sources'
import { styleParts, type MapMode, type StyleParts } from '../../map/style'
import type { VectorBasemap } from '../../map/vector-basemap'
import type { LayerId, Selection } from '../../state/url-state'
import type { FeatureStateSet } from './map-view'
import type { MapData } from './use-map-data'
import type { Regions } from './use-regions'

export interface ScreenLayerInput {
  mode: MapMode
  layers: readonly LayerId[]
  tiandituKey: string | null
  vectorBasemap: VectorBasemap | null
  selection: Selection | null
  hoveredCounty: string | null
  focusCity: string | null
  data: MapData
  regions: Regions
  zoom: number
  lang: Lang
  /** Mines to ring on the map (an opened overdue or due-soon list). */
  highlightIds: ReadonlySet<number>
}

/** Mines shown: all, or those of the selected city/county. */
function minesIn(data: MapData, selection: Selection | null) {
  if (!selection || selection.kind === 'mine') return data.mines
  return data.mines.filter((m) => regionContains(selection.code, m.countyCode))
}

export function useScreenLayers(input: ScreenLayerInput): {
  style: StyleParts
  featureStates: FeatureStateSet[]
  deckLayers: DeckInput
} {
  const { mode, layers, tiandituKey, vectorBasemap, selection, hoveredCounty, focusCity } = input
  const { data, regions, zoom, lang } = input
  const { highlightIds } = input
  const selectedCity = selection?.kind === 'city' ? selection.code : null
  const selectedCounty = selection?.kind === 'county' ? selection.code : null
  const style = useMemo(
    () =>
      styleParts({
        mode,
        origin: location.origin,
        layers,
        tiandituKey,
        vectorBasemap,
        selectedCity,
        selectedCounty,
        hoveredCounty,
        focusCity,
      }),
    [mode, layers, tiandituKey, vectorBasemap, selectedCity, selectedCounty, hoveredCounty, focusCity],
  )

  const featureStates = useMemo<FeatureStateSet[]>(() => {
    const counties = new Map([...data.classes].map(([code, c]) => [code, { cls: c.cls }]))
    const sets: FeatureStateSet[] = [
      { source: 'counties', sourceLayer: SOURCE_LAYERS.counties, states: counties },
    ]
    if (mode === 'internal') {
      const mines = new Map(
        data.mines.filter((m) => m.greenState).map((m) => [m.id, { greenState: m.greenState }]),
      )
      sets.push({ source: 'mines', sourceLayer: SOURCE_LAYERS.mines, states: mines })
    }
    return sets
  }, [data.classes, data.mines, mode])

  const shownMines = useMemo(() => minesIn(data, selection), [data, selection])
  const selectedMine = selection?.kind === 'mine' ? selection.id : null
  const deckLayers = useMemo<DeckInput>(
    () => ({
      mines: {
        mines: shownMines,
        visible: layers.includes('mines'),
        publicMode: mode === 'public',
        selectedId: selectedMine,
        highlightIds,
        zoom,
      },
      labels: {
        cities: regions.cities,
        counties: regions.counties,
        visible: layers.includes('labels'),
        zoom,
        lang,
      },
    }),
    [shownMines, layers, mode, selectedMine, highlightIds, zoom, regions, lang],
  )
  return { style, featureStates, deckLayers }
}
