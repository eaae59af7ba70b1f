import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { referenceDb } from '../testing/schema-template'
import { backends, type TestDb } from '../testing/test-db'
import { insertTileFixtures } from './tile-fixtures'
import { THIN_CELLS, THIN_ZOOMS, TILE_SETS } from './tile-layers'
import { cellSide, lngLatToTile, type TileAddress } from './tile-math'
import { detectTileEncoder, renderTile, type TileEncoder } from './tile-render.queries'
import type { TileScope } from './tile-scope'

// The thinned layers' cells kept by the database (migration 2026-12-01T0201) against a count
// written here from the mines themselves, after every kind of write that moves a mine in or out
// of a cell; and the tiles drawn from them against the tiles grouped per request.
describe.each(backends)('thin_cell, the z5–7 cells kept by the database ($name PostGIS)', (backend) => {
  let test: TestDb
  let encoders: TileEncoder[]

  beforeAll(async () => {
    test = await referenceDb(backend)
    await insertTileFixtures(test.db, { perCounty: 30 })
    encoders = (await detectTileEncoder(test.db)) === 'postgis' ? ['postgis', 'js'] : ['js']
  })
  afterAll(() => test?.drop())

  /** "layer z cx cy fid count | x y attributes…" for every cell, as the table holds them. */
  const stored = async () =>
    (
      await sql<{
        c: string
      }>`select concat_ws(' ', layer, z, cx, cy, fid, count, '|', st_x(merc), st_y(merc),
        name, county_code, mineral, green_state, ops_status, coalesce(entered_on, '-')) as c from thin_cell`.execute(
        test.db,
      )
    ).rows
      .map((r) => r.c)
      .sort()

  /** The same, counted here from every mine's position and directory membership. */
  const expected = async () => {
    const { rows } = await sql<{
      id: number
      x: number
      y: number
      px: number
      py: number
      listed: boolean
      attributes: string
    }>`
      select m.id, st_x(m.location_3857) as x, st_y(m.location_3857) as y,
        st_x(m.public_location_3857) as px, st_y(m.public_location_3857) as py,
        (m.ops_status <> 'closed' and d.mine_id is not null) as listed,
        concat_ws(' ', m.name, m.county_code, m.mineral, m.green_state, m.ops_status, coalesce(d.entered_on::text, '-')) as attributes
      from mine m left join directory_entry d on d.mine_id = m.id and d.removed_on is null`.execute(test.db)
    const byId = new Map(rows.map((m) => [m.id, m]))
    const cells = new Map<string, { fid: number; count: number }>()
    const add = (layer: string, z: number, x: number, y: number, id: number) => {
      const side = cellSide(z, THIN_CELLS)
      const key = `${layer} ${z} ${Math.floor(x / side)} ${Math.floor(y / side)}`
      const cell = cells.get(key)
      cells.set(key, { fid: Math.min(cell?.fid ?? id, id), count: (cell?.count ?? 0) + 1 })
    }
    for (let z = THIN_ZOOMS.min; z <= THIN_ZOOMS.max; z++) {
      for (const m of rows) {
        add('mines', z, m.x, m.y, m.id)
        if (m.listed) add('public_mines', z, m.px, m.py, m.id)
      }
    }
    return [...cells]
      .map(([key, c]) => {
        const m = byId.get(c.fid)!
        const [x, y] = key.startsWith('mines ') ? [m.x, m.y] : [m.px, m.py]
        return `${key} ${c.fid} ${c.count} | ${x} ${y} ${m.attributes}`
      })
      .sort()
  }

  it('computes the cell side as the tiles do, to the last bit', async () => {
    for (let z = THIN_ZOOMS.min; z <= THIN_ZOOMS.max; z++) {
      const { rows } = await sql<{ side: number }>`select thin_cell_size(${z}::int) as side`.execute(test.db)
      expect(Number(rows[0].side), `z${z}`).toBe(cellSide(z, THIN_CELLS))
    }
  })

  it('holds every cell with its lowest mine id and mine count, and stays so through every write', async () => {
    const first = await stored()
    expect(first.length).toBeGreaterThan(1000)
    expect(first.some((c) => c.startsWith('public_mines ') && !c.endsWith(' 1'))).toBe(true)
    expect(first).toEqual(await expected())

    const mines = (
      await sql<{ id: number }>`select id from mine order by id limit 6`.execute(test.db)
    ).rows.map((r) => r.id)
    const writes: [string, () => Promise<unknown>][] = [
      // Moved next to another mine: out of its old cells, into that mine's.
      [
        'move',
        () =>
          sql`update mine set location = (select location from mine where id = ${mines[1]})
          where id = ${mines[0]}`.execute(test.db),
      ],
      ['close', () => sql`update mine set ops_status = 'closed' where id = ${mines[2]}`.execute(test.db)],
      [
        'enter the directory',
        () =>
          sql`insert into directory_entry (mine_id, entered_on) select ${mines[3]}, '2026-11-30'
          where not exists (select 1 from directory_entry where mine_id = ${mines[3]} and removed_on is null)`.execute(
            test.db,
          ),
      ],
      [
        'leave the directory',
        () =>
          sql`update directory_entry set removed_on = '2026-11-30', removal_reason = 'test'
          where removed_on is null and mine_id = (select mine_id from directory_entry where removed_on is null
            and mine_id <> ${mines[3]} order by mine_id limit 1)`.execute(test.db),
      ],
      // A workflow write touches the mine row without moving it: nothing to recompute, still right.
      ['version bump', () => sql`update mine set version = version + 1`.execute(test.db)],
      // What a cell draws of its mine, changed in place, for several cells' mines in one statement.
      [
        'renamed, re-classed, another state',
        () =>
          sql`update mine set name = name || '（改）', mineral = 'fluorite',
            green_state = case green_state when 'in_directory' then 'rectifying' else 'in_directory' end,
            county_code = (select code from admin_unit where level = 'county' and code <> mine.county_code order by code limit 1)
          where id in (select fid from thin_cell order by fid limit 5)`.execute(test.db),
      ],
      [
        'directory entry redated',
        () =>
          sql`update directory_entry set entered_on = entered_on - 1 where removed_on is null
          and mine_id in (select fid from thin_cell where layer = 'public_mines' order by fid limit 5)`.execute(
            test.db,
          ),
      ],
      [
        'new mine',
        () =>
          sql`with lic as (
            insert into licence (licence_no, holder_name, mine_name, minerals, mining_method, scale_10kt_per_year,
              declared_area_km2, elevation_top_m, elevation_bottom_m, valid_from, valid_to, issuer, status, status_on, source_crs)
            values ('THIN-CELL-1', 'x', 'x', array['fluorite'], 'open_pit', 1, 0.1, 1, 0, '2020-01-01', '2030-01-01', 'x',
              'registered', '2020-01-01', 'EPSG:4326') returning id)
          insert into mine (licence_id, enterprise_id, name, county_code, mineral, sector, mining_method, ops_status, location)
          select lic.id, m.enterprise_id, 'Thin cell mine', m.county_code, 'fluorite', 'nonmetal', 'open_pit', 'producing',
            m.location from lic, mine m where m.id = ${mines[4]}`.execute(test.db),
      ],
      ['mine deleted', () => sql`delete from mine where name = 'Thin cell mine'`.execute(test.db)],
    ]
    for (const [what, write] of writes) {
      await write()
      expect(await stored(), what).toEqual(await expected())
    }
  })

  it('draws the same z5–7 tiles from the stored cells as from grouping the mines per request', async () => {
    // A scope that admits every mine takes the per-request grouping (tile-render.queries rowsNear).
    const everyMine: TileScope = { key: 'test', mines: () => sql<boolean>`true` }
    let compared = 0
    for (const z of [5, 6, 7]) {
      for (const [lng, lat] of [
        [120.15, 30.28],
        [119.6, 29.1],
        [121.0, 28.3],
      ]) {
        const [x, y] = lngLatToTile(lng, lat, z).map(Math.floor)
        const t: TileAddress = { z, x, y }
        for (const id of ['mines', 'public-mines']) {
          for (const encoder of encoders) {
            const set = TILE_SETS.get(id)!
            const fromCells = await renderTile(test.db, set, t, encoder)
            const grouped = await renderTile(test.db, set, t, encoder, everyMine)
            expect(fromCells.length, `${id} ${z}/${x}/${y} ${encoder}`).toBeGreaterThan(0)
            expect(
              Buffer.from(fromCells).equals(Buffer.from(grouped)),
              `${id} ${z}/${x}/${y} ${encoder}`,
            ).toBe(true)
            compared++
          }
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(18)
  })
})
