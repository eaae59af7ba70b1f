import type { z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app'
import { backends, type TestDb } from '../testing/test-db'
import { openDemoWorld } from '../testing/world'
import { expectConforms } from '../testing/conforms'
import { addDays } from '@zgm/domain'
import { sql } from 'kysely'
import { invalidateAllTiles } from '../tiles/tile-cache.queries'
import { MINE_STATE_TILE_SETS } from '../tiles/tile-layers'
import { featuresOf } from '../tiles/tiles.test-support'
import {
  PublicDirectory,
  PublicDrawList,
  PublicMapMineList,
  PublicNoticeList,
  PublicOutlines,
  PublicRegionList,
  PublicStats,
} from './public.schemas'

/** Fails on any key the schema does not list, at any depth: nothing internal may reach the public. */
function onlySchemaKeys(schema: z.ZodTypeAny, value: unknown, path = '$'): string[] {
  const def = (schema as unknown as { def: { type: string } }).def
  if (value === null || value === undefined) return []
  switch (def.type) {
    case 'object': {
      const shape = (schema as unknown as z.ZodObject<z.ZodRawShape>).shape
      const extra = Object.keys(value as object)
        .filter((k) => !(k in shape))
        .map((k) => `${path}.${k}`)
      return [
        ...extra,
        ...Object.entries(shape).flatMap(([k, s]) =>
          onlySchemaKeys(s as z.ZodTypeAny, (value as Record<string, unknown>)[k], `${path}.${k}`),
        ),
      ]
    }
    case 'array':
      return (value as unknown[]).flatMap((v, i) =>
        onlySchemaKeys((schema as unknown as z.ZodArray<z.ZodTypeAny>).element, v, `${path}[${i}]`),
      )
    case 'nullable':
    case 'optional':
      return onlySchemaKeys((schema as unknown as z.ZodNullable<z.ZodTypeAny>).unwrap(), value, path)
    default:
      return []
  }
}

/** The bounding box of SVG path data made of M (absolute), l (relative) and z, as ST_AsSVG writes it. */
function pathBox(d: string) {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }
  let x = 0
  let y = 0
  let command = ''
  const tokens = d
    .trim()
    .split(/[\s,]+|(?=[MLlZz])|(?<=[MLlZz])/)
    .filter(Boolean)
  for (let i = 0; i < tokens.length;) {
    if (/^[MLlZz]$/.test(tokens[i])) {
      command = tokens[i++]
      continue
    }
    const [a, b] = [Number(tokens[i]), Number(tokens[i + 1])]
    i += 2
    if (command === 'l') [x, y] = [x + a, y + b]
    else [x, y] = [a, b]
    box.minX = Math.min(box.minX, x)
    box.maxX = Math.max(box.maxX, x)
    box.minY = Math.min(box.minY, y)
    box.maxY = Math.max(box.maxY, y)
  }
  return box
}

type StatsRow = { inDirectory: number; inDirectoryTotal: number }

const INTERNAL = [
  'pipeline',
  'overdue',
  'comingDue',
  'enterprise',
  'holder',
  'licence',
  'greenState',
  'opsStatus',
  'submitter',
  'password',
  'version',
  'actor',
]

