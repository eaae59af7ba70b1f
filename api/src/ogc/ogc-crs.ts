// OGC API – Features Part 2 (crs, bbox-crs): the CRSs offered besides CRS84. Every EPSG CRS
// here is in its own axis order, latitude/northing first (EPSG:4326 and 4490: lat, lon;
// EPSG:4527–4529, CGCS2000 3° Gauss-Krüger zones 39–41 with the zone prefix: X northing, Y easting).

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'
const epsg = (code: number) => `http://www.opengis.net/def/crs/EPSG/0/${code}`

export const OFFERED_CRS = [CRS84, epsg(4326), epsg(4490), epsg(4527), epsg(4528), epsg(4529)] as const

export interface OutputCrs {
  uri: string
  srid: number
  /** True when the CRS's first axis is latitude/northing (coordinates flipped from PostGIS x/y). */
  flip: boolean
  /** Decimals written: 7 for degrees (≈ 1 cm), 3 for metres. */
  decimals: number
}

/** A `crs`/`bbox-crs` value (URI, or `EPSG:n`), or null when it is not offered. */
export function outputCrs(value: string | undefined): OutputCrs | null {
  if (!value || value === CRS84 || /^(OGC:)?CRS84$/i.test(value))
    return { uri: CRS84, srid: 4326, flip: false, decimals: 7 }
  const code = Number(value.match(/^(?:EPSG:|http:\/\/www\.opengis\.net\/def\/crs\/EPSG\/0\/)(\d+)$/i)?.[1])
  if (!OFFERED_CRS.includes(epsg(code) as (typeof OFFERED_CRS)[number])) return null
  return { uri: epsg(code), srid: code, flip: true, decimals: code < 4500 ? 7 : 3 }
}
