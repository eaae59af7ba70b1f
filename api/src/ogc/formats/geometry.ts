// The three geometry kinds the collections hold, as GeoJSON (CRS84), and walks over them.

export type Position = [lng: number, lat: number]
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }

/** Every position of a geometry, in order. */
export function positions(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates]
  if (g.type === 'MultiPoint') return g.coordinates
  return g.coordinates.flat(2)
}

/** [minX, minY, maxX, maxY] of some geometries ([0,0,0,0] for none). */
export function bounds(gs: readonly Geometry[]): [number, number, number, number] {
  let b = [Infinity, Infinity, -Infinity, -Infinity]
  for (const g of gs)
    for (const [x, y] of positions(g))
      b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)]
  return Number.isFinite(b[0]) ? (b as [number, number, number, number]) : [0, 0, 0, 0]
}

/** Bounds that grow as geometries are added (a file written page by page); [0,0,0,0] for none. */
export class GrowingBounds {
  private b = [Infinity, Infinity, -Infinity, -Infinity]
  add(g: Geometry): void {
    const [x0, y0, x1, y1] = bounds([g])
    this.b = [
      Math.min(this.b[0], x0),
      Math.min(this.b[1], y0),
      Math.max(this.b[2], x1),
      Math.max(this.b[3], y1),
    ]
  }
  get value(): [number, number, number, number] {
    return Number.isFinite(this.b[0]) ? (this.b as [number, number, number, number]) : [0, 0, 0, 0]
  }
}

/** Twice the signed area of a ring (> 0 counter-clockwise). */
export function signedArea2(ring: readonly Position[]): number {
  let a = 0
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]
  return a
}

/** ISO WKB (little-endian) of a geometry, for GeoPackage. */
export function toWkb(g: Geometry): Uint8Array {
  const parts: number[] = []
  const buf = new DataView(new ArrayBuffer(8))
  const u32 = (v: number) => {
    buf.setUint32(0, v, true)
    for (let i = 0; i < 4; i++) parts.push(buf.getUint8(i))
  }
  const f64 = (v: number) => {
    buf.setFloat64(0, v, true)
    for (let i = 0; i < 8; i++) parts.push(buf.getUint8(i))
  }
  const point = ([x, y]: Position) => {
    parts.push(1)
    u32(1)
    f64(x)
    f64(y)
  }
  parts.push(1)
  if (g.type === 'Point') {
    u32(1)
    f64(g.coordinates[0])
    f64(g.coordinates[1])
  } else if (g.type === 'MultiPoint') {
    u32(4)
    u32(g.coordinates.length)
    g.coordinates.forEach(point)
  } else {
    u32(6)
    u32(g.coordinates.length)
    for (const polygon of g.coordinates) {
      parts.push(1)
      u32(3)
      u32(polygon.length)
      for (const ring of polygon) {
        u32(ring.length)
        for (const [x, y] of ring) {
          f64(x)
          f64(y)
        }
      }
    }
  }
  return Uint8Array.from(parts)
}
