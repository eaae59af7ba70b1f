import type { BBox } from '@zgm/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, type TestDb } from '../testing/test-db'
import { invalidateAllTiles, invalidateTiles, openTileQuery, storeTile } from './tile-cache.queries'
import { BUFFER, EXTENT, lngLatToTile, tileBoundsLngLat, type TileAddress } from './tile-math'
import { TILE_SET_IDS } from './tile-layers'
import { packTile } from './tile-service'
import { featuresOf, tileTestApp, tileTestDb } from './tiles.test-support'

const key = (layer: string, t: TileAddress) => `${layer}/${t.z}/${t.x}/${t.y}`

/** Independent of tileRangeOf: does the tile, grown by its buffer, meet the box? */
function reaches(t: TileAddress, [minLng, minLat, maxLng, maxLat]: BBox) {
  const [w, s, e, n] = tileBoundsLngLat(t, BUFFER / EXTENT)
  return w <= maxLng && e >= minLng && s <= maxLat && n >= minLat
}

describe.each(backends)('tile cache ($name PostGIS)', (backend) => {
  let test: TestDb

  beforeAll(async () => {
    test = await tileTestDb(backend)
  })
  afterAll(() => test?.drop())

  const cachedKeys = async () =>
    (await test.db.selectFrom('tile_cache').select(['layer', 'z', 'x', 'y']).execute())
      .map((r) => key(r.layer, r))
      .sort()

  /** A 7×7 block of cached tiles around the box's centre at every zoom 0..16, for two tile sets. */
  async function seedCache(box: BBox) {
    await test.db.deleteFrom('tile_cache').execute()
    const { etag, body } = await packTile(new Uint8Array([1, 2, 3]))
    const seeded: { layer: string; t: TileAddress }[] = []
    for (let z = 0; z <= 16; z++) {
      const [cx, cy] = lngLatToTile((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, z).map(Math.floor)
      for (let dx = -3; dx <= 3; dx++) {
        for (let dy = -3; dy <= 3; dy++) {
          const t = { z, x: cx + dx, y: cy + dy }
          if (t.x < 0 || t.y < 0 || t.x >= 2 ** z || t.y >= 2 ** z) continue
          for (const layer of ['restoration', 'reclamation']) seeded.push({ layer, t })
        }
      }
    }
    await test.db
      .insertInto('tile_cache')
      .values(seeded.map(({ layer, t }) => ({ layer, ...t, etag, body })))
      .execute()
    return seeded
  }

  it('invalidateTiles deletes exactly the tiles of the named sets that can show the box, at every zoom', async () => {
    // a restoration-sized box near a tile corner at several zooms (Hangzhou, West Lake)
    const box: BBox = [120.1399, 30.2399, 120.1421, 30.2413]
    const seeded = await seedCache(box)
    const expected = seeded
      .filter(({ layer, t }) => layer === 'restoration' && reaches(t, box))
      .map(({ layer, t }) => key(layer, t))
    expect(expected.length).toBeGreaterThan(17)
    expect(expected.length).toBeLessThan(seeded.length / 4)

    expect(await invalidateTiles(test.db, ['restoration'], box)).toBe(expected.length)
    const left = await cachedKeys()
    expect(left).toEqual(
      seeded
        .map(({ layer, t }) => key(layer, t))
        .filter((k) => !expected.includes(k))
        .sort(),
    )
  })

  it('invalidateTiles joins the caller transaction: a rollback keeps the tiles', async () => {
    const box: BBox = [121.5, 29.8, 121.6, 29.9]
    const seeded = await seedCache(box)
    await expect(
      test.db.transaction().execute(async (tx) => {
        expect(await invalidateTiles(tx, ['restoration', 'reclamation'], box)).toBeGreaterThan(0)
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await cachedKeys()).toHaveLength(seeded.length)
  })

  it('invalidateAllTiles empties whole tile sets; both refuse unknown sets and bad boxes', async () => {
    const seeded = await seedCache([120, 30, 120.1, 30.1])
    expect(await invalidateAllTiles(test.db, ['reclamation'])).toBe(seeded.length / 2)
    expect((await cachedKeys()).every((k) => k.startsWith('restoration/'))).toBe(true)
    await expect(invalidateAllTiles(test.db, ['rivers'])).rejects.toThrow(/unknown tile set "rivers"/)
    await expect(invalidateTiles(test.db, ['restoration'], [121, 30, 120, 31])).rejects.toThrow(
      /not a lon\/lat box/,
    )
    await expect(invalidateTiles(test.db, ['restoration'], [120, 30, Number.NaN, 31])).rejects.toThrow(
      /not a lon\/lat box/,
    )
  })

  it('never caches a tile rendered from data that a concurrent edit is replacing', async () => {
    const app = await tileTestApp(test)
    const area = await test.db
      .selectFrom('mine_area')
      .select(['id', (eb) => eb.fn<number>('st_x', [eb.fn('st_centroid', ['geom'])]).as('lng')])
      .select((eb) => eb.fn<number>('st_y', [eb.fn('st_centroid', ['geom'])]).as('lat'))
      .where('kind', '=', 'restoration')
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const path = `/tiles/restoration/14/${lngLatToTile(area.lng, area.lat, 14).map(Math.floor).join('/')}.mvt`
    const idsIn = async (res: Response) =>
      featuresOf(new Uint8Array(await res.arrayBuffer()), 'restoration').map((f) => f.id)
    await invalidateAllTiles(test.db, ['restoration'])

    let pending: Promise<Response> | Response | undefined
    await test.db.transaction().execute(async (tx) => {
      // the planner moves the area 5 km east; the edit invalidates the old and new place
      await tx
        .updateTable('mine_area')
        .set({ geom: sql`st_translate(geom, 0.05, 0)` })
        .where('id', '=', area.id)
        .execute()
      await invalidateTiles(
        tx,
        ['restoration'],
        [area.lng - 0.01, area.lat - 0.01, area.lng + 0.06, area.lat + 0.01],
      )
      pending = app.request(path) // a map client asks for the old place meanwhile
      await new Promise((resolve) => setTimeout(resolve, 300))
    })
    // The request may show the area where it was (the move had not committed when it was asked;
    // on the server it renders without waiting) or not (204: the embedded database's one
    // connection waits for the move's), but what the cache keeps must be the moved state.
    expect([200, 204]).toContain((await pending!).status)
    const again = await app.request(path)
    expect(await idsIn(again)).not.toContain(area.id)
    const third = await app.request(path)
    expect(third.headers.get('x-tile-cache')).toBe('hit')
    expect(await idsIn(third)).not.toContain(area.id)
  })

  it('has a generation for every tile set (a set without one could not be served)', async () => {
    const rows = await test.db.selectFrom('tile_generation').select('layer').execute()
    expect(rows.map((r) => r.layer).sort()).toEqual([...TILE_SET_IDS].sort())
  })

  it('stores a render only under the generation it read: a later invalidation of its set wins', async () => {
    const tileKey = { layer: 'restoration', scope: '', t: { z: 10, x: 855, y: 420 } }
    const opened = async () => (await openTileQuery(tileKey, [], {}).execute(test.db)).rows[0]
    const tile = await packTile(new Uint8Array([1, 2, 3]))
    await test.db.deleteFrom('tile_cache').execute()

    const before = await opened()
    expect(before).toMatchObject({ etag: null, mvt: null, lsn: null })
    await invalidateAllTiles(test.db, ['reclamation']) // another tile set: no matter
    await invalidateTiles(test.db, ['restoration'], [100, 10, 100.1, 10.1]) // far away, but the same set
    expect(await storeTile(test.db, tileKey, before.gen, tile)).toBe(false)
    expect(await cachedKeys()).toEqual([])

    const now = await opened()
    expect(now.gen).toBe(before.gen + 1)
    // An invalidation in flight (not committed: the generation still reads as before): the store
    // gives up without waiting for the write.
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    let invalidated!: () => void
    const inFlight = new Promise<void>((r) => (invalidated = r))
    const writing = test.db.transaction().execute(async (tx) => {
      await invalidateAllTiles(tx, ['restoration'])
      invalidated()
      await held
    })
    await inFlight
    if (backend.name === 'server') {
      expect(await storeTile(test.db, tileKey, now.gen, tile)).toBe(false)
      expect(await cachedKeys()).toEqual([])
    }
    release()
    await writing
    expect(await storeTile(test.db, tileKey, now.gen, tile)).toBe(false)

    const last = await opened()
    await expect(
      test.db.transaction().execute(async (tx) => {
        await invalidateAllTiles(tx, ['restoration'])
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await storeTile(test.db, tileKey, last.gen, tile)).toBe(true)
    expect(await cachedKeys()).toEqual(['restoration/10/855/420'])
    const cached = await opened()
    expect(cached).toMatchObject({ gen: last.gen, etag: tile.etag, mvt: null })
    expect(Buffer.compare(cached.body!, tile.body)).toBe(0)
  })
})
