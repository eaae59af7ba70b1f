// The permalink: view, layers, date and selection in the query string. Pure (de)serialisation.
import { isCityCode, isCountyCode, type LngLat } from '@zgm/domain'
import type { IsoDate } from '../api/schemas'
import { FIRST_DAY, isIsoDate } from './dates'

export const LAYER_IDS = [
  'counties',
  'cities',
  'mines',
  'restoration',
  'reclamation',
  'labels',
  'tdt-vec',
  'tdt-img',
] as const
export type LayerId = (typeof LAYER_IDS)[number]

/** Short names keep links short: ?l=cnt,cty,mine. */
const LAYER_CODES: Readonly<Record<LayerId, string>> = {
  counties: 'cnt',
  cities: 'cty',
  mines: 'mine',
  restoration: 'rest',
  reclamation: 'recl',
  labels: 'lbl',
  'tdt-vec': 'vec',
  'tdt-img': 'img',
}

export const DEFAULT_LAYERS: readonly LayerId[] = [
  'counties',
  'cities',
  'mines',
  'restoration',
  'reclamation',
  'labels',
]

export interface MapView {
  center: LngLat
  zoom: number
}

export type Selection = { kind: 'city' | 'county'; code: string } | { kind: 'mine'; id: number }

export interface UrlState {
  /** Absent: the route's default view. */
  view: MapView | null
  layers: readonly LayerId[]
  /** Absent: today. */
  asOf: IsoDate | null
  selection: Selection | null
}

export const EMPTY_URL_STATE: UrlState = { view: null, layers: DEFAULT_LAYERS, asOf: null, selection: null }

const round = (n: number, digits: number) => Number(n.toFixed(digits))

export function encodeSelection(sel: Selection): string {
  return sel.kind === 'mine' ? `mine:${sel.id}` : `${sel.kind}:${sel.code}`
}

export function decodeSelection(text: string | null): Selection | null {
  const m = /^(city|county|mine):(\w+)$/.exec(text ?? '')
  if (!m) return null
  const [, kind, value] = m as unknown as [string, 'city' | 'county' | 'mine', string]
  if (kind === 'mine') return /^\d{1,9}$/.test(value) ? { kind, id: Number(value) } : null
  if (kind === 'city') return isCityCode(value) ? { kind, code: value } : null
  return isCountyCode(value) ? { kind, code: value } : null
}

function sameLayers(a: readonly LayerId[], b: readonly LayerId[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id))
}

/** The query string for a state (without "?"); defaults are left out. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams()
  if (state.view) {
    const [lng, lat] = state.view.center
    params.set('v', `${round(lng, 4)},${round(lat, 4)},${round(state.view.zoom, 2)}`)
  }
  if (state.asOf) params.set('d', state.asOf)
  if (!sameLayers(state.layers, DEFAULT_LAYERS))
    params.set('l', state.layers.map((id) => LAYER_CODES[id]).join(','))
  if (state.selection) params.set('s', encodeSelection(state.selection))
  // Commas and colons read better unescaped and are safe in a query string.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')
}

function decodeView(text: string | null): MapView | null {
  const parts = (text ?? '').split(',').map(Number)
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null
  const [lng, lat, zoom] = parts as [number, number, number]
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null
  return { center: [lng, lat], zoom }
}

function decodeLayers(text: string | null): readonly LayerId[] {
  if (text === null) return DEFAULT_LAYERS
  const byCode = new Map(Object.entries(LAYER_CODES).map(([id, code]) => [code, id as LayerId]))
  const ids = text.split(',').flatMap((code) => byCode.get(code) ?? [])
  return LAYER_IDS.filter((id) => ids.includes(id))
}

/** Reads a query string (with or without "?"); anything invalid falls back to the default. */
export function decodeUrlState(search: string, today: IsoDate): UrlState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
  const d = params.get('d')
  const asOf = d && isIsoDate(d) && d >= FIRST_DAY && d <= today ? d : null
  return {
    view: decodeView(params.get('v')),
    layers: decodeLayers(params.get('l')),
    asOf,
    selection: decodeSelection(params.get('s')),
  }
}
