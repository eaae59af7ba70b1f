import { ZHEJIANG_BOUNDS, ZHEJIANG_CENTER, type TileSet } from './tile-layers'
import type { TileJsonShape } from './tiles.schemas'

/** TileJSON 3.0.0 (github.com/mapbox/tilejson-spec/tree/master/3.0.0) for one tile set. */
export function tileJsonOf(set: TileSet, tilesUrl: string, demo: boolean): TileJsonShape {
  return {
    tilejson: '3.0.0',
    name: set.name,
    description: set.description,
    version: '1.0.0',
    attribution:
      set.mineData && demo ? `${set.attribution}; mine data is generated demo data` : set.attribution,
    scheme: 'xyz',
    tiles: [tilesUrl],
    minzoom: set.minzoom,
    maxzoom: set.maxzoom,
    bounds: ZHEJIANG_BOUNDS,
    center: [
      ZHEJIANG_CENTER[0],
      ZHEJIANG_CENTER[1],
      Math.min(set.maxzoom, Math.max(set.minzoom, ZHEJIANG_CENTER[2])),
    ],
    vector_layers: set.layers.map((l) => ({
      id: l.id,
      description: l.description,
      minzoom: l.minzoom,
      maxzoom: l.maxzoom,
      // The spec's type words alone ("Number", "String", "Boolean"): GDAL reads the field type from
      // them and types "Number: mine id" as a String; the words after the colon stay in the code.
      fields: Object.fromEntries(Object.entries(l.fields).map(([k, v]) => [k, v.split(':')[0].trim()])),
    })),
  }
}
