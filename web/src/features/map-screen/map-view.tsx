// Hosts the map bridge in React: creates it once, hands it to children via context, and pushes
// declarative inputs (style parts, feature-states, deck layers) into it.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import type { DeckInput } from '../../map/deck-overlay'
import type { MapBridge, PointerHit } from '../../map/bridge'
import { ErrorNotice } from '../../shell/error-notice'
import type { StyleParts } from '../../map/style'
import type { MapView as View } from '../../state/url-state'

const BridgeContext = createContext<MapBridge | null>(null)

/** The map bridge of the enclosing MapView (null until the map exists). */
export function useMapBridge(): MapBridge | null {
  return useContext(BridgeContext)
}

export interface FeatureStateSet {
  source: string
  sourceLayer: string
  states: ReadonlyMap<string | number, Record<string, unknown>>
}

export interface MapViewProps {
  initialView: View
  ariaLabel: string
  style: StyleParts
  featureStates: FeatureStateSet[]
  deckLayers: DeckInput
  onReady?(bridge: MapBridge): void
  onViewChange?(view: View, byUser: boolean): void
  onResize?(): void
  onHover?(hit: PointerHit | null, point: { x: number; y: number }): void
  onClick?(hit: PointerHit | null): void
  /** False holds MapLibre's code back (the screen's picture of the map paints first); default true. */
  load?: boolean
  children?: ReactNode
}

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null)
  const [bridge, setBridge] = useState<MapBridge | null>(null)
  // MapLibre's code did not arrive (offline, a new build deployed meanwhile): a reload fetches it.
  const [loadError, setLoadError] = useState<unknown>(null)
  const latest = useRef(props)
  latest.current = props

  const load = props.load ?? true
  useEffect(() => {
    // MapLibre loads with the bridge, after the screen (and its picture of the map) is on screen:
    // parsing its code holds the page's one thread for a few hundred milliseconds.
    if (!load) return
    let live = true
    let teardown = () => {}
    void import('../../map/bridge').then(({ createMapBridge }) => {
      // Unmounting detaches the ref before this effect's cleanup runs: the module can arrive between.
      if (!live || !container.current) return
      const b = createMapBridge({
        container: container.current,
        view: latest.current.initialView,
        ariaLabel: latest.current.ariaLabel,
        style: latest.current.style,
      })
      const offs = [
        b.onViewChange((v, byUser) => latest.current.onViewChange?.(v, byUser)),
        b.onResize(() => latest.current.onResize?.()),
        b.onPointer('move', (hit, point) => latest.current.onHover?.(hit, point)),
        b.onPointer('click', (hit) => latest.current.onClick?.(hit)),
      ]
      setBridge(b)
      latest.current.onReady?.(b)
      teardown = () => {
        for (const off of offs) off()
        b.destroy()
        setBridge(null)
      }
    }, setLoadError)
    return () => {
      live = false
      teardown()
    }
  }, [load])

  useEffect(() => bridge?.syncStyle(props.style), [bridge, props.style])
  useEffect(() => {
    for (const set of props.featureStates) bridge?.setFeatureStates(set.source, set.sourceLayer, set.states)
  }, [bridge, props.featureStates])
  useEffect(() => bridge?.setDeckLayers(props.deckLayers), [bridge, props.deckLayers])

  return (
    <BridgeContext.Provider value={bridge}>
      <div className="map-wrap" id="map">
        <div ref={container} className="map-canvas" data-testid="map" />
        {props.children}
        {loadError !== null && (
          <div className="map-error">
            <ErrorNotice error={loadError} load onRetry={() => location.reload()} />
          </div>
        )}
      </div>
    </BridgeContext.Provider>
  )
}
