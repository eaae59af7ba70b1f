import type { FeatureTable } from './feature-table'

/** RFC 7946 FeatureCollection in pieces, so that a large selection can be streamed page by page. */
export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[\n'
export const GEOJSON_TAIL = '\n]}\n'

/** The features of a page, comma-separated; `first` when nothing was written before them. */
export function geojsonFeatures(t: FeatureTable, first: boolean): string {
  const text = t.features
    .map((x) =>
      JSON.stringify({
        type: 'Feature',
        id: x.id,
        geometry: x.geometry,
        properties: Object.fromEntries(t.collection.fields.map((d, i) => [d.name, x.values[i]])),
      }),
    )
    .join(',\n')
  return !text || first ? text : `,\n${text}`
}