describe.each(backends)('public disclosure endpoints on $name PostGIS', (backend) => {
  let t: TestDb
  let app: App
  const get = async (path: string) => {
    const res = await app.request(path)
    expect(res.status, path).toBe(200)
    return res.json()
  }
  beforeAll(async () => {
    ;({ t, app } = await openDemoWorld(backend))
  })
  afterAll(() => t.drop())

  it.each([
    ['/api/public/regions?level=county', PublicRegionList],
    ['/api/public/outlines?level=county', PublicOutlines],
    ['/api/public/stats?level=county&asOf=2019-12-31', PublicStats],
    ['/api/public/directory?asOf=2019-12-31&pageSize=1000', PublicDirectory],
    ['/api/public/map/mines?asOf=2020-12-31', PublicMapMineList],
    ['/api/public/publicity?asOf=2020-12-31', PublicNoticeList],
    ['/api/public/spot-checks', PublicDrawList],
  ] as [string, z.ZodTypeAny][])('%s answers anonymously with public fields only', async (path, schema) => {
    const body = await get(path)
    expectConforms(schema, body)
    expect(onlySchemaKeys(schema, body)).toEqual([])
    const text = JSON.stringify(body)
    for (const word of INTERNAL) expect(text).not.toContain(`"${word}`)
  })

  it.each(['county', 'city'] as const)(
    "draws each %s's outline where its bounding box lies on the zoom-10 Web Mercator world",
    async (level) => {
      const regions = (await get(`/api/public/regions?level=${level}`)) as z.infer<typeof PublicRegionList>
      const outlines = (await get(`/api/public/outlines?level=${level}`)) as z.infer<typeof PublicOutlines>
      expect(outlines.items.map((o) => o.code)).toEqual(regions.map((r) => r.code))
      const px = (lng: number, lat: number) => {
        const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
        return [((lng + 180) / 360) * outlines.worldPx, (0.5 - y / (2 * Math.PI)) * outlines.worldPx]
      }
      for (const [i, o] of outlines.items.entries()) {
        const [w, s, e, n] = regions[i].bbox
        const [x0, y1] = px(w, s)
        const [x1, y0] = px(e, n)
        const box = pathBox(o.path)
        // Within the simplification tolerance (8 px) and the rounding to whole pixels.
        for (const [got, want] of [
          [box.minX, x0],
          [box.maxX, x1],
          [box.minY, y0],
          [box.maxY, y1],
        ])
          expect(Math.abs(got - want), `${o.code}: ${got} vs ${want}`).toBeLessThanOrEqual(9)
      }
      expect(JSON.stringify(outlines).length).toBeLessThan(level === 'county' ? 120_000 : 60_000)
    },
  )

  it('lists the directory as of a date, searchable, and never a mine that has left it', async () => {
    const end2018 = (await get('/api/public/directory?asOf=2018-12-31&pageSize=1000')) as z.infer<
      typeof PublicDirectory
    >
    const end2020 = (await get('/api/public/directory?asOf=2020-12-31&pageSize=1000')) as z.infer<
      typeof PublicDirectory
    >
    expect(end2018.total).toBeGreaterThanOrEqual(171)
    expect(end2020.total).toBeGreaterThan(end2018.total)
    const removed = await t.db
      .selectFrom('directory_entry')
      .select('mine_id')
      .where('removed_on', '<=', '2020-12-31')
      .execute()
    expect(removed.length).toBeGreaterThan(0)
    const listed = new Set(end2020.items.map((m) => m.id))
    for (const r of removed) {
      const again = await t.db
        .selectFrom('directory_entry')
        .select('id')
        .where('mine_id', '=', r.mine_id)
        .where('removed_on', 'is', null)
        .executeTakeFirst()
      if (!again) expect(listed.has(r.mine_id)).toBe(false)
    }
    const first = end2020.items[0]
    const found = (await get(
      `/api/public/directory?asOf=2020-12-31&q=${encodeURIComponent(first.name)}`,
    )) as z.infer<typeof PublicDirectory>
    expect(found.items.map((m) => m.id)).toContain(first.id)
  })

  it('issue 10: every directory list agrees with the statistics count on several dates', async () => {
    for (const asOf of ['2018-12-31', '2019-12-31', '2021-06-30', '2023-06-30', '2026-11-30']) {
      const [province] = (
        (await get(`/api/public/stats?level=province&asOf=${asOf}`)) as { rows: StatsRow[] }
      ).rows
      const directory = (await get(`/api/public/directory?asOf=${asOf}&pageSize=1`)) as { total: number }
      const map = (await get(`/api/public/map/mines?asOf=${asOf}`)) as unknown[]
      const ogc = (await get(`/ogc/collections/directory-mines/items?limit=1&datetime=${asOf}`)) as {
        numberMatched: number
      }
      // The directory lists every listed mine, 应建 or not: the count's inDirectoryTotal (inDirectory is its 应建 part).
      expect(directory.total, asOf).toBe(province.inDirectoryTotal)
      expect(province.inDirectory).toBeLessThanOrEqual(province.inDirectoryTotal)
      expect(map).toHaveLength(directory.total)
      expect(ogc.numberMatched, asOf).toBe(directory.total)
    }
  })

  it('issue 10: a mine closed while its directory entry stays open leaves every list on its closing date', async () => {
    const closing = await t.db
      .selectFrom('mine_event as e')
      .innerJoin('mine as m', 'm.id', 'e.mine_id')
      .innerJoin('directory_entry as d', 'd.mine_id', 'm.id')
      .select(['m.id', 'm.name', sql<string>`cast(e.occurred_on as text)`.as('closedOn')])
      .where('e.ops_to', '=', 'closed')
      .whereRef('d.entered_on', '<', 'e.occurred_on')
      .where((eb) =>
        eb.or([eb('d.removed_on', 'is', null), eb('d.removed_on', '>', eb.ref('e.occurred_on'))]),
      )
      .orderBy('e.occurred_on')
      .executeTakeFirstOrThrow()
    const dayBefore = addDays(closing.closedOn, -1)
    const inDirectory = async (asOf: string) => {
      const page = (await get(
        `/api/public/directory?asOf=${asOf}&q=${encodeURIComponent(closing.name)}`,
      )) as z.infer<typeof PublicDirectory>
      const map = (await get(`/api/public/map/mines?asOf=${asOf}`)) as { id: number }[]
      const ogc = (await get(`/ogc/collections/directory-mines/items?limit=1000&datetime=${asOf}`)) as {
        features: { id: number }[]
      }
      const lists = [
        page.items.some((m) => m.id === closing.id),
        map.some((m) => m.id === closing.id),
        ogc.features.some((f) => Number(f.id) === closing.id),
      ]
      return lists
    }
    expect(await inDirectory(dayBefore)).toEqual([true, true, true])
    expect(await inDirectory(closing.closedOn)).toEqual([false, false, false])
    // Today's public map tiles draw the directory as it stands now: without the closed mine.
    await invalidateAllTiles(t.db, MINE_STATE_TILE_SETS)
    const res = await app.request('/tiles/public-mines/0/0/0.mvt')
    expect(res.status).toBe(200)
    const ids = featuresOf(new Uint8Array(await res.arrayBuffer()), 'public_mines').map((f) => Number(f.id))
    const listedNow = (await get('/api/public/map/mines')) as { id: number }[]
    expect(ids).not.toContain(closing.id)
    expect(ids.sort((a, b) => a - b)).toEqual(listedNow.map((m) => m.id).sort((a, b) => a - b))
  })

  it('shows publicity notices with their period and objection channel', async () => {
    const { items } = (await get('/api/public/publicity?asOf=2019-12-31&level=county')) as {
      items: z.infer<typeof PublicNoticeList>['items']
    }
    expect(items.length).toBeGreaterThan(10)
    for (const n of items.slice(0, 20)) {
      expect(n.endOn >= n.startOn).toBe(true)
      expect(n.objectionChannel.length).toBeGreaterThan(5)
      expect(n.items.length).toBeGreaterThan(0)
      // A county notice carries the verification opinion it publishes (R3.5).
      for (const item of n.items) expect(item.verification).toMatchObject({ passed: true })
    }
  })

  it('refuses bad queries with the field named', async () => {
    const res = await app.request('/api/public/stats?asOf=2019-13')
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^asOf/)
  })
})
