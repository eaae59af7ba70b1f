// A tile or TileJSON the server failed to render (5xx) would leave a hole in the map: reload that
// source once things calm down, at most three times per source.
import type * as maplibregl from 'maplibre-gl'

export function retryFailedTiles(map: maplibregl.Map): void {
  const retrySources = new Set<string>()
  const retries = new Map<string, number>()
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  map.on('error', (e: maplibregl.ErrorEvent & { sourceId?: string }) => {
    const status = (e.error as { status?: number } | undefined)?.status ?? 0
    if (!e.sourceId || status < 500) return console.warn('map error', e.error?.message ?? e.error)
    const n = retries.get(e.sourceId) ?? 0
    if (n >= 3) return console.warn(`tiles of ${e.sourceId} keep failing (HTTP ${status})`)
    retries.set(e.sourceId, n + 1)
    retrySources.add(e.sourceId)
    clearTimeout(retryTimer)
    retryTimer = setTimeout(() => {
      for (const id of retrySources) {
        const source = map.getSource(id) as maplibregl.VectorTileSource | undefined
        if (source?.tiles) source.setTiles(source.tiles)
        else if (source?.url) source.setUrl(source.url)
      }
      retrySources.clear()
    }, 800)
  })
}
