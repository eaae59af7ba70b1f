// The one module that owns MapLibre's imperative API: it creates the map and the deck.gl overlay once and
// exposes a small typed surface (sync style, feature-state, deck layers, camera, picking, canvases).
import * as maplibregl from 'maplibre-gl'
import type { LayerSpecification, MapGeoJSONFeature, SourceSpecification } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { DeckInput } from './deck-overlay'
import type { BBox, LngLat } from '@zgm/domain'
import type { MapMine } from '../api/schemas'
import type { MapView } from '../state/url-state'
import { markOnce } from '../perf'
import { retryFailedTiles } from './tile-retry'
import { FIT_MAX_ZOOM, MAX_ZOOM, MIN_ZOOM, fitPadding, type Padding } from './fit'
import { BASE_STYLE, type StyleParts } from './style'

maplibregl.setWorkerUrl(workerUrl)
// Start the tile worker while React and the first API calls are still busy.
maplibregl.prewarm()

export type PointerHit =
  { kind: 'mine'; id: number; name: string | null; mine: MapMine | null } | { kind: 'county'; code: string }

export type { Padding } from './fit'

export interface MapBridgeOptions {
  container: HTMLElement
  view: MapView
  /** The first style, so tile sources start loading with the map itself. */
  style: StyleParts
  /** Labels the canvas for screen readers. */
  ariaLabel: string
}

export interface MapBridge {
  readonly map: maplibregl.Map
  syncStyle(parts: StyleParts): void
  setFeatureStates(
    source: string,
    sourceLayer: string,
    states: ReadonlyMap<string | number, Record<string, unknown>>,
  ): void
  /** The deck.gl layers, built once the deck.gl chunk has loaded (it loads after the map). */
  setDeckLayers(input: DeckInput): void
  /** `maxZoom` 12 suits regions and mines; drawing on a footprint wants closer. */
  fitBounds(bbox: BBox, padding?: Partial<Padding>, animate?: boolean, maxZoom?: number): void
  zoomBy(delta: number): void
  /** Marks the point a refusal names (one at a time) and flies there; null clears the mark. */
  markProblem(at: LngLat | null): void
  getView(): MapView
  /** Called after every move; `byUser` when a person dragged, zoomed or used the keyboard. */
  onViewChange(fn: (view: MapView, byUser: boolean) => void): () => void
  onResize(fn: () => void): () => void
  onPointer(
    kind: 'move' | 'click',
    fn: (hit: PointerHit | null, point: { x: number; y: number }) => void,
  ): () => void
  /** Resolves once the first county tiles are on screen (or after `timeoutMs`, whichever is first). */
  firstPaint(timeoutMs: number): Promise<void>
  /** Runs `fn` once the style is parsed (at once if it is): when sources and layers may be added. */
  whenStyleReady(fn: () => void): void
  /** Resolves at the next idle (every tile loaded, nothing animating). */
  nextIdle(): Promise<void>
  canvases(): { map: HTMLCanvasElement; deck: HTMLCanvasElement | null }
  destroy(): void
}

/** Absolute URLs for TileJSON and tiles, so the worker resolves them the same way as the page. */
function absolute(url: string): { url: string } {
  return { url: url.startsWith('/') ? `${location.origin}${url}` : url }
}

const MINE_FEATURE_LAYERS = ['footprint-fill', 'public-mines-fill', 'public-mines-circle']

