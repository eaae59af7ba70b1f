// GCJ-02 ("Mars coordinates", used by AMap/Tencent) to WGS84/CGCS2000. The forward offset is the
// widely published obfuscation formula; the inverse is found by fixed-point iteration (< 1 cm after
// a few rounds). Only valid inside China, which is where it is used here.
import type { LngLat } from './coords'

const A = 6378245.0
const EE = 0.00669342162296594323

function offset(lng: number, lat: number): [dLng: number, dLat: number] {
  const x = lng - 105
  const y = lat - 35
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  dLat += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  dLat += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  dLat += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  dLng += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  dLng += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  dLng += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  const radLat = (lat / 180) * Math.PI
  const magic = 1 - EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  return [
    (dLng * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
    (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
  ]
}

export function wgs84ToGcj02([lng, lat]: LngLat): LngLat {
  const [dLng, dLat] = offset(lng, lat)
  return [lng + dLng, lat + dLat]
}

export function gcj02ToWgs84([lng, lat]: LngLat): LngLat {
  let guess: LngLat = [lng, lat]
  for (let i = 0; i < 10; i++) {
    const [gLng, gLat] = wgs84ToGcj02(guess)
    guess = [guess[0] - (gLng - lng), guess[1] - (gLat - lat)]
    if (Math.abs(gLng - lng) < 1e-9 && Math.abs(gLat - lat) < 1e-9) break
  }
  return guess
}
