// R3.1/R8: the self-assessment keeps the enterprise's own scores and the evidence it cites per
// indicator group with the event; evidence must be stored documents of the same mine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MINIMAL_PDF } from '../documents/test-files'
import { PASSING_SCORES } from '../testing/evaluation'
import { referenceDb } from '../testing/schema-template'
import { backends, type TestDb } from '../testing/test-db'
import { buildWorld, signIn, type World } from '../testing/world'

const pdf = (kind: string) => {
  const f = new FormData()
  f.set('file', new File([new Uint8Array(MINIMAL_PDF)], 'evidence.pdf', { type: 'application/pdf' }))
  f.set('kind', kind)
  return f
}

describe.each(backends)('self-assessment evidence on $name PostGIS', (backend) => {
  let t: TestDb
  let w: World
  let as: Record<string, Awaited<ReturnType<typeof signIn>>>
  const submit = () => `/api/mines/${w.mineId}/events/submit_self_assessment`
  const upload = async (who: string, mineId: number, kind: string) =>
    ((await (await as[who]!.post(`/api/mines/${mineId}/documents`, pdf(kind))).json()) as { id: number }).id
  const events = async () =>
    Number(
      (
        await t.db
          .selectFrom('mine_event')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    t = await referenceDb(backend)
    w = await buildWorld(t)
    as = {}
    for (const u of ['enterprise', 'province']) as[u] = await signIn(w.app, u)
  })
  afterAll(() => t.drop())

  it("refuses evidence that is another mine's document (404) and writes nothing", async () => {
    const foreign = await upload('province', w.otherMineId, 'other')
    const report = await upload('enterprise', w.mineId, 'self_assessment_report')
    const before = await events()
    const res = await as.enterprise!.post(submit(), {
      on: '2020-01-06',
      recipients: ['county_land', 'county_environment'],
      documentId: report,
      evidence: [{ group: 'mining_area_environment', documentId: foreign }],
    })
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found')
    expect(await events()).toBe(before)
  })

  it('records the scores and the evidence per group with the submission, to both bureaus', async () => {
    const report = await upload('enterprise', w.mineId, 'self_assessment_report')
    const evidence = await upload('enterprise', w.mineId, 'other')
    const res = await as.enterprise!.post(submit(), {
      on: '2020-01-06',
      recipients: ['county_land', 'county_environment'],
      documentId: report,
      selfScores: PASSING_SCORES,
      evidence: [{ group: 'mining_area_environment', documentId: evidence }],
    })
    expect(res.status).toBe(200)
    const mine = (await (await as.enterprise!.get(`/api/mines/${w.mineId}`)).json()) as {
      timeline: { type: string; payload: { event: Record<string, unknown> } }[]
    }
    const recorded = mine.timeline.filter((e) => e.type === 'submit_self_assessment').at(-1)!.payload.event
    expect(recorded).toMatchObject({
      recipients: ['county_land', 'county_environment'],
      selfScores: PASSING_SCORES,
      evidence: [{ group: 'mining_area_environment', documentId: evidence }],
    })
  })

  it('refuses a malformed evidence entry as invalid input', async () => {
    const res = await as.enterprise!.post(submit(), {
      recipients: ['county_land', 'county_environment'],
      evidence: [{ group: '', documentId: 'x' }],
    })
    expect(res.status).toBe(400)
  })
})