export function createMapBridge(options: MapBridgeOptions): MapBridge {
  markOnce('zgm:map-create')
  const map = new maplibregl.Map({
    container: options.container,
    style: {
      ...BASE_STYLE,
      sources: options.style.sources,
      layers: [...BASE_STYLE.layers, ...options.style.layers],
    },
    center: options.view.center,
    zoom: options.view.zoom,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    // Loose enough that padding for the panel or bottom sheet can still centre Zhejiang on a phone.
    maxBounds: [
      [100, 12],
      [140, 45],
    ],
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Export to PNG reads the canvas back after drawing.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    transformRequest: absolute,
  })
  map.touchZoomRotate.disableRotation()
  map.keyboard.disableRotation()
  map.getCanvas().setAttribute('aria-label', options.ariaLabel)
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right')

  // deck.gl loads on demand so the first paint waits for MapLibre only.
  let overlay: import('./deck-overlay').MapLibreOverlay | null = null
  let deckInput: DeckInput | null = null
  let destroyed = false
  let buildLayers: ((input: DeckInput) => unknown[]) | null = null
  const deckReady = import('./deck-overlay').then((deck) => {
    if (destroyed) return
    overlay = new deck.MapLibreOverlay({ interleaved: false, layers: [] })
    buildLayers = deck.deckLayersOf
    map.addControl(overlay)
    if (deckInput) overlay.setProps({ layers: deck.deckLayersOf(deckInput) })
  })

  let loaded = false
  const pending: (() => void)[] = []
  const whenLoaded = (fn: () => void) => (loaded ? fn() : pending.push(fn))
  // The parsed style (not every source) is enough to change layers and feature-state; waiting for
  // 'load' would stall for good if a source's TileJSON failed.
  map.once('style.load', () => {
    loaded = true
    for (const fn of pending.splice(0)) fn()
  })
  map.once('load', () => markOnce('zgm:map-load'))
  // First paint: the first frame drawn after a county tile arrived.
  let painted = false
  const paintWaiters: (() => void)[] = []
  const onData = (e: maplibregl.MapSourceDataEvent) => {
    if (e.sourceId === 'counties' && e.tile) {
      map.off('sourcedata', onData)
      map.once('render', () => {
        // The picture drawn before the map (map-preview.tsx) may have been the first paint.
        markOnce('zgm:map-paint')
        markOnce('zgm:first-paint')
        painted = true
        for (const fn of paintWaiters.splice(0)) fn()
      })
    }
  }
  map.on('sourcedata', onData)

  retryFailedTiles(map)

  const applied = new Map<string, string>(options.style.layers.map((l) => [l.id, JSON.stringify(l)]))
  const ownSources = new Set<string>(Object.keys(options.style.sources))

  function syncLayer(spec: LayerSpecification, beforeId: string | undefined) {
    const json = JSON.stringify(spec)
    if (applied.get(spec.id) === json) return
    const old = applied.get(spec.id)
    applied.set(spec.id, json)
    if (!old || !map.getLayer(spec.id)) {
      map.addLayer(spec, beforeId)
      return
    }
    const prev = JSON.parse(old) as LayerSpecification & Record<string, unknown>
    const next = spec as LayerSpecification & Record<string, unknown>
    for (const group of ['layout', 'paint'] as const) {
      const a = (prev[group] ?? {}) as Record<string, unknown>
      const b = (next[group] ?? {}) as Record<string, unknown>
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue
        if (group === 'layout') map.setLayoutProperty(spec.id, key as never, b[key] as never)
        else map.setPaintProperty(spec.id, key as never, b[key] as never)
      }
    }
    if (JSON.stringify(prev.filter) !== JSON.stringify(next.filter))
      map.setFilter(spec.id, (next.filter ?? null) as never)
    if (prev.minzoom !== next.minzoom || prev.maxzoom !== next.maxzoom) {
      map.setLayerZoomRange(spec.id, (next.minzoom as number) ?? 0, (next.maxzoom as number) ?? 24)
    }
  }

  let problem: maplibregl.Marker | null = null

  const bridge: MapBridge = {
    map,
    syncStyle(parts) {
      whenLoaded(() => {
        for (const [id, spec] of Object.entries(parts.sources) as [string, SourceSpecification][]) {
          if (!map.getSource(id)) {
            map.addSource(id, spec)
            ownSources.add(id)
          }
        }
        const wanted = new Set(parts.layers.map((l) => l.id))
        for (const id of [...applied.keys()]) {
          if (!wanted.has(id)) {
            if (map.getLayer(id)) map.removeLayer(id)
            applied.delete(id)
          }
        }
        // Walk from the top so each new layer can go under the next one already on the map.
        let above: string | undefined
        for (let i = parts.layers.length - 1; i >= 0; i--) {
          const spec = parts.layers[i]!
          syncLayer(spec, above)
          above = spec.id
        }
        for (const id of [...ownSources]) {
          if (!(id in parts.sources)) {
            map.removeSource(id)
            ownSources.delete(id)
          }
        }
      })
    },
    setFeatureStates(source, sourceLayer, states) {
      whenLoaded(() => {
        if (!map.getSource(source)) return
        map.removeFeatureState({ source, sourceLayer })
        for (const [id, state] of states) map.setFeatureState({ source, sourceLayer, id }, state)
      })
    },
    setDeckLayers(input) {
      deckInput = input
      if (overlay && buildLayers) overlay.setProps({ layers: buildLayers(input) as never })
    },
    fitBounds(bbox, padding = {}, animate = true, maxZoom = FIT_MAX_ZOOM) {
      const pad = fitPadding(padding)
      map.fitBounds(
        [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
        ],
        { padding: pad, maxZoom, duration: animate ? 600 : 0 },
      )
    },
    zoomBy(delta) {
      map.easeTo({ zoom: map.getZoom() + delta, duration: 250 })
    },
    markProblem(at) {
      problem?.remove()
      problem = null
      if (!at) return
      // A DOM marker, not a style layer: it survives every syncStyle and sits above deck.gl.
      const element = document.createElement('div')
      element.className = 'problem-marker'
      element.setAttribute('data-testid', 'problem-marker')
      problem = new maplibregl.Marker({ element }).setLngLat(at).addTo(map)
      map.flyTo({ center: at, zoom: Math.max(map.getZoom(), 15), duration: 800 })
    },
    getView() {
      const c = map.getCenter()
      return { center: [c.lng, c.lat], zoom: map.getZoom() }
    },
    onViewChange(fn) {
      const handler = (e: { originalEvent?: unknown }) => fn(bridge.getView(), Boolean(e.originalEvent))
      map.on('moveend', handler)
      return () => void map.off('moveend', handler)
    },
    onResize(fn) {
      map.on('resize', fn)
      return () => void map.off('resize', fn)
    },
    onPointer(kind, fn) {
      const handler = (e: maplibregl.MapMouseEvent) => fn(hitAt(e.point), { x: e.point.x, y: e.point.y })
      const type = kind === 'move' ? 'mousemove' : 'click'
      map.on(type, handler)
      const leave = () => fn(null, { x: 0, y: 0 })
      if (kind === 'move') map.on('mouseout', leave)
      return () => {
        map.off(type, handler)
        map.off('mouseout', leave)
      }
    },
    firstPaint(timeoutMs) {
      return new Promise((resolve) => {
        if (painted) return resolve()
        paintWaiters.push(resolve)
        setTimeout(resolve, timeoutMs)
      })
    },
    whenStyleReady: whenLoaded,
    nextIdle() {
      return new Promise((resolve) => {
        void deckReady.then(() =>
          whenLoaded(() => {
            map.once('idle', () => resolve())
            map.triggerRepaint()
          }),
        )
      })
    },
    canvases() {
      return { map: map.getCanvas(), deck: overlay?.getCanvas() ?? null }
    },
    destroy() {
      problem?.remove()
      destroyed = true
      if (overlay) {
        map.removeControl(overlay)
        overlay.finalize()
      }
      map.remove()
    },
  }

  function hitAt(point: maplibregl.Point): PointerHit | null {
    if (!loaded) return null
    const picked = overlay?.pickObject({ x: point.x, y: point.y, radius: 4, layerIds: ['mine-points'] })
    const mine = picked?.object as MapMine | undefined
    if (mine) return { kind: 'mine', id: mine.id, name: mine.name, mine }
    const existing = (ids: string[]) => ids.filter((id) => map.getLayer(id))
    const around: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - 3, point.y - 3],
      [point.x + 3, point.y + 3],
    ]
    const [feature] = map.queryRenderedFeatures(around, {
      layers: existing(MINE_FEATURE_LAYERS),
    }) as MapGeoJSONFeature[]
    if (feature) {
      const id = Number(feature.properties.mine_id ?? feature.properties.id ?? feature.id)
      if (Number.isFinite(id))
        return { kind: 'mine', id, name: (feature.properties.name as string) ?? null, mine: null }
    }
    const [county] = map.queryRenderedFeatures(point, { layers: existing(['county-fill']) })
    const code = county?.properties.code
    return typeof code === 'string' ? { kind: 'county', code } : null
  }

  return bridge
}
