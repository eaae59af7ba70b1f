// The length a scale bar shows: a round distance (1, 2 or 5 × 10^n m) no longer than the room
// it has, at the map's centre latitude. Pure, so it is tested without a map.

/** Metres per CSS pixel of a MapLibre map (512-pixel tiles) at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom)
}

export interface ScaleBar {
  metres: number
  /** Its length in CSS pixels. */
  px: number
  label: string
}

export function scaleBar(mpp: number, maxPx: number): ScaleBar {
  const max = mpp * maxPx
  const pow = 10 ** Math.floor(Math.log10(max))
  const metres = [5, 2, 1].map((f) => f * pow).find((m) => m <= max) ?? pow
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`
  return { metres, px: metres / mpp, label }
}
