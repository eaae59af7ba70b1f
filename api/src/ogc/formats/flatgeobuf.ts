// FlatGeobuf pieces: PostGIS writes each page of a download as a whole file (ST_AsFlatGeobuf,
// no index); the download sends the first page's header once, with the feature count marked
// unknown (0, as the spec allows for a stream), followed by every page's features.

const MAGIC_BYTES = 8
/** Field 8 of the flatbuffers `Header` table is `features_count` (ulong, 0 = unknown). */
const FEATURES_COUNT_FIELD = 8

const viewOf = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength)

/** Where the features start: after the magic bytes, the header's length prefix and the header. */
function featuresStart(file: Uint8Array): number {
  return MAGIC_BYTES + 4 + viewOf(file).getUint32(MAGIC_BYTES, true)
}

/** A page's features only (its magic bytes and header removed). */
export const fgbFeatures = (file: Uint8Array): Uint8Array => file.subarray(featuresStart(file))

/** The first page with its header's `features_count` set to 0 (unknown): more pages follow. */
export function fgbWithUnknownCount(file: Uint8Array): Uint8Array {
  const out = file.slice()
  const v = viewOf(out)
  const header = MAGIC_BYTES + 4
  const table = header + v.getUint32(header, true)
  const vtable = table - v.getInt32(table, true)
  const slot = 4 + 2 * FEATURES_COUNT_FIELD
  if (slot < v.getUint16(vtable, true)) {
    const at = v.getUint16(vtable + slot, true)
    if (at) v.setBigUint64(table + at, 0n, true)
  }
  return out
}
