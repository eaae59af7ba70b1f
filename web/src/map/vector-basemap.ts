// BASEMAP_PMTILES: an operator-supplied vector basemap, read by the pmtiles library with HTTP range
// requests and styled with @protomaps/basemaps. Both load only when the server offers one.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl'

export interface VectorBasemap {
  source: SourceSpecification
  layers: LayerSpecification[]
}

export const VECTOR_BASEMAP_SOURCE = 'vector-basemap'
let registered = false

/** The source and the fill/line layers (labels need glyphs, which an offline map does not fetch). */
export async function loadVectorBasemap(path: string, origin: string): Promise<VectorBasemap> {
  const [{ Protocol }, { layers, namedFlavor }, maplibregl] = await Promise.all([
    import('pmtiles'),
    import('@protomaps/basemaps'),
    import('maplibre-gl'),
  ])
  if (!registered) {
    maplibregl.addProtocol('pmtiles', new Protocol().tile)
    registered = true
  }
  const styled = layers(VECTOR_BASEMAP_SOURCE, namedFlavor('light'), { lang: 'zh' }) as LayerSpecification[]
  return {
    source: {
      type: 'vector',
      url: `pmtiles://${origin}${path}`,
      attribution: 'Basemap: operator-supplied PMTiles',
    },
    layers: styled
      .filter((l) => l.type !== 'symbol')
      .map((l) => ({ ...l, id: `vb-${l.id}` }) as LayerSpecification),
  }
}
