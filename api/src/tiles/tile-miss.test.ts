import { sql } from 'kysely'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noteSkip } from '../testing/skips'
import { backends, type TestDb } from '../testing/test-db'
import { TILE_SETS, type TileSet } from './tile-layers'
import { queryTileMvt } from './tile-render.queries'
import { getTile, unpackTile } from './tile-service'
import { WHOLE_PROVINCE } from './tile-scope'
import { tileTestDb } from './tiles.test-support'

// Tiles of every kind of statement: boundaries at each simplification level, thinned and
// unthinned points, footprints, areas, public mines.
const CASES: [set: string, z: number, x: number, y: number][] = [
  ['counties', 5, 26, 13],
  ['counties', 7, 106, 52],
  ['counties', 12, 3415, 1709],
  ['mines', 6, 53, 26],
  ['mines', 9, 427, 210],
  ['public-mines', 7, 106, 52],
  ['public-mines', 10, 855, 420],
  ['cities', 6, 53, 26],
]

const serverBackends = backends.filter((b) => b.name === 'server')
if (serverBackends.length === 0)
  noteSkip('tiles as named prepared statements', 'needs the server PostGIS (TEST_DATABASE_URL)')

describe.each(serverBackends)('uncached tiles as one prepared statement ($name PostGIS)', (backend) => {
  let test: TestDb

  beforeAll(async () => {
    test = await tileTestDb(backend)
  })
  afterAll(() => test?.drop())

  const serve = (set: string, z: number, x: number, y: number) =>
    getTile(test.db, TILE_SETS.get(set)!, WHOLE_PROVINCE, { z, x, y }, 'postgis')

  it('gives byte-identical tiles to the Kysely path, first and after the plan is cached', async () => {
    let nonEmpty = 0
    // More than 5 runs per statement: PostgreSQL may switch a prepared statement to a generic plan then.
    for (let round = 0; round < 7; round++) {
      await test.db.deleteFrom('tile_cache').execute()
      for (const [set, z, x, y] of CASES) {
        const expected = await queryTileMvt(test.db, TILE_SETS.get(set)!, { z, x, y })
        const served = await serve(set, z, x, y)
        expect(served.cache, `${set} ${z}/${x}/${y}`).toBe('miss')
        expect(Buffer.compare(unpackTile(served.body!), Buffer.from(expected)), `${set} ${z}/${x}/${y}`).toBe(
          0,
        )
        if (round === 0 && expected.length) nonEmpty++
      }
    }
    expect(nonEmpty).toBe(CASES.length)
  })

  it('runs without JIT on every pooled connection (compiling cost a dense tile 27 ms, every time)', async () => {
    const settings = await Promise.all(
      Array.from({ length: 3 }, () =>
        sql<{ jit: string }>`select current_setting('jit') as jit, pg_sleep(0.05)`.execute(test.db),
      ),
    )
    expect(settings.map((r) => r.rows[0].jit)).toEqual(['off', 'off', 'off'])
  })

  it('stores what it served, gzipped once, and serves it from the cache the next time', async () => {
    await test.db.deleteFrom('tile_cache').execute()
    const first = await serve('counties', 7, 106, 52)
    const row = await test.db
      .selectFrom('tile_cache')
      .select(['etag', 'body'])
      .where('layer', '=', 'counties')
      .where('z', '=', 7)
      .executeTakeFirstOrThrow()
    expect(row.etag).toBe(first.etag)
    expect(Buffer.compare(gunzipSync(row.body), unpackTile(first.body!))).toBe(0)
    const again = await serve('counties', 7, 106, 52)
    expect(again).toMatchObject({ cache: 'hit', etag: first.etag })
    expect(Buffer.compare(again.body!, first.body!)).toBe(0)
  })

  it('leaves no transaction open after a failed render, and its connections usable', async () => {
    // A tile set whose rows lack the mercator column: PostgreSQL refuses the render's statement.
    const counties = TILE_SETS.get('counties')!
    const broken: TileSet = {
      ...counties,
      layers: [{ ...counties.layers[0], rows: () => sql`select 1 as fid` }],
    }
    await test.db.deleteFrom('tile_cache').execute()
    for (let i = 0; i < 6; i++)
      await expect(
        getTile(test.db, broken, WHOLE_PROVINCE, { z: 7, x: 106, y: 52 }, 'postgis'),
      ).rejects.toThrow(/merc/)
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and state like 'idle in transaction%'`.execute(test.db)
    expect(rows[0].n).toBe(0)
    expect((await serve('counties', 7, 106, 53)).cache).toBe('miss')
  })
})
