// deck.gl (~230 kB gz) behind one dynamic import: the map paints its tiles first, and the overlay
// with the mine points and labels joins when this chunk has arrived.
import { MapLibreOverlay } from '@deck.gl/maplibre'
import { labelLayers, minePointLayers, type LabelInput, type MinePointsInput } from './layers/deck-layers'

/** What the deck.gl layers are built from: plain data, so the screens need no deck.gl code. */
export interface DeckInput {
  mines: MinePointsInput
  labels: LabelInput
}

export const deckLayersOf = (input: DeckInput) => [
  ...minePointLayers(input.mines),
  ...labelLayers(input.labels),
]

export { MapLibreOverlay }
