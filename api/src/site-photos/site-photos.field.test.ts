// Photos of field inspections (issue 16 §4–5): a county inspector attaches them from the phone's
// outbox, whose resends must never store a photo twice.
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectConforms } from '../testing/conforms'
import { testJpeg } from '../testing/geotagged-jpeg'
import { backends, type TestDb } from '../testing/test-db'
import { MINE_AT, openWorld, type Clients, type Who, type World } from '../testing/world'
import { SitePhoto } from './site-photos.schemas'

const OUTSIDE: [number, number] = [119.91, 31.0]

function photo(bytes: Uint8Array, ids: { clientId?: string; inspectionClientId?: string } = {}) {
  const f = new FormData()
  f.set('file', new File([new Uint8Array(bytes)], 'field.jpg', { type: 'image/jpeg' }))
  if (ids.clientId) f.set('clientId', ids.clientId)
  if (ids.inspectionClientId) f.set('inspectionClientId', ids.inspectionClientId)
  return f
}

describe.each(backends)('field inspection photos on $name PostGIS', (backend) => {
  let t: TestDb, w: World, c: Clients
  beforeAll(async () => {
    ;({ t, w, c } = await openWorld(backend, { evaluatorAssigned: true }))
  })
  afterAll(() => t.drop())

  const upload = (body: FormData, who: Who = 'county', mineId = w.mineId) =>
    c.as(who).request('POST', `/api/mines/${mineId}/site-photos`, body)
  const photos = async () => {
    const { rows } = await sql<{ n: number; docs: number }>`
      select (select count(*)::int from site_photo) as n, (select count(*)::int from document) as docs`.execute(
      w.db,
    )
    return rows[0]
  }

  it('a county inspector attaches a geotagged photo to an inspection; the footprint check applies', async () => {
    const ids = { clientId: randomUUID(), inspectionClientId: randomUUID() }
    const res = await upload(photo(testJpeg(MINE_AT), ids))
    expect(res.status).toBe(201)
    expect(expectConforms(SitePhoto, await res.json())).toMatchObject({
      ...ids,
      positionSource: 'exif',
      placement: 'inside',
    })
    const away = await upload(photo(testJpeg(OUTSIDE), { clientId: randomUUID() }))
    expect(await away.json()).toMatchObject({ placement: 'outside' })
  })

  it('a resend with the same clientId returns the stored photo (200), also when sent in parallel', async () => {
    const ids = { clientId: randomUUID(), inspectionClientId: randomUUID() }
    const before = await photos()
    const answers = await Promise.all(Array.from({ length: 4 }, () => upload(photo(testJpeg(MINE_AT), ids))))
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 201])
    const stored = new Set(
      await Promise.all(answers.map(async (r) => ((await r.json()) as { id: number }).id)),
    )
    expect(stored.size).toBe(1)
    expect(await photos()).toEqual({ n: before.n + 1, docs: before.docs + 1 })
  })

  it('another file under a used clientId is refused 409 field.client_id_reused; nothing written', async () => {
    const clientId = randomUUID()
    expect((await upload(photo(testJpeg(MINE_AT), { clientId }))).status).toBe(201)
    const before = await photos()
    const res = await upload(photo(testJpeg(OUTSIDE), { clientId }))
    expect(res.status).toBe(409)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('field.client_id_reused')
    expect(await photos()).toEqual(before)
  })

  it("another county's inspector, a leader and a malformed clientId are refused", async () => {
    const before = await photos()
    expect((await upload(photo(testJpeg(MINE_AT)), 'countyOther')).status).toBe(404)
    expect((await upload(photo(testJpeg(MINE_AT)), 'leader')).status).toBe(403)
    const bad = photo(testJpeg(MINE_AT))
    bad.set('clientId', 'not-a-uuid')
    expect((await upload(bad)).status).toBe(400)
    expect(await photos()).toEqual(before)
  })

  it("evaluators' uploads are unchanged: no ids needed, 201", async () => {
    const res = await upload(photo(testJpeg(MINE_AT)), 'evaluator')
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ clientId: null, inspectionClientId: null, placement: 'inside' })
  })
})
