import { describe, expect, it } from 'vitest'
import { APPROVALS } from '@zgm/domain'
import type { MapMine, Region } from '../../api/schemas'
import { DEFAULT_LAYERS } from '../../state/url-state'
import { styleParts, type StyleInput } from '../style'
import { labelLayers, minePointLayers, POINTS_MAX_ZOOM } from './deck-layers'

const base: StyleInput = {
  mode: 'internal',
  origin: 'http://127.0.0.1:8787',
  layers: DEFAULT_LAYERS,
  tiandituKey: null,
  selectedCity: null,
  selectedCounty: null,
  hoveredCounty: null,
}

const ids = (input: StyleInput) => styleParts(input).layers.map((l) => l.id)
const layer = (input: StyleInput, id: string) =>
  styleParts(input).layers.find((l) => l.id === id) as Record<string, any>

describe('style parts (MapLibre layers as data)', () => {
  it('staff maps read boundary, mine and area tiles; public maps only boundaries and public-mines', () => {
    expect(Object.keys(styleParts(base).sources).sort()).toEqual([
      'cities',
      'counties',
      'mines',
      'neighbours',
      'province',
      'reclamation',
      'restoration',
    ])
    expect(Object.keys(styleParts({ ...base, mode: 'public' }).sources).sort()).toEqual([
      'cities',
      'counties',
      'neighbours',
      'province',
      'public-mines',
    ])
    // The tile URLs written in (no TileJSON round trip before the first tiles).
    expect(styleParts(base).sources.counties).toEqual({
      type: 'vector',
      tiles: ['http://127.0.0.1:8787/tiles/counties/{z}/{x}/{y}.mvt'],
      minzoom: 0,
      maxzoom: 12,
      bounds: [118.0, 27.0, 123.0, 31.2],
      promoteId: { counties: 'code' },
    })
  })

  it('draws the neighbouring provinces as land under everything, unless an online basemap is on', () => {
    expect(ids(base).indexOf('neighbour-land')).toBeLessThan(ids(base).indexOf('county-fill'))
    const land = styleParts(base).layers.find((l) => l.id === 'neighbour-land')!
    expect(land.layout).toEqual({ visibility: 'visible' })
    const online = styleParts({ ...base, tiandituKey: 'k', layers: ['counties', 'tdt-vec'] })
    expect(online.layers.find((l) => l.id === 'neighbour-land')!.layout).toEqual({ visibility: 'none' })
    expect(styleParts(base).sources.neighbours).toMatchObject({ type: 'geojson' })
  })

  it('draws the choropleth under mines and areas, and borders on top', () => {
    const order = ids(base)
    expect(order.indexOf('county-fill')).toBeLessThan(order.indexOf('restoration-fill'))
    expect(order.indexOf('footprint-fill')).toBeLessThan(order.indexOf('city-line'))
    expect(order.at(-1)).toBe('county-hover')
  })

  it('hides switched-off layers instead of removing them', () => {
    const off = { ...base, layers: ['cities'] as const }
    expect(layer(off, 'county-fill').layout.visibility).toBe('none')
    expect(layer(off, 'footprint-fill').layout.visibility).toBe('none')
    expect(layer(off, 'city-line').layout.visibility).toBe('visible')
  })

  it('colours counties from their class feature-state', () => {
    const paint = layer(base, 'county-fill').paint['fill-color']
    expect(paint[0]).toBe('match')
    expect(JSON.stringify(paint)).toContain('"feature-state","cls"')
    expect(paint).toContain('met')
  })

  it('outlines the selected county and the hovered one', () => {
    const sel = { ...base, selectedCounty: '330522', hoveredCounty: '330523' }
    expect(layer(sel, 'county-selected').filter).toEqual(['==', ['get', 'code'], '330522'])
    expect(layer(sel, 'county-selected').layout.visibility).toBe('visible')
    expect(layer(sel, 'county-hover').filter).toEqual(['==', ['get', 'code'], '330523'])
    expect(layer(base, 'county-selected').layout.visibility).toBe('none')
  })

  it('washes out everything but the focus city (Huzhou view)', () => {
    expect(layer(base, 'outside-focus').layout.visibility).toBe('none')
    const focus = layer({ ...base, focusCity: '330500' }, 'outside-focus')
    expect(focus.layout.visibility).toBe('visible')
    expect(focus.filter).toEqual(['!=', ['get', 'code'], '330500'])
  })

  it('adds the Tianditu basemap only with a key and the layer switched on', () => {
    expect(ids({ ...base, layers: [...DEFAULT_LAYERS, 'tdt-img'] })).not.toContain('tdt-img')
    const on = styleParts({ ...base, layers: [...DEFAULT_LAYERS, 'tdt-img'], tiandituKey: 'k' })
    expect(on.layers[0]!.id).toBe('tdt-img')
    expect(on.layers.at(-1)!.id).toBe('tdt-cia')
    expect((on.sources['tdt-img'] as { tiles: string[] }).tiles[0]).toContain('LAYER=img')
    expect(on.layers.find((l) => l.id === 'province-land')!.layout).toEqual({ visibility: 'none' })
  })
})

const mines: MapMine[] = [
  {
    id: 1,
    name: '甲矿',
    lng: 119.9,
    lat: 30.9,
    countyCode: '330522',
    greenState: 'in_directory',
    opsStatus: 'producing',
  },
  {
    id: 2,
    name: '乙矿',
    lng: 120.1,
    lat: 29.1,
    countyCode: '330782',
    greenState: 'building',
    opsStatus: 'closed',
  },
]

