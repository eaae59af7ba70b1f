// Test photos written byte by byte (no binary fixture): a baseline 8×8 grey JPEG that browsers
// decode, optionally with an EXIF APP1 segment holding GPS latitude and longitude, as a phone's
// camera writes them (degrees, minutes, seconds as rationals; N/S and E/W references).

/** An 8×8 grey baseline JPEG: one quantisation table, one-code Huffman tables, DC 0 and EOB. */
function greyJpegSegments(): Buffer[] {
  const seg = (marker: number, body: number[]) =>
    Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body])
  const oneCodeTable = (classAndId: number) => [classAndId, 1, ...new Array(15).fill(0), 0x00]
  return [
    seg(0xdb, [0x00, ...new Array(64).fill(1)]),
    seg(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    seg(0xc4, oneCodeTable(0x00)),
    seg(0xc4, oneCodeTable(0x10)),
    seg(0xda, [1, 1, 0x00, 0, 63, 0]),
    // The scan: DC difference 0 (code "0"), end of block (code "0"), padded with ones.
    Buffer.from([0x3f]),
  ]
}

/** Degrees as three EXIF rationals (d/1, m/1, s·10000/10000), big-endian. */
function dms(value: number): Buffer {
  const abs = Math.abs(value)
  const d = Math.floor(abs)
  const m = Math.floor((abs - d) * 60)
  const s = Math.round(((abs - d) * 60 - m) * 60 * 10000)
  const b = Buffer.alloc(24)
  ;[d, 1, m, 1, s, 10000].forEach((v, i) => b.writeUInt32BE(v, i * 4))
  return b
}

/** The APP1 segment: "Exif", a big-endian TIFF header, IFD0 pointing at a GPS IFD of five tags. */
function exifGps([lng, lat]: [lng: number, lat: number]): Buffer {
  const tiff = Buffer.alloc(140)
  tiff.write('MM', 0, 'latin1')
  tiff.writeUInt16BE(42, 2)
  tiff.writeUInt32BE(8, 4)
  // IFD0: one entry, GPSInfo (0x8825, LONG) → offset 26.
  tiff.writeUInt16BE(1, 8)
  tiff.writeUInt16BE(0x8825, 10)
  tiff.writeUInt16BE(4, 12)
  tiff.writeUInt32BE(1, 14)
  tiff.writeUInt32BE(26, 18)
  tiff.writeUInt32BE(0, 22)
  // GPS IFD at 26: version, lat ref, lat (→ 92), lng ref, lng (→ 116).
  const entries: [tag: number, type: number, count: number, value: Buffer][] = [
    [0x0000, 1, 4, Buffer.from([2, 3, 0, 0])],
    [0x0001, 2, 2, Buffer.from(lat >= 0 ? 'N\0' : 'S\0', 'latin1')],
    [0x0002, 5, 3, uint32(92)],
    [0x0003, 2, 2, Buffer.from(lng >= 0 ? 'E\0' : 'W\0', 'latin1')],
    [0x0004, 5, 3, uint32(116)],
  ]
  tiff.writeUInt16BE(entries.length, 26)
  entries.forEach(([tag, type, count, value], i) => {
    const at = 28 + i * 12
    tiff.writeUInt16BE(tag, at)
    tiff.writeUInt16BE(type, at + 2)
    tiff.writeUInt32BE(count, at + 4)
    value.copy(tiff, at + 8)
  })
  tiff.writeUInt32BE(0, 28 + entries.length * 12)
  dms(lat).copy(tiff, 92)
  dms(lng).copy(tiff, 116)
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])
  const head = Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff])
  return Buffer.concat([head, body])
}

function uint32(v: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(v)
  return b
}

/** A small JPEG; with `at`, tagged with that GPS position (EXIF, as a phone camera writes it). */
export function testJpeg(at?: [lng: number, lat: number]): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    ...(at ? [exifGps(at)] : []),
    ...greyJpegSegments(),
    Buffer.from([0xff, 0xd9]),
  ])
}
