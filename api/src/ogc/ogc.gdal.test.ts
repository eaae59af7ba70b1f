// GDAL reads what a GIS user would: the OAPIF driver against a real server on loopback, and
// every download format read back with ogrinfo (feature count, Chinese text intact).
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { serve, type ServerType } from '@hono/node-server'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app'
import { noteSkip } from '../testing/skips'
import { backends, type TestDb } from '../testing/test-db'
import { openDemoWorld } from '../testing/world'
import { DEMO_PASSWORD } from '../seed/demo-accounts'
import { DOWNLOAD_PAGE } from './download/pages'
import type { DownloadFormat } from './ogc.schemas'

const run = promisify(execFile)
const OGRINFO = '/usr/bin/ogrinfo'
const hasGdal = existsSync(OGRINFO)
if (!hasGdal)
  noteSkip('GDAL interoperability tests (ogrinfo)', `${OGRINFO} is absent (Debian package gdal-bin)`)

/** ogrinfo's stdout; async so that the server in this process keeps answering. */
async function ogrinfo(...args: string[]): Promise<string> {
  const { stdout } = await run(OGRINFO, ['-ro', '--config', 'CPL_DEBUG', 'OFF', ...args], {
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  })
  return stdout
}
const featureCount = (out: string) => out.match(/^OGRFeature\(/gm)?.length ?? 0

const PUBLIC = ['counties', 'cities', 'directory-mines', 'publicity-notices'] as const
const FORMATS: DownloadFormat[] = ['geojson', 'fgb', 'gpkg', 'shp', 'kml', 'csv']
const opener = (f: DownloadFormat, path: string) => (f === 'shp' ? `/vsizip/${path}` : path)

describe.skipIf(!hasGdal).each(backends.slice(0, 1))('GDAL against /ogc on $name PostGIS', (backend) => {
  let t: TestDb
  let app: App
  let server: ServerType
  let base: string
  const dir = mkdtempSync(join(tmpdir(), 'zgm-ogc-'))
  /** How many features each public collection has today, and a Chinese text each must carry. */
  const expected = new Map<string, { count: number; text: string }>()

  beforeAll(async () => {
    ;({ t, app } = await openDemoWorld(backend))
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    for (const id of PUBLIC) {
      const body = (await (await fetch(`${base}/ogc/collections/${id}/items?limit=10000`)).json()) as {
        numberMatched: number
        features: { properties: Record<string, string> }[]
      }
      const props = body.features.map((f) => f.properties)
      const text =
        id === 'counties'
          ? '长兴县'
          : id === 'cities'
            ? '湖州市'
            : id === 'directory-mines'
              ? props[0].name
              : props[0].title
      expected.set(id, { count: body.numberMatched, text })
    }
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    await t?.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('has public features to read (the demo history)', () => {
    for (const id of PUBLIC) expect(expected.get(id)!.count, id).toBeGreaterThan(0)
    expect(expected.get('counties')!.count).toBe(89)
    // So that every format is read back across more than one download page.
    expect(expected.get('directory-mines')!.count).toBeGreaterThan(DOWNLOAD_PAGE)
  })

  it('ogrinfo OAPIF lists the public collections', async () => {
    const out = await ogrinfo('-so', `OAPIF:${base}/ogc`)
    console.log(`\n$ ogrinfo -ro -so OAPIF:${base}/ogc\n${out}`)
    for (const id of PUBLIC) expect(out).toContain(`: ${id} (`)
    expect(out).not.toContain('restoration-areas')
  })

  it('ogrinfo OAPIF with a session cookie (GDAL_HTTP_COOKIE) reads the signed-in collections', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'county.changxing', password: DEMO_PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    const out = await ogrinfo('--config', 'GDAL_HTTP_COOKIE', cookie, '-so', `OAPIF:${base}/ogc`)
    expect(out).toContain(': restoration-areas (')
    const areas = await ogrinfo(
      '--config',
      'GDAL_HTTP_COOKIE',
      cookie,
      '-al',
      '-geom=NO',
      `OAPIF:${base}/ogc`,
      'mines',
    )
    expect(featureCount(areas)).toBeGreaterThan(0)
    expect(areas).not.toMatch(/county \(String\) = (?!330522)/)
  })

  it.each(PUBLIC)('ogrinfo OAPIF reads every feature of %s, Chinese intact', async (id) => {
    const out = await ogrinfo('-al', '-geom=NO', `OAPIF:${base}/ogc`, id)
    const { count, text } = expected.get(id)!
    expect(featureCount(out)).toBe(count)
    expect(out).toContain(text)
  })

  const table: string[] = []
  it.each(FORMATS.flatMap((f) => PUBLIC.map((id) => [f, id] as const)))(
    'f=%s of %s reads back in ogrinfo with the same count and Chinese text',
    async (f, id) => {
      const res = await fetch(`${base}/ogc/collections/${id}/items?f=${f}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="/)
      const path = join(dir, `${id}.${f === 'shp' ? 'zip' : f}`)
      writeFileSync(path, new Uint8Array(await res.arrayBuffer()))
      const out = await ogrinfo('-al', '-geom=NO', opener(f, path))
      const { count, text } = expected.get(id)!
      expect(featureCount(out), out.slice(0, 2000)).toBe(count)
      expect(out).toContain(text)
      table.push(`| ${f} | ${id} | ${featureCount(out)} | ${out.includes(text) ? 'yes' : 'NO'} |`)
    },
  )

  it('wrote a .prj and a UTF-8 .cpg into the Shapefile zip', async () => {
    const out = await ogrinfo('-so', '-al', `/vsizip/${join(dir, 'counties.zip')}`)
    expect(out).toMatch(/WGS[ _]84/)
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'counties.zip'))))
    expect(Object.keys(files).sort()).toEqual(
      ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `counties.${e}`).sort(),
    )
    expect(new TextDecoder().decode(files['counties.cpg'])).toBe('UTF-8')
    console.log(`\nformat | collection | features read by ogrinfo | Chinese intact\n${table.join('\n')}`)
  })
})