describe('deck layers', () => {
  it('draws mines as points below the footprint zoom, coloured by state, with a ring on the selection', () => {
    const layers = minePointLayers({
      mines,
      visible: true,
      publicMode: false,
      selectedId: 2,
      zoom: 8,
    })
    const byId = (id: string) => layers.find((l) => l.id === id)
    const [points, ring] = [byId('mine-points'), byId('mine-selected')]
    expect(byId('mine-clusters')!.props.visible).toBe(false)
    expect(points!.id).toBe('mine-points')
    expect(points!.props.visible).toBe(true)
    const color = (points!.props as unknown as { getFillColor(m: MapMine): number[] }).getFillColor
    expect(color(mines[0]!)).toEqual([0, 109, 44, 230])
    expect(color(mines[1]!)[3]).toBe(90)
    expect(ring!.id).toBe('mine-selected')
    expect(ring!.props.data).toEqual([mines[1]])
    expect(
      minePointLayers({
        mines,
        visible: true,
        publicMode: false,
        selectedId: null,
        zoom: POINTS_MAX_ZOOM,
      }).find((l) => l.id === 'mine-points')!.props.visible,
    ).toBe(false)
  })

  it('aggregates mines far out (per city on a phone, per county above) and rings highlighted mines', () => {
    const at = (zoom: number) =>
      minePointLayers({
        mines,
        visible: true,
        publicMode: false,
        selectedId: null,
        zoom,
        highlightIds: new Set([1]),
      })
    const far = at(6)
    const clusters = far.find((l) => l.id === 'mine-clusters')!
    expect(clusters.props.visible).toBe(true)
    expect(far.find((l) => l.id === 'mine-points')!.props.visible).toBe(false)
    const cityCodes = (clusters.props.data as { regionCode: string }[]).map((c) => c.regionCode)
    expect(cityCodes.every((c) => c.endsWith('00'))).toBe(true)
    const county = (at(7).find((l) => l.id === 'mine-clusters')!.props.data as { regionCode: string }[]).map(
      (c) => c.regionCode,
    )
    expect(county).toContain('330782')
    const ring = far.find((l) => l.id === 'mine-highlight')!
    expect(ring.props.visible).toBe(true)
    expect(ring.props.data).toEqual([mines[0]])
  })

  it('labels cities far out and counties close in, in the chosen language', () => {
    const region = (code: string, name: string, nameEn: string): Region => ({
      code,
      name,
      nameEn,
      parentCode: null,
      labelPoint: [120, 30],
      bbox: [119, 29, 121, 31],
    })
    const input = {
      cities: [region('330500', '湖州市', 'Huzhou')],
      counties: [region('330522', '长兴县', 'Changxing')],
      visible: true,
      lang: 'zh' as const,
    }
    const [neighbours, city, county] = labelLayers({ ...input, zoom: 6.5 })
    expect(neighbours!.id).toBe('neighbour-labels')
    expect(city!.props.visible).toBe(true)
    expect(county!.props.visible).toBe(false)
    const [, , county2] = labelLayers({ ...input, zoom: 9, lang: 'en' })
    expect(county2!.props.visible).toBe(true)
    expect((county2!.props as unknown as { getText(r: Region): string }).getText(input.counties[0]!)).toBe(
      'Changxing',
    )
  })
})

describe('areas drawn by approval (issue 11)', () => {
  it('draws each approval with exactly one outline style, approved solid, submitted and drafts dashed apart', () => {
    const lines = styleParts(base).layers.filter((l) => l.id.startsWith('restoration-line'))
    for (const approval of APPROVALS) {
      const matching = lines.filter((l) =>
        JSON.stringify((l as { filter?: unknown }).filter).includes(`"${approval}"`),
      )
      expect(matching, approval).toHaveLength(1)
    }
    const dashOf = (approval: string) =>
      JSON.stringify(
        (
          lines.find((l) => JSON.stringify((l as { filter?: unknown }).filter).includes(`"${approval}"`)) as {
            paint: Record<string, unknown>
          }
        ).paint['line-dasharray'] ?? null,
      )
    expect(dashOf('approved')).toBe('null')
    expect(new Set(['approved', 'submitted', 'draft'].map(dashOf)).size).toBe(3)
    expect(dashOf('draft')).toBe(dashOf('rejected'))
  })
})

describe('the operator’s vector basemap (BASEMAP_PMTILES)', () => {
  const vectorBasemap = {
    source: { type: 'vector' as const, url: 'pmtiles://http://127.0.0.1:8787/basemap/basemap.pmtiles' },
    layers: [{ id: 'vb-earth', type: 'fill' as const, source: 'vector-basemap', 'source-layer': 'earth' }],
  }

  it('draws under everything and replaces the offline land; an online basemap replaces it', () => {
    const parts = styleParts({ ...base, vectorBasemap })
    expect(parts.sources['vector-basemap']).toEqual(vectorBasemap.source)
    expect(parts.layers[0]!.id).toBe('vb-earth')
    expect(parts.layers.find((l) => l.id === 'neighbour-land')!.layout).toEqual({ visibility: 'none' })
    const online = styleParts({ ...base, vectorBasemap, tiandituKey: 'k', layers: ['counties', 'tdt-img'] })
    expect(online.sources['vector-basemap']).toBeUndefined()
    expect(styleParts(base).sources['vector-basemap']).toBeUndefined()
  })
})
