import { describe, expect, it } from 'vitest'
import { encodeMvt, signedArea } from './mvt-encode'
import { decodeTile } from './tiles.test-support'

const decode = decodeTile
const ring = (pts: [number, number][]) => [...pts, pts[0]]
const rings = (bytes: Uint8Array, layer = 'l') =>
  decode(bytes)
    .layers[layer].feature(0)
    .loadGeometry()
    .map((r) => r.map((p) => [p.x, p.y] as [number, number]))

describe('encodeMvt', () => {
  it('writes layers, ids, typed and deduplicated properties that @mapbox/vector-tile reads back', () => {
    const bytes = encodeMvt([
      {
        name: 'places',
        features: [
          {
            id: 7,
            properties: { name: '西湖区', n: 3, neg: -2, ratio: 0.25, ok: true, missing: null },
            geometry: { type: 'Point', coordinates: [10, 20] },
          },
          {
            id: 8,
            properties: { name: '西湖区', n: 3 },
            geometry: {
              type: 'MultiPoint',
              coordinates: [
                [1, 2],
                [4095, 4096],
              ],
            },
          },
        ],
      },
      { name: 'empty', features: [] },
    ])
    const tile = decode(bytes)
    expect(Object.keys(tile.layers)).toEqual(['places'])
    const layer = tile.layers.places
    expect(layer.version).toBe(2)
    expect(layer.extent).toBe(4096)
    expect(layer.length).toBe(2)
    const a = layer.feature(0)
    expect(a.id).toBe(7)
    expect(a.type).toBe(1)
    expect({ ...a.properties }).toEqual({ name: '西湖区', n: 3, neg: -2, ratio: 0.25, ok: true })
    expect(a.loadGeometry()).toEqual([[expect.objectContaining({ x: 10, y: 20 })]])
    const b = layer.feature(1)
    expect(
      b
        .loadGeometry()
        .flat()
        .map((p) => [p.x, p.y]),
    ).toEqual([
      [1, 2],
      [4095, 4096],
    ])
    // keys and values are stored once per layer
    expect((layer as unknown as { _keys: string[] })._keys).toEqual(['name', 'n', 'neg', 'ratio', 'ok'])
    expect((layer as unknown as { _values: unknown[] })._values).toEqual(['西湖区', 3, -2, 0.25, true])
  })

  it('gives exterior rings positive area (clockwise, y down) and holes negative, whatever the input winding', () => {
    const ccwOuter = ring([
      [0, 0],
      [0, 100],
      [100, 100],
      [100, 0],
    ])
    const cwHole = ring([
      [20, 20],
      [60, 20],
      [60, 60],
      [20, 60],
    ])
    expect(signedArea(ccwOuter.slice(0, -1))).toBeLessThan(0)
    const out = rings(
      encodeMvt([
        {
          name: 'l',
          features: [{ properties: {}, geometry: { type: 'Polygon', coordinates: [ccwOuter, cwHole] } }],
        },
      ]),
    )
    expect(out).toHaveLength(2)
    expect(signedArea(out[0])).toBeGreaterThan(0)
    expect(signedArea(out[1])).toBeLessThan(0)
    const f = decode(
      encodeMvt([
        {
          name: 'l',
          features: [{ properties: {}, geometry: { type: 'Polygon', coordinates: [ccwOuter, cwHole] } }],
        },
      ]),
    ).layers.l.feature(0)
    expect(f.type).toBe(3)
    expect(f.toGeoJSON(0, 0, 0).geometry.type).toBe('Polygon')
  })

  it('encodes a multipolygon as several exterior rings and keeps the cursor across parts (negative deltas)', () => {
    const bytes = encodeMvt([
      {
        name: 'l',
        features: [
          {
            properties: {},
            geometry: {
              type: 'MultiPolygon',
              coordinates: [
                [
                  ring([
                    [500, 500],
                    [600, 500],
                    [600, 600],
                  ]),
                ],
                [
                  ring([
                    [-10, -10],
                    [10, -10],
                    [10, 10],
                    [-10, 10],
                  ]),
                ],
              ],
            },
          },
        ],
      },
    ])
    const out = rings(bytes)
    expect(out).toHaveLength(2)
    expect(out[1]).toContainEqual([-10, -10])
    expect(out.every((r) => signedArea(r) > 0)).toBe(true)
    expect(decode(bytes).layers.l.feature(0).toGeoJSON(0, 0, 0).geometry.type).toBe('MultiPolygon')
  })

  it('drops repeated points, collapsed rings (with their holes) and geometries with nothing left', () => {
    const bytes = encodeMvt([
      {
        name: 'l',
        features: [
          {
            id: 1,
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [
                ring([
                  [0, 0],
                  [0, 0],
                  [10, 0],
                  [10, 10],
                  [10, 10],
                  [0, 10],
                ]),
              ],
            },
          },
          {
            id: 2,
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [
                ring([
                  [0, 0],
                  [5, 5],
                  [10, 10],
                ]),
                ring([
                  [1, 1],
                  [2, 1],
                  [2, 2],
                ]),
              ],
            },
          },
          { id: 3, properties: {}, geometry: { type: 'Polygon', coordinates: [] } },
        ],
      },
    ])
    const layer = decode(bytes).layers.l
    expect(layer.length).toBe(1)
    expect(layer.feature(0).id).toBe(1)
    expect(rings(bytes)[0]).toHaveLength(5) // 4 distinct corners + the closing point the decoder adds
  })

  it('returns no bytes when no layer has a feature', () => {
    expect(
      encodeMvt([
        { name: 'l', features: [{ properties: {}, geometry: { type: 'MultiPoint', coordinates: [] } }] },
      ]),
    ).toHaveLength(0)
  })
})
