// A map screen: top bar, the map with its controls, the date slider and a side panel. Routes differ
// only in their data source, their default view and the panel they put beside the map.
import { isCityCode, targetYearOf, type BBox } from '@zgm/domain'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { IsoDate } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import type { MapBridge, PointerHit } from '../../map/bridge'
import { MapBridgeContext } from '../../map/bridge-context'
import { markOnce } from '../../perf'
import { todayIso } from '../../state/dates'
import type { MapView as View, Selection } from '../../state/url-state'
import { publishHook } from '../../test-hook'
import { DemoBanner } from '../../shell/demo-banner'
import { ErrorNotice } from '../../shell/error-notice'
import { ReviewNote } from '../../shell/review-note'
import { SidePanel } from '../../shell/side-panel'
import { TopBar, type NavItem } from '../../shell/top-bar'
import { panelPadding, pointBBox, selectionBBox } from './camera'
import { MapPreview } from './map-preview'
import { previewCameraFor } from './preview-camera'
import type { MapDataSource } from './data-source'
import { DateSlider } from './date-slider'
import { HoverCard, type HoverInfo } from './hover-card'
import { LayerSwitcher } from './layer-switcher'
import { Legend } from './legend'
import { MapTools } from './map-tools'
import { MapView } from './map-view'
import type { ScreenContext } from './screen-context'
import { SearchBox, type SearchPick } from './search-box'
import { useExport } from './use-export'
import { useMapData } from './use-map-data'
import { useRegions } from './use-regions'
import { useScreenLayers } from './use-screen-layers'
import { useUrlState } from './use-url-state'
import { useVectorBasemap } from './use-vector-basemap'

export interface MapScreenProps {
  route: string
  title: string
  nav: NavItem[]
  source: MapDataSource
  defaultBBox: BBox
  /** A city the screen is about; the rest of the province is washed out. */
  focusCity?: string
  demo: boolean | undefined
  /** The newest recorded event (the data's extent on the date slider). */
  dataThrough?: IsoDate | null
  tiandituKey: string | null
  reviewNo: string | null
  /** BASEMAP_PMTILES as the server offers it (a path), or null. */
  vectorBasemap?: string | null
  /** Extra top-bar items (sign-in state). */
  actions?: ReactNode
  panelLabel: string
  panel(ctx: ScreenContext): ReactNode
}

