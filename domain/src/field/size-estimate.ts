// The size an offline area will take, before it is saved: tiles × their measured average, plus
// the records (measured as the JSON the browser will store).

export interface SizeEstimateInput {
  tileCount: number
  /** Average body of a tile of this area, measured on a sample (bytes; empty tiles count as 0). */
  avgTileBytes: number
  /** The records stored per mine (the field pack's share, the mine record, the inspection form). */
  mineCount: number
  avgMineRecordBytes: number
  /** Whatever is stored once for the area (its pack, the work queue). */
  fixedBytes: number
}

export function estimateAreaBytes(i: SizeEstimateInput): number {
  for (const [k, v] of Object.entries(i)) {
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`estimateAreaBytes: ${k} must be ≥ 0, got ${v}`)
  }
  return Math.round(i.tileCount * i.avgTileBytes + i.mineCount * i.avgMineRecordBytes + i.fixedBytes)
}

/** "340 KB", "12.5 MB": decimal units, as phones show storage. */
export function formatBytes(bytes: number): string {
  if (!(bytes >= 0)) throw new RangeError(`formatBytes: not a size: ${bytes}`)
  if (bytes < 1000) return `${Math.round(bytes)} B`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
