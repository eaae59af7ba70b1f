// BASEMAP_PMTILES: the operator's vector basemap is served with HTTP range requests, as the
// pmtiles library in the browser reads it; without the variable there is no such route.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readConfig } from '../config'
import { basemapRoutes, byteRange, VECTOR_BASEMAP_PATH } from './basemap.routes'

const dir = mkdtempSync(join(tmpdir(), 'zgm-basemap-'))
const file = join(dir, 'test.pmtiles')
// Not a real archive: the server only serves bytes; the header magic makes it recognisable.
const bytes = Buffer.concat([Buffer.from('PMTiles'), Buffer.from([3]), Buffer.alloc(1000, 7)])
writeFileSync(file, bytes)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the PMTiles basemap route', () => {
  const app = basemapRoutes(file)

  it('answers a range with 206, Content-Range and exactly those bytes', async () => {
    const res = await app.request(VECTOR_BASEMAP_PATH, { headers: { range: 'bytes=0-7' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-7/${bytes.length}`)
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).toBe('PMTiles\u0003')
    const tail = await app.request(VECTOR_BASEMAP_PATH, { headers: { range: 'bytes=-10' } })
    expect(tail.headers.get('content-range')).toBe(
      `bytes ${bytes.length - 10}-${bytes.length - 1}/${bytes.length}`,
    )
    expect((await tail.arrayBuffer()).byteLength).toBe(10)
  })

  it('answers the whole file without a range, and 416 for a range past its end', async () => {
    const whole = await app.request(VECTOR_BASEMAP_PATH)
    expect(whole.status).toBe(200)
    expect((await whole.arrayBuffer()).byteLength).toBe(bytes.length)
    const past = await app.request(VECTOR_BASEMAP_PATH, { headers: { range: `bytes=${bytes.length}-` } })
    expect(past.status).toBe(416)
    expect(past.headers.get('content-range')).toBe(`bytes */${bytes.length}`)
  })

  it('parses ranges as RFC 9110 says (open-ended, suffix, clamped, unsatisfiable)', () => {
    expect(byteRange('bytes=10-', 100)).toEqual({ start: 10, end: 99 })
    expect(byteRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 })
    expect(byteRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 })
    expect(byteRange('bytes=5-2', 100)).toBeNull()
    expect(byteRange('items=0-1', 100)).toBeNull()
  })

  it('is configured by BASEMAP_PMTILES, resolved to an absolute path', () => {
    expect(readConfig({ BASEMAP_PMTILES: file }).basemapPmtiles).toBe(file)
  })
})
