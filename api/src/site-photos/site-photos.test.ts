import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINIMAL_PDF } from '../documents/test-files'
import { expectConforms } from '../testing/conforms'
import { testJpeg } from '../testing/geotagged-jpeg'
import { backends, type TestDb } from '../testing/test-db'
import {
  countRows,
  latestAudit,
  MINE_AT,
  openWorld,
  type Clients,
  type Who,
  type World,
} from '../testing/world'
import { SitePhoto, SitePhotoList } from './site-photos.schemas'
import { AssignmentList } from '../assignments/assignments.schemas'

/** ~716 m east of the world footprint's eastern edge (119.9025° at 31° N). */
const OUTSIDE: [number, number] = [119.91, 31.0]
/** 5 m east of the eastern edge: inside the 10 m tolerance. */
const JUST_OUTSIDE_EDGE: [number, number] = [119.9025 + 5 / (111_320 * Math.cos((31 * Math.PI) / 180)), 31.0]

function photo(bytes: Uint8Array, device?: [number, number], name = 'site.jpg', type = 'image/jpeg') {
  const f = new FormData()
  f.set('file', new File([new Uint8Array(bytes)], name, { type }))
  if (device) {
    f.set('lng', String(device[0]))
    f.set('lat', String(device[1]))
  }
  return f
}

describe.each(backends)('site photos on $name PostGIS', (backend) => {
  let t: TestDb, w: World, c: Clients
  beforeAll(async () => {
    ;({ t, w, c } = await openWorld(backend, { evaluatorAssigned: true }))
  })
  afterAll(() => t.drop())

  const upload = (body: FormData, who: Who = 'evaluator', mineId = w.mineId) =>
    c.as(who).request('POST', `/api/mines/${mineId}/site-photos`, body)

  it('reads the EXIF GPS on the server: a photo taken on the footprint is inside, stored and audited', async () => {
    const res = await upload(photo(testJpeg(MINE_AT)))
    expect(res.status).toBe(201)
    const body = expectConforms(SitePhoto, await res.json())
    expect(body).toMatchObject({
      positionSource: 'exif',
      placement: 'inside',
      distanceM: null,
      mediaType: 'image/jpeg',
    })
    expect(body.position![0]).toBeCloseTo(MINE_AT[0], 6)
    expect(body.position![1]).toBeCloseTo(MINE_AT[1], 6)
    const doc = await w.db
      .selectFrom('document')
      .selectAll()
      .where('id', '=', body.documentId)
      .executeTakeFirstOrThrow()
    expect(doc).toMatchObject({ kind: 'photo', mine_id: w.mineId })
    const audit = await latestAudit(w.db)
    expect(audit).toMatchObject({
      action: 'site_photo.upload',
      object_type: 'document',
      actor_role: 'evaluator',
    })
    expect(audit.after).toMatchObject({ placement: 'inside', positionSource: 'exif', toleranceM: 10 })
  })

  it('flags a photo taken 700 m away as outside, with its distance to the footprint', async () => {
    const body = (await (await upload(photo(testJpeg(OUTSIDE)))).json()) as {
      placement: string
      distanceM: number
    }
    expect(body.placement).toBe('outside')
    expect(body.distanceM).toBeGreaterThan(680)
    expect(body.distanceM).toBeLessThan(750)
  })

  it('counts a fix 5 m past the edge as inside (10 m tolerance for GPS error)', async () => {
    const body = (await (await upload(photo(testJpeg(JUST_OUTSIDE_EDGE)))).json()) as { placement: string }
    expect(body.placement).toBe('inside')
  })

  it('a photo without GPS and without a device position is stored and flagged missing', async () => {
    const res = await upload(photo(testJpeg()))
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ position: null, positionSource: 'none', placement: 'missing' })
  })

  it("without EXIF GPS the device's position is used and marked as the device's", async () => {
    const res = await upload(photo(testJpeg(), MINE_AT))
    expect(await res.json()).toMatchObject({ positionSource: 'device', placement: 'inside' })
  })

  it('an adversary sending coordinates on the footprint with a photo taken elsewhere: the EXIF wins', async () => {
    const res = await upload(photo(testJpeg(OUTSIDE), MINE_AT))
    expect(await res.json()).toMatchObject({ positionSource: 'exif', placement: 'outside' })
    expect((await latestAudit(w.db)).after).toMatchObject({ devicePosition: MINE_AT })
  })

  it('refuses a file that is not an image, and one that lies about being a JPEG; nothing written', async () => {
    const before = await countRows(w.db)
    const pdf = await upload(photo(MINIMAL_PDF, MINE_AT, 'report.pdf', 'application/pdf'))
    expect(pdf.status).toBe(415)
    expect(((await pdf.json()) as { error: { code: string } }).error.code).toBe('type_not_allowed_for_kind')
    const lying = await upload(photo(MINIMAL_PDF, MINE_AT, 'site.jpg', 'image/jpeg'))
    expect(lying.status).toBe(415)
    expect(await countRows(w.db)).toEqual(before)
  })

  it('refuses half a position and out-of-range coordinates', async () => {
    const half = photo(testJpeg())
    half.set('lng', '119.9')
    expect((await upload(half)).status).toBe(400)
    expect((await upload(photo(testJpeg(), [200, 31]))).status).toBe(400)
  })

  it("another agency's evaluator, an unassigned mine, a leader, a planner and an enterprise are refused; nothing written", async () => {
    const before = await countRows(w.db)
    expect((await upload(photo(testJpeg(MINE_AT)), 'evaluatorOther')).status).toBe(404)
    expect((await upload(photo(testJpeg(MINE_AT)), 'evaluator', w.otherMineId)).status).toBe(404)
    expect((await upload(photo(testJpeg(MINE_AT)), 'leader')).status).toBe(403)
    expect((await upload(photo(testJpeg(MINE_AT)), 'planner')).status).toBe(403)
    expect((await upload(photo(testJpeg(MINE_AT)), 'enterprise')).status).toBe(403)
    expect(
      (await c.anonymous.request('POST', `/api/mines/${w.mineId}/site-photos`, photo(testJpeg()))).status,
    ).toBe(401)
    expect(await countRows(w.db)).toEqual(before)
  })

  it('lists the photos with their flags to the agency and the county; not to another agency', async () => {
    const res = await c.as('evaluator').get(`/api/mines/${w.mineId}/site-photos`)
    const list = expectConforms(SitePhotoList, await res.json())
    expect(list.toleranceM).toBe(10)
    expect(list.items.map((p) => p.placement)).toEqual([
      'outside',
      'inside',
      'missing',
      'inside',
      'outside',
      'inside',
    ])
    const county = (await (await c.as('county').get(`/api/mines/${w.mineId}/site-photos`)).json()) as {
      items: unknown[]
    }
    expect(county.items).toHaveLength(6)
    expect((await c.as('evaluatorOther').get(`/api/mines/${w.mineId}/site-photos`)).status).toBe(404)
  })
})

