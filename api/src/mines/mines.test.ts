import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../app'
import { DEMO_PASSWORD } from '../seed/demo-accounts'
import { backends, type TestDb } from '../testing/test-db'
import { openDemoWorld, signIn, type Client } from '../testing/world'
import { expectConforms } from '../testing/conforms'
import { AlertList, MapMineList, Stats } from '../stats/stats.schemas'
import { Licence, MineDetail, MinePage } from './mines.schemas'

interface Page {
  items: { id: number; name: string; licenceNo: string; countyCode: string; greenState: string }[]
  total: number
}

describe.each(backends)('mines, alerts and the map on the demo data ($name PostGIS)', (backend) => {
  let t: TestDb
  let app: App
  const users: Record<string, Client> = {}
  const get = async (who: string, path: string) => {
    const res = await users[who].get(path)
    return { status: res.status, body: (await res.json()) as any }
  }

  beforeAll(async () => {
    ;({ t, app } = await openDemoWorld(backend))
    for (const username of ['leader', 'county.changxing', 'enterprise'])
      users[username] = await signIn(app, username, DEMO_PASSWORD)
  })
  afterAll(() => t.drop())

  it('pages through every mine for the leader, sorted, without repeats', async () => {
    const first = (await get('leader', '/api/mines?pageSize=200&sort=name')).body as Page
    const rest = await Promise.all(
      [2, 3, 4].map((p) => get('leader', `/api/mines?pageSize=200&page=${p}&sort=name`)),
    )
    const all = [...first.items, ...rest.flatMap((r) => (r.body as Page).items)]
    const { n } = await t.db
      .selectFrom('mine')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    // The 618 mines of 2017 and those licensed since, up to the demo's today.
    expect(Number(n)).toBeGreaterThan(618)
    expect(first.total).toBe(Number(n))
    expect(new Set(all.map((m) => m.id)).size).toBe(Number(n))
    const names = first.items.map((m) => m.name)
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })

  it('finds a mine by licence number, by name and by county name', async () => {
    const some = ((await get('leader', '/api/mines?county=330522&pageSize=1')).body as Page).items[0]
    const byLicence = (await get('leader', `/api/mines?q=${some.licenceNo}`)).body as Page
    expect(byLicence.items.map((m) => m.id)).toEqual([some.id])
    const byName = (await get('leader', `/api/mines?q=${encodeURIComponent(some.name)}`)).body as Page
    expect(byName.items.map((m) => m.id)).toContain(some.id)
    const byCounty = (await get('leader', `/api/mines?q=${encodeURIComponent('长兴')}&pageSize=200`))
      .body as Page
    expect(byCounty.items.every((m) => m.countyCode === '330522' || m.name.includes('长兴'))).toBe(true)
  })

  it('gives each filtered list the total of the rows it pages through', async () => {
    // The total is counted without the list's joins unless there is a text search: it must still
    // be the number of rows the pages hold, for every filter and role.
    for (const [who, query] of [
      ['leader', 'city=330500'],
      ['leader', 'state=in_directory&county=330522'],
      ['leader', 'q=%E9%95%BF%E5%85%B4'],
      ['county.changxing', 'state=in_directory'],
      ['enterprise', ''],
    ]) {
      const res = await get(who, `/api/mines?pageSize=200&${query}`)
      expect(res.status, `${who} ${query}`).toBe(200)
      const first = res.body as Page
      const pages = Math.ceil(first.total / 200)
      const rest = await Promise.all(
        Array.from({ length: pages - 1 }, (_, i) =>
          get(who, `/api/mines?pageSize=200&page=${i + 2}&${query}`),
        ),
      )
      const ids = new Set([...first.items, ...rest.flatMap((r) => (r.body as Page).items)].map((m) => m.id))
      expect(first.total, `${who} ${query}`).toBeGreaterThan(0)
      expect(ids.size, `${who} ${query}`).toBe(first.total)
    }
  })

  it('scopes lists to the county bureau and the enterprise', async () => {
    const county = (await get('county.changxing', '/api/mines?pageSize=200')).body as Page
    expect(county.total).toBeGreaterThan(0)
    expect(county.items.every((m) => m.countyCode === '330522')).toBe(true)
    // Asking for another city's mines does not widen a county bureau's view: the filters only narrow it.
    const elsewhere = (await get('county.changxing', '/api/mines?city=330100&pageSize=200')).body as Page
    expect(elsewhere).toMatchObject({ total: 0, items: [] })
    const own = (await get('enterprise', '/api/mines')).body as Page
    expect(own.total).toBe(3) // two in the directory, one still being built (seed/demo/later.ts)
  })

  it('shows a mine with its lifecycle timeline, licence and the events the user may fire', async () => {
    const { id } = ((await get('enterprise', '/api/mines')).body as Page).items[0]
    const { status, body } = await get('enterprise', `/api/mines/${id}`)
    expect(status).toBe(200)
    expect(body.timeline[0]).toMatchObject({ type: 'baseline' })
    expect(body.timeline.map((e: { type: string }) => e.type)).toContain('enter_directory')
    expect(body.areas.length).toBeGreaterThan(0)
    expect(Array.isArray(body.allowedEvents)).toBe(true)
    const licence = await get('enterprise', `/api/mines/${id}/licence`)
    expect(licence.body.licenceNo).toMatch(/^C\d{22}$/)
    expect(licence.body.sourceCrs).toMatch(/^EPSG:45(27|28|29)$/)
    expect(licence.body.geometry.type).toBe('MultiPolygon')
    expect(
      Math.abs(licence.body.drawnAreaKm2 - licence.body.declaredAreaKm2) / licence.body.declaredAreaKm2,
    ).toBeLessThan(0.01)
  })

  it('answers in exactly the shapes its OpenAPI schemas name', async () => {
    const page = expectConforms(MinePage, (await get('county.changxing', '/api/mines?pageSize=200')).body)
    // A mine with areas, documents-to-be and a full timeline, seen by a bureau that may act on it.
    for (const { id } of page.items.slice(0, 5)) {
      const detail = expectConforms(MineDetail, (await get('county.changxing', `/api/mines/${id}`)).body)
      expect(detail.access).toBe('write')
      expect(detail).not.toHaveProperty('assignedAgencyIds')
      expectConforms(Licence, (await get('county.changxing', `/api/mines/${id}/licence`)).body)
    }
    expectConforms(AlertList, (await get('leader', '/api/alerts?asOf=2019-06-30')).body)
    expectConforms(MapMineList, (await get('leader', '/api/map/mines?asOf=2019-12-31')).body)
    for (const level of ['province', 'city', 'county']) {
      expectConforms(Stats, (await get('leader', `/api/stats?level=${level}&asOf=2020-06-30`)).body)
    }
  })

  it('answers bad list queries with the field named', async () => {
    const { status, body } = await get('leader', '/api/mines?pageSize=5000')
    expect(status).toBe(400)
    expect(body.error).toMatchObject({
      code: 'invalid_input',
      params: { field: 'pageSize', issue: 'too_big' },
    })
    expect(body.error.message).toMatch(/^pageSize：不得大于 \d+$/)
    expect((await get('leader', '/api/mines?state=flying')).status).toBe(400)
    expect((await get('leader', '/api/mines/999999')).status).toBe(404)
  })

  it('lists overdue and coming-due alerts with their rules, only for mines the user sees', async () => {
    const all = (await get('leader', '/api/alerts?asOf=2019-06-30')).body as {
      rule: string
      mineId?: string
      overdue: boolean
    }[]
    expect(all.length).toBeGreaterThan(0)
    expect(new Set(all.map((a) => a.rule)).size).toBeGreaterThan(1)
    const county = (await get('county.changxing', '/api/alerts?asOf=2019-06-30')).body as {
      mineId?: string
    }[]
    const visible = new Set(
      ((await get('county.changxing', '/api/mines?pageSize=200')).body as Page).items.map((m) =>
        String(m.id),
      ),
    )
    expect(county.filter((a) => a.mineId).every((a) => visible.has(a.mineId!))).toBe(true)
  })

  it('gives the map every visible mine with its state as of the date', async () => {
    const early = (await get('leader', '/api/map/mines?asOf=2018-01-01')).body as { greenState: string }[]
    const late = (await get('leader', '/api/map/mines?asOf=2020-12-31')).body as { greenState: string }[]
    expect(early).toHaveLength(618)
    expect(early.filter((m) => m.greenState === 'in_directory')).toHaveLength(0)
    expect(late.filter((m) => m.greenState === 'in_directory').length).toBeGreaterThan(500)
  })
})