export function MapScreen(props: MapScreenProps) {
  const { t, lang } = useI18n()
  const [url, setUrl] = useUrlState()
  // The date shown when the URL names none: today (the demo's history, too, runs to today).
  const defaultAsOf = todayIso()
  const asOf = url.asOf ?? defaultAsOf
  const [bridge, setBridge] = useState<MapBridge | null>(null)
  // Boundaries first (a map to look at within a second or two: the map's, or its picture), then the
  // figures that colour it and the region list: the browser's few connections go to the boundaries.
  const [painted, setPainted] = useState(false)
  // Until the map has drawn its first frame, a picture of it (outlines from one small request).
  const [mapPainted, setMapPainted] = useState(false)
  useEffect(() => {
    let live = true
    bridge?.firstPaint(2500).then(() => live && setPainted(true))
    bridge?.firstPaint(60_000).then(() => live && setMapPainted(true))
    return () => void (live = false)
  }, [bridge])
  const regions = useRegions(painted)
  const data = useMapData(props.source, asOf, painted)
  const [zoom, setZoom] = useState(url.view?.zoom ?? 7)
  const [hover, setHover] = useState<HoverInfo | null>(null)
  const [highlightIds, setHighlightIds] = useState<ReadonlySet<number>>(NO_IDS)
  const highlight = useCallback(
    (ids: readonly number[] | null) => setHighlightIds(ids ? new Set(ids) : NO_IDS),
    [],
  )
  const [pickingPaused, pauseMapPicking] = useState(false)
  const initialView = useRef<View>(url.view ?? { center: [120.4, 29.1], zoom: 6.5 })
  // Where the map's first frame will look, when that is known before the map (else no picture).
  const previewCamera = useRef(previewCameraFor(url, props.defaultBBox, panelPadding()))
  // MapLibre's code loads once the picture is on screen, or PREVIEW_WAIT_MS after the screen opened
  // without it (outlines slow or failing): its parsing would hold the picture back.
  const [mapMayLoad, setMapMayLoad] = useState(previewCamera.current === null)
  useEffect(() => {
    if (mapMayLoad) return
    const timer = setTimeout(() => setMapMayLoad(true), PREVIEW_WAIT_MS)
    return () => clearTimeout(timer)
  }, [mapMayLoad])
  // The picture of the map counts as boundaries on screen: the figures may come to shade it.
  const onPreviewPainted = useCallback(() => {
    setPainted(true)
    setMapMayLoad(true)
  }, [])

  const hoveredCounty = hover?.kind === 'county' ? (hover.classed?.row.code ?? null) : null
  const layers = useScreenLayers({
    mode: props.source.mode,
    layers: url.layers,
    tiandituKey: props.tiandituKey,
    vectorBasemap: useVectorBasemap(props.vectorBasemap ?? null),
    selection: url.selection,
    hoveredCounty,
    focusCity: props.focusCity ?? null,
    data,
    regions,
    zoom,
    lang,
    highlightIds,
  })

  const fitTo = useCallback(
    (sel: Selection | null, animate = true) => {
      const bbox = sel ? selectionBBox(sel, regions, data.mines) : props.defaultBBox
      if (bbox) bridge?.fitBounds(bbox, panelPadding(), animate)
    },
    [bridge, regions, data.mines, props.defaultBBox],
  )
  const focus = useCallback(
    (sel: Selection | null, bbox?: BBox) => {
      setUrl({ selection: sel })
      if (bbox) bridge?.fitBounds(bbox, panelPadding())
      else fitTo(sel)
    },
    [setUrl, fitTo, bridge],
  )

  // First view: the permalink's, else the selection's (once regions are known), else the default box.
  // (The live url.view cannot decide this: the map reports a view as soon as it sizes itself.)
  const initialUrlView = useRef(url.view !== null)
  const placed = useRef(url.view !== null)
  useEffect(() => {
    if (!bridge || placed.current) return
    if (!url.selection) {
      placed.current = true
      fitTo(null, false)
    } else if (regions.counties.length && (url.selection.kind !== 'mine' || data.mines.length)) {
      placed.current = true
      fitTo(url.selection, false)
    }
  }, [bridge, url.selection, regions, data.mines, fitTo])

  // Test hook and the idle mark: once the shown data matches the date and the map has drawn it.
  useEffect(() => {
    publishHook({ route: props.route, ready: false, asOf })
    if (!bridge || data.loading || data.shownAsOf !== asOf || data.classes.size === 0) return
    let live = true
    bridge.nextIdle().then(() => {
      if (!live) return
      markOnce('zgm:idle')
      publishHook({
        ready: true,
        asOf,
        countyClasses: new Map([...data.classes].map(([code, c]) => [code, c.cls])),
        mineCount: data.mines.length,
      })
    })
    return () => void (live = false)
  }, [bridge, data.loading, data.shownAsOf, data.classes, data.mines.length, asOf, props.route])

  const onHover = useCallback(
    (hit: PointerHit | null, point: { x: number; y: number }) => {
      if (!hit || pickingPaused) return setHover(null)
      if (hit.kind === 'mine') {
        // Footprint tiles carry only the id: name and state as of the date come from the mines list.
        const mine = hit.mine ?? data.mines.find((m) => m.id === hit.id) ?? null
        return setHover({ ...hit, mine, name: hit.name ?? mine?.name ?? null, x: point.x, y: point.y })
      }
      const region = regions.byCode.get(hit.code)
      setHover({
        kind: 'county',
        classed: data.classes.get(hit.code),
        name: region?.name ?? hit.code,
        x: point.x,
        y: point.y,
      })
    },
    [regions, data.classes, data.mines, pickingPaused],
  )
  const onClick = useCallback(
    (hit: PointerHit | null) => {
      if (!hit || pickingPaused) return
      if (hit.kind === 'mine') {
        // A click opens the mine and brings it to the middle of the map, never out of view.
        const mine = hit.mine ?? data.mines.find((m) => m.id === hit.id)
        focus({ kind: 'mine', id: hit.id }, mine ? pointBBox(mine.lng, mine.lat) : undefined)
      } else focus({ kind: 'county', code: hit.code })
    },
    [focus, data.mines, pickingPaused],
  )
  const onPick = useCallback(
    (pick: SearchPick) => {
      if (pick.kind === 'region') {
        focus({ kind: isCityCode(pick.region.code) ? 'city' : 'county', code: pick.region.code })
        return
      }
      const { lng, lat } = pick.hit
      focus(
        { kind: 'mine', id: pick.hit.id },
        lng !== undefined && lat !== undefined ? pointBBox(lng, lat) : undefined,
      )
    },
    [focus],
  )
  // Until someone moves the map, a resize (banner appearing, sheet, rotation) re-fits the first view.
  const userMoved = useRef(false)
  const onViewChange = useCallback(
    (view: View, byUser: boolean) => {
      if (byUser) userMoved.current = true
      setZoom(view.zoom)
      setUrl({ view })
    },
    [setUrl],
  )
  const showBBox = useCallback(
    (bbox: BBox, maxZoom?: number, animate = false) => {
      userMoved.current = true
      placed.current = true
      bridge?.fitBounds(bbox, panelPadding(), animate, maxZoom)
    },
    [bridge],
  )
  const onResize = useCallback(() => {
    if (!userMoved.current && placed.current && !initialUrlView.current) fitTo(url.selection, false)
  }, [fitTo, url.selection])

  // A picked date always goes into the URL, so that a permalink keeps meaning the same day.
  const onDate = useCallback((d: string) => setUrl({ asOf: d }), [setUrl])
  const shownRegion =
    url.selection && url.selection.kind !== 'mine' ? regions.byCode.get(url.selection.code) : undefined
  const basemapOn = url.layers.some((l) => l.startsWith('tdt-')) && props.tiandituKey !== null
  const exportBasemap = useMemo(
    () => (basemapOn ? { reviewNo: props.reviewNo } : null),
    [basemapOn, props.reviewNo],
  )
  const onExport = useExport({
    bridge,
    asOf,
    layers: url.layers,
    mode: props.source.mode,
    classes: data.classes,
    regionName: shownRegion ? (lang === 'en' ? shownRegion.nameEn : shownRegion.name) : null,
    basemap: exportBasemap,
  })
  const ctx = useMemo<ScreenContext>(
    () => ({
      source: props.source,
      asOf,
      data,
      regions,
      selection: url.selection,
      focus,
      bridge,
      highlight,
      pauseMapPicking,
      showBBox,
      openedWithView: initialUrlView.current,
    }),
    [props.source, asOf, data, regions, url.selection, focus, bridge, highlight, showBBox],
  )
  // The panel re-renders with its context, not with every pointer move over the map.
  const panel = useMemo(() => props.panel(ctx), [props.panel, ctx])
  const targetYear = targetYearOf(data.shownAsOf ?? asOf)
  // Moving to another screen keeps the chosen date.
  const nav = useMemo(
    () => props.nav.map((n) => (url.asOf ? { ...n, href: `${n.href}?d=${url.asOf}` } : n)),
    [props.nav, url.asOf],
  )

  return (
    <div className="screen">
      <TopBar title={props.title} nav={nav}>
        <SearchBox regions={[...regions.cities, ...regions.counties]} source={props.source} onPick={onPick} />
        {props.actions}
      </TopBar>
      <DemoBanner demo={props.demo} />
      <main className="screen-main">
        <div className="map-column">
          <MapView
            initialView={initialView.current}
            ariaLabel={t('mapLabel')}
            style={layers.style}
            featureStates={layers.featureStates}
            deckLayers={layers.deckLayers}
            onReady={setBridge}
            onViewChange={onViewChange}
            onResize={onResize}
            onHover={onHover}
            onClick={onClick}
            load={mapMayLoad}
          >
            {!mapPainted && previewCamera.current && (
              <MapPreview
                camera={previewCamera.current}
                classes={data.classes}
                onPainted={onPreviewPainted}
              />
            )}
            {hover && <HoverCard info={hover} />}
            <div className="map-cards">
              <LayerSwitcher
                mode={props.source.mode}
                layers={url.layers}
                basemapAvailable={props.tiandituKey !== null}
                onChange={(l) => setUrl({ layers: l })}
              />
              <Legend
                mode={props.source.mode}
                layers={url.layers}
                classes={data.classes}
                targetYear={targetYear}
              />
            </div>
            <MapTools onFit={() => fitTo(url.selection)} canFit onExport={onExport} />
            <ReviewNote basemapOn={basemapOn} reviewNo={props.reviewNo} />
            {data.error && (
              <div className="map-error">
                <ErrorNotice error={data.error} load />
              </div>
            )}
          </MapView>
          <DateSlider
            value={asOf}
            onChange={onDate}
            loading={data.loading}
            shownAsOf={data.shownAsOf}
            dataThrough={props.dataThrough}
          />
        </div>
        {/* Panels reach the map through this (an error that points at a place). */}
        <MapBridgeContext.Provider value={bridge}>
          <SidePanel label={props.panelLabel}>{panel}</SidePanel>
        </MapBridgeContext.Provider>
      </main>
    </div>
  )
}

const NO_IDS: ReadonlySet<number> = new Set()

/**
 * How long the map waits for its picture before loading MapLibre anyway: the outlines are one
 * small request asked with the app, so only a failing or very slow network waits this long.
 */
const PREVIEW_WAIT_MS = 3000