describe.each(backends)('evaluator assignments on $name PostGIS', (backend) => {
  let t: TestDb, w: World, c: Clients
  beforeAll(async () => {
    ;({ t, w, c } = await openWorld(backend, { evaluatorAssigned: true }))
    await w.db
      .updateTable('mine')
      .set({ green_state: 'evaluator_assigned' })
      .where('id', '=', w.mineId)
      .execute()
  })
  afterAll(() => t.drop())

  it("lists the agency's open verification with the R3.3 clock (one month after receipt)", async () => {
    const list = expectConforms(
      AssignmentList,
      await (await c.as('evaluator').get('/api/assignments')).json(),
    )
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({
      mineId: w.mineId,
      purpose: 'verification',
      countyCode: '330522',
      countyName: '长兴县',
      industryStandard: 'DZ/T 0316-2018',
      agencyId: w.agencyId,
      assignedOn: '2020-01-10',
      receivedOn: '2020-01-06',
      dueOn: '2020-02-06',
      open: true,
      filedOn: null,
    })
    expect(list.items[0].daysLeft).toBeLessThan(0)
  })

  it("another agency's evaluator sees none of it; other roles are refused", async () => {
    const other = (await (await c.as('evaluatorOther').get('/api/assignments')).json()) as {
      items: unknown[]
    }
    expect(other.items).toEqual([])
    expect((await c.as('county').get('/api/assignments')).status).toBe(403)
    expect((await c.as('enterprise').get('/api/assignments')).status).toBe(403)
    expect((await c.anonymous.get('/api/assignments')).status).toBe(401)
  })
})
