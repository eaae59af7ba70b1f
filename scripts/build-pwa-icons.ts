// Writes the field app's icons (web/public/icons/*.png): a quarry bench under a green hill on the
// app's dark green, drawn pixel by pixel and encoded as PNG with node:zlib — no image tool, no
// binary from elsewhere. Run: npx tsx scripts/build-pwa-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

const OUT = join(import.meta.dirname, '../web/public/icons')

type RGB = [number, number, number]
const BG: RGB = [0x17, 0x40, 0x3a] // the app's theme colour
const HILL: RGB = [0x5c, 0xb8, 0x5c]
const ROCK: RGB = [0xf4, 0xf1, 0xe8]
const SUN: RGB = [0xf2, 0xc1, 0x4e]

/** The picture in unit coordinates (0..1, y down); `inset` shrinks it into a maskable safe zone. */
function colourAt(u: number, v: number, inset: number): RGB {
  const x = (u - inset) / (1 - 2 * inset)
  const y = (v - inset) / (1 - 2 * inset)
  if (x < 0 || x > 1 || y < 0 || y > 1) return BG
  if ((x - 0.72) ** 2 + (y - 0.26) ** 2 < 0.09 ** 2) return SUN
  // A green hill, and the pale cut benches of the quarry in its face (three steps).
  const hillTop = 0.34 + 1.6 * (x - 0.42) ** 2
  if (y > hillTop && y < 0.86) {
    const step = Math.floor((x - 0.18) / 0.12)
    const benchTop = 0.52 + 0.09 * step
    if (x > 0.18 && x < 0.54 && y > benchTop && y < benchTop + 0.05) return ROCK
    return HILL
  }
  if (y >= 0.86 && y < 0.9 && x > 0.1 && x < 0.9) return ROCK
  return BG
}

function crc32(buf: Buffer): number {
  let c = ~0
  for (const b of buf) {
    c ^= b
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** An RGB PNG, 2×2 supersampled so that the edges are smooth. */
export function iconPng(size: number, inset: number): Buffer {
  const raw = Buffer.alloc(size * (size * 3 + 1))
  for (let py = 0; py < size; py++) {
    raw[py * (size * 3 + 1)] = 0 // filter: none
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0]
      for (const [dx, dy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ]) {
        const c = colourAt((px + dx) / size, (py + dy) / size, inset)
        for (let i = 0; i < 3; i++) acc[i] += c[i] / 4
      }
      const o = py * (size * 3 + 1) + 1 + px * 3
      for (let i = 0; i < 3; i++) raw[o + i] = Math.round(acc[i])
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // colour type RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  mkdirSync(OUT, { recursive: true })
  // "any" icons use the whole square; the maskable one keeps its picture in the central 80 %.
  const icons = [
    ['icon-192.png', 192, 0.06],
    ['icon-512.png', 512, 0.06],
    ['icon-maskable-512.png', 512, 0.14],
    ['apple-touch-icon-180.png', 180, 0.06],
  ] as const
  for (const [name, size, inset] of icons) {
    const png = iconPng(size, inset)
    writeFileSync(join(OUT, name), png)
    console.log(`${name}: ${size}×${size}, ${png.length} bytes`)
  }
}
