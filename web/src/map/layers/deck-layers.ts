// deck.gl layers as cheap descriptors rebuilt from state on every render (matched by id).
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers'
import type { Layer } from '@deck.gl/core'
import type { MapMine, Region } from '../../api/schemas'
import type { Lang } from '../../i18n/dict'
import { CITY_CLUSTER_MAX_ZOOM, clusterRadius, countyClusters, type MineCluster } from '../mine-clusters'
import { mineColor, PUBLIC_MINE_COLOR } from '../mine-palette'
import { NEIGHBOUR_LABELS } from './neighbours'

/** Points give way to footprints close in. */
export const POINTS_MAX_ZOOM = 11
/** City names far out, county names closer in. */
export const COUNTY_LABEL_MIN_ZOOM = 7.6
/** Below this zoom mines are drawn as one circle per county (the shading stays readable on a phone). */
export const CLUSTER_MAX_ZOOM = 7.6

/** One font stack for the label atlas: the CJK font first, then common system fonts. */
export const LABEL_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

export interface MinePointsInput {
  mines: readonly MapMine[]
  visible: boolean
  publicMode: boolean
  selectedId: number | null
  /** Mines to ring (an opened alert list), drawn at every zoom. */
  highlightIds?: ReadonlySet<number>
  zoom: number
}

export function minePointLayers(input: MinePointsInput): Layer[] {
  const radius = input.zoom < 9 ? 4 : 5.5
  const clustered = input.zoom < CLUSTER_MAX_ZOOM
  const perCity = input.zoom < CITY_CLUSTER_MAX_ZOOM
  const clusters = clustered ? countyClusters(input.mines, perCity) : []
  const layers: Layer[] = [
    new ScatterplotLayer<MineCluster>({
      id: 'mine-clusters',
      data: clusters,
      visible: input.visible && clustered,
      radiusUnits: 'pixels',
      getRadius: (c) => clusterRadius(c.count, perCity),
      updateTriggers: { getRadius: [perCity] },
      getPosition: (c) => c.position,
      getFillColor: [38, 70, 83, 170],
      stroked: true,
      getLineColor: [255, 255, 255, 230],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.2,
    }),
    new TextLayer<MineCluster>({
      id: 'mine-cluster-counts',
      data: clusters,
      visible: input.visible && clustered,
      fontFamily: LABEL_FONT,
      getPosition: (c) => c.position,
      getText: (c) => String(c.count),
      getSize: 10,
      sizeUnits: 'pixels',
      fontWeight: 700,
      getColor: [255, 255, 255, 255],
    }),
    new ScatterplotLayer<MapMine>({
      id: 'mine-points',
      data: input.mines as MapMine[],
      visible: input.visible && !clustered && input.zoom < POINTS_MAX_ZOOM,
      pickable: true,
      radiusUnits: 'pixels',
      getRadius: radius,
      getPosition: (m) => [m.lng, m.lat],
      getFillColor: (m) => (input.publicMode ? [...PUBLIC_MINE_COLOR, 230] : mineColor(m)),
      stroked: true,
      getLineColor: [255, 255, 255, 220],
      lineWidthUnits: 'pixels',
      getLineWidth: 0.8,
      updateTriggers: { getFillColor: [input.publicMode] },
    }),
  ]
  const highlighted = input.highlightIds?.size ? input.mines.filter((m) => input.highlightIds!.has(m.id)) : []
  layers.push(
    new ScatterplotLayer<MapMine>({
      id: 'mine-highlight',
      data: highlighted,
      visible: input.visible && highlighted.length > 0,
      radiusUnits: 'pixels',
      getRadius: 8,
      getPosition: (m) => [m.lng, m.lat],
      getFillColor: [214, 40, 40, 200],
      stroked: true,
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
    }),
  )
  const selected = input.selectedId === null ? undefined : input.mines.find((m) => m.id === input.selectedId)
  if (selected) {
    layers.push(
      new ScatterplotLayer<MapMine>({
        id: 'mine-selected',
        data: [selected],
        visible: input.visible,
        radiusUnits: 'pixels',
        getRadius: 11,
        getPosition: (m) => [m.lng, m.lat],
        filled: false,
        stroked: true,
        getLineColor: [11, 61, 145, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
      }),
    )
  }
  return layers
}

export interface LabelInput {
  cities: readonly Region[]
  counties: readonly Region[]
  visible: boolean
  zoom: number
  lang: Lang
}

const label = (lang: Lang) => (r: Region) => (lang === 'en' && r.nameEn ? r.nameEn : r.name)

/** Place names drawn by deck.gl (MapLibre symbol layers would need glyph files we do not have offline). */
export function labelLayers(input: LabelInput): Layer[] {
  const common = {
    fontFamily: LABEL_FONT,
    characterSet: 'auto' as const,
    // Large SDF glyphs keep CJK strokes crisp when scaled down; a thin white halo separates them from the fills.
    // buffer ≥ radius keeps one glyph's distance field from bleeding into its atlas neighbour.
    fontSettings: { sdf: true, fontSize: 64, buffer: 16, radius: 16, smoothing: 0.12 },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 235] as [number, number, number, number],
    getPosition: (r: Region) => r.labelPoint,
    getText: label(input.lang),
    sizeUnits: 'pixels' as const,
    updateTriggers: { getText: [input.lang] },
  }
  const countyLevel = input.zoom >= COUNTY_LABEL_MIN_ZOOM
  return [
    new TextLayer<(typeof NEIGHBOUR_LABELS)[number]>({
      ...common,
      id: 'neighbour-labels',
      data: NEIGHBOUR_LABELS as (typeof NEIGHBOUR_LABELS)[number][],
      visible: input.visible && input.zoom < 9,
      getPosition: (n) => n.at,
      getText: (n) => (input.lang === 'en' ? n.nameEn : n.name),
      getSize: 13,
      fontWeight: 400,
      getColor: [110, 116, 120, 255],
    }),
    new TextLayer<Region>({
      ...common,
      id: 'city-labels',
      data: input.cities as Region[],
      visible: input.visible && !countyLevel,
      // Smaller far out, where a phone shows the whole province in a few hundred pixels.
      getSize: input.zoom < 6 ? 12 : input.zoom < 6.8 ? 14 : 16,
      fontWeight: 700,
      getColor: [30, 40, 48, 255],
    }),
    new TextLayer<Region>({
      ...common,
      id: 'county-labels',
      data: input.counties as Region[],
      visible: input.visible && countyLevel,
      getSize: 14,
      fontWeight: 600,
      getColor: [30, 38, 46, 255],
    }),
  ]
}
