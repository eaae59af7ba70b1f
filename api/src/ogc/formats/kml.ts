import { fieldsOf, type FeatureTable } from './feature-table'
import type { Geometry, Position } from './geometry'

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const coords = (ps: readonly Position[]) => ps.map(([x, y]) => `${x},${y}`).join(' ')
const point = (p: Position) => `<Point><coordinates>${coords([p])}</coordinates></Point>`
const polygon = (rings: Position[][]) =>
  `<Polygon>${rings
    .map((r, i) => {
      const tag = i === 0 ? 'outerBoundaryIs' : 'innerBoundaryIs'
      return `<${tag}><LinearRing><coordinates>${coords(r)}</coordinates></LinearRing></${tag}>`
    })
    .join('')}</Polygon>`

function geometry(g: Geometry): string {
  if (g.type === 'Point') return point(g.coordinates)
  if (g.type === 'MultiPoint') return `<MultiGeometry>${g.coordinates.map(point).join('')}</MultiGeometry>`
  return `<MultiGeometry>${g.coordinates.map(polygon).join('')}</MultiGeometry>`
}

const kmlType = { string: 'string', integer: 'int', number: 'double', date: 'string' } as const

/** The document head of a collection's KML: name and the typed schema of its fields. */
export function kmlHead(t: FeatureTable): string {
  const id = t.collection.id
  const schema = `<Schema name="${id}" id="${id}"><SimpleField name="id" type="int"/>${fieldsOf(t)
    .map((x) => `<SimpleField name="${x.name}" type="${kmlType[x.type]}"/>`)
    .join('')}</Schema>`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
    `<name>${esc(t.collection.title)}</name>`,
    schema,
    `<Folder><name>${esc(id)}</name>`,
    '',
  ].join('\n')
}

export const KML_TAIL = '</Folder></Document></kml>\n'

/** One Placemark per feature, named by its name/title/licence number, its fields as SchemaData. */
export function kmlPlacemarks(t: FeatureTable): string {
  const fields = fieldsOf(t)
  const id = t.collection.id
  const nameField = ['name', 'title', 'licence_no', 'mine_name'].find((n) => fields.some((f) => f.name === n))
  const nameIndex = fields.findIndex((f) => f.name === nameField)
  return t.features
    .map((f) => {
      const name = nameIndex >= 0 ? String(f.values[nameIndex] ?? f.id) : String(f.id)
      const data = fields
        .map((x, i) =>
          f.values[i] === null ? '' : `<SimpleData name="${x.name}">${esc(String(f.values[i]))}</SimpleData>`,
        )
        .join('')
      return `<Placemark id="${id}.${f.id}"><name>${esc(name)}</name><ExtendedData><SchemaData schemaUrl="#${id}"><SimpleData name="id">${f.id}</SimpleData>${data}</SchemaData></ExtendedData>${geometry(f.geometry)}</Placemark>\n`
    })
    .join('')
}

/** KML 2.2 (WGS 84 by definition): one Placemark per feature, the fields as a typed schema. */
export const writeKml = (t: FeatureTable): string => kmlHead(t) + kmlPlacemarks(t) + KML_TAIL
