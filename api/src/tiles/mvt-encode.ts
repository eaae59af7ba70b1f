// A Mapbox Vector Tile 2.1 encoder for geometries already in tile units (0..extent, y down).
// Used where PostGIS has no ST_AsMVT (the embedded PGlite build lacks protobuf).
import Pbf from 'pbf'
import type { Geometry, Position } from 'geojson'
import { EXTENT } from './tile-math'

export type PropertyValue = string | number | boolean

export interface TileFeature {
  /** Becomes the feature id when a non-negative integer. */
  id?: number | null
  /** null and undefined are left out (MVT has no null). */
  properties: Record<string, PropertyValue | null | undefined>
  /** Integer tile coordinates, y pointing down; rings closed as in GeoJSON. */
  geometry: Geometry
}

export interface TileLayer {
  name: string
  features: TileFeature[]
  extent?: number
}

const enum GeomType {
  Point = 1,
  LineString = 2,
  Polygon = 3,
}

const enum Command {
  MoveTo = 1,
  LineTo = 2,
  ClosePath = 7,
}

interface EncodedGeometry {
  type: GeomType
  commands: number[]
}

interface LayerTables {
  keys: string[]
  keyIndex: Map<string, number>
  values: PropertyValue[]
  valueIndex: Map<string, number>
}

/** Encodes the layers into one tile; layers without features are left out, so no features → 0 bytes. */
export function encodeMvt(layers: TileLayer[]): Uint8Array {
  const pbf = new Pbf()
  for (const layer of layers) {
    const features = layer.features
      .map((f) => ({ feature: f, geometry: encodeGeometry(f.geometry) }))
      .filter((f): f is { feature: TileFeature; geometry: EncodedGeometry } => f.geometry !== null)
    if (features.length > 0) pbf.writeMessage(3, writeLayer, { layer, features })
  }
  return pbf.finish()
}

function writeLayer(
  { layer, features }: { layer: TileLayer; features: { feature: TileFeature; geometry: EncodedGeometry }[] },
  pbf: Pbf,
) {
  const tables: LayerTables = { keys: [], keyIndex: new Map(), values: [], valueIndex: new Map() }
  pbf.writeVarintField(15, 2)
  pbf.writeStringField(1, layer.name)
  for (const { feature, geometry } of features) {
    pbf.writeMessage(2, writeFeature, { tags: tagsOf(feature, tables), geometry, id: feature.id })
  }
  for (const key of tables.keys) pbf.writeStringField(3, key)
  for (const value of tables.values) pbf.writeMessage(4, writeValue, value)
  pbf.writeVarintField(5, layer.extent ?? EXTENT)
}

function tagsOf(feature: TileFeature, tables: LayerTables): number[] {
  const tags: number[] = []
  for (const [key, value] of Object.entries(feature.properties)) {
    if (value === null || value === undefined) continue
    let k = tables.keyIndex.get(key)
    if (k === undefined) {
      k = tables.keys.push(key) - 1
      tables.keyIndex.set(key, k)
    }
    const valueKey = `${typeof value}:${value}`
    let v = tables.valueIndex.get(valueKey)
    if (v === undefined) {
      v = tables.values.push(value) - 1
      tables.valueIndex.set(valueKey, v)
    }
    tags.push(k, v)
  }
  return tags
}

function writeFeature(f: { tags: number[]; geometry: EncodedGeometry; id?: number | null }, pbf: Pbf) {
  if (typeof f.id === 'number' && Number.isSafeInteger(f.id) && f.id >= 0) pbf.writeVarintField(1, f.id)
  if (f.tags.length) pbf.writePackedVarint(2, f.tags)
  pbf.writeVarintField(3, f.geometry.type)
  pbf.writePackedVarint(4, f.geometry.commands)
}

function writeValue(value: PropertyValue, pbf: Pbf) {
  if (typeof value === 'string') pbf.writeStringField(1, value)
  else if (typeof value === 'boolean') pbf.writeBooleanField(7, value)
  else if (!Number.isSafeInteger(value)) pbf.writeDoubleField(3, value)
  else if (value >= 0) pbf.writeVarintField(5, value)
  else pbf.writeSVarintField(6, value)
}

/** Command integers for a geometry, or null when nothing drawable is left. */
export function encodeGeometry(geometry: Geometry): EncodedGeometry | null {
  const out = new GeometryWriter()
  switch (geometry.type) {
    case 'Point':
      return out.points([geometry.coordinates])
    case 'MultiPoint':
      return out.points(geometry.coordinates)
    case 'LineString':
      return out.lines([geometry.coordinates])
    case 'MultiLineString':
      return out.lines(geometry.coordinates)
    case 'Polygon':
      return out.polygons([geometry.coordinates])
    case 'MultiPolygon':
      return out.polygons(geometry.coordinates)
    case 'GeometryCollection':
      return null
  }
}

class GeometryWriter {
  private commands: number[] = []
  private cx = 0
  private cy = 0

  points(points: Position[]): EncodedGeometry | null {
    if (points.length === 0) return null
    this.commands.push(command(Command.MoveTo, points.length))
    for (const p of points) this.moveBy(p)
    return { type: GeomType.Point, commands: this.commands }
  }

  lines(lines: Position[][]): EncodedGeometry | null {
    for (const line of lines) {
      const path = withoutRepeats(line)
      if (path.length >= 2) this.path(path, false)
    }
    return this.commands.length ? { type: GeomType.LineString, commands: this.commands } : null
  }

  /** Exterior rings get positive area (clockwise on screen), holes negative, per MVT 2.1 §4.3.4.4. */
  polygons(polygons: Position[][][]): EncodedGeometry | null {
    for (const rings of polygons) {
      for (let i = 0; i < rings.length; i++) {
        const path = withoutRepeats(rings[i])
        if (path.length > 1 && samePoint(path[0], path[path.length - 1])) path.pop()
        const area = path.length >= 3 ? signedArea(path) : 0
        if (area === 0 && i === 0) break // a collapsed shell takes its holes with it
        if (area === 0) continue
        if ((i === 0) !== area > 0) path.reverse()
        this.path(path, true)
      }
    }
    return this.commands.length ? { type: GeomType.Polygon, commands: this.commands } : null
  }

  private path(path: Position[], close: boolean) {
    this.commands.push(command(Command.MoveTo, 1))
    this.moveBy(path[0])
    this.commands.push(command(Command.LineTo, path.length - 1))
    for (let i = 1; i < path.length; i++) this.moveBy(path[i])
    if (close) this.commands.push(command(Command.ClosePath, 1))
  }

  private moveBy([x, y]: Position) {
    const ix = Math.round(x)
    const iy = Math.round(y)
    this.commands.push(zigzag(ix - this.cx), zigzag(iy - this.cy))
    this.cx = ix
    this.cy = iy
  }
}

const command = (id: Command, count: number) => (id & 0x7) | (count << 3)
const zigzag = (n: number) => (n << 1) ^ (n >> 31)
const samePoint = (a: Position, b: Position) =>
  Math.round(a[0]) === Math.round(b[0]) && Math.round(a[1]) === Math.round(b[1])

/** Drops consecutive duplicates (after rounding): MVT forbids zero-length LineTo steps. */
function withoutRepeats(points: Position[]): Position[] {
  const out: Position[] = []
  for (const p of points) if (out.length === 0 || !samePoint(out[out.length - 1], p)) out.push(p)
  return out
}

/** Surveyor's formula over an open ring; positive = clockwise with y pointing down. */
export function signedArea(ring: Position[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1]
  }
  return sum / 2
}
