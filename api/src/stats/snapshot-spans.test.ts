import {
  addDays,
  computeAlerts,
  createRng,
  DEFAULT_SCOPE_POLICY_ID,
  targetYearOf,
  type Rng,
} from '@zgm/domain'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomDate, randomHistoryWrite } from '../testing/random-history-writes'
import { backends, type TestDb } from '../testing/test-db'
import { openDemoWorld } from '../testing/world'
import { notClosedOn } from './directory-listing.queries'
import { spanMineSnapshots } from './snapshot-spans.queries'
import { regions, replayMineSnapshots, targets, type MineSnapshot } from './stats.queries'
import { regionStats, summarise, targetBookFrom, toAlertMine } from './stats.service'

/** Far enough ahead that the replay's second clock filters nothing: regionStats' replay path. */
const EVERYTHING_KNOWN = '2999-12-31T23:59:59Z'

/**
 * The first date on which the kept aggregates and the replay disagree: the mine snapshots (first
 * mine that differs), the "not closed on the date" predicate of the directory lists and tiles, the
 * alerts of the mines that may raise one (the alert list reads only those) against all mines', then
 * the figures of every level (county figures kept per day, cities and the province their sums, vs
 * `summarise` over the replay), for every mine and for a user who sees only some.
 */
async function firstDifference(db: TestDb['db'], dates: readonly string[]) {
  for (const asOf of dates) {
    const [replay, spans] = await Promise.all([replayMineSnapshots(db, asOf), spanMineSnapshots(db, asOf)])
    if (JSON.stringify(replay) !== JSON.stringify(spans)) {
      const byId = new Map(spans.map((m) => [m.id, m]))
      const mine = replay.find((m) => JSON.stringify(m) !== JSON.stringify(byId.get(m.id)))
      return { asOf, replay: mine ?? replay.length, spans: mine ? byId.get(mine.id) : spans.length }
    }
    const closedByReplay = replay.filter((m) => m.opsStatus === 'closed').map((m) => m.id)
    const { rows: notClosed } = await sql<{ id: number }>`
      select id from mine m where ${notClosedOn('m', asOf)} order by id`.execute(db)
    const { rows: all } = await sql<{ id: number }>`select id from mine order by id`.execute(db)
    const expected = all.map((m) => m.id).filter((id) => !closedByReplay.includes(id))
    if (JSON.stringify(notClosed.map((m) => m.id)) !== JSON.stringify(expected))
      return { asOf, notClosedOn: notClosed.length, replayNotClosed: expected.length }
    const alerting = await spanMineSnapshots(db, asOf, { mayAlert: true })
    const alerts = (mines: MineSnapshot[]) =>
      JSON.stringify(computeAlerts({ mines: mines.map(toAlertMine) }, asOf))
    if (alerts(alerting) !== alerts(spans))
      return { asOf, alertsOfCandidates: alerts(alerting).length, alertsOfAll: alerts(spans).length }
    // What regionStats does with knownAt, the replay read once for the three levels.
    const [known, units, targetRows] = await Promise.all([
      replayMineSnapshots(db, asOf, { knownAt: EVERYTHING_KNOWN }),
      regions(db),
      targets(db),
    ])
    const book = targetBookFrom(targetRows)
    // Every mine, then a user who sees only every third mine (their pipeline and deadlines only).
    const some = new Set(spans.filter((_, i) => i % 3 === 0).map((m) => m.id))
    for (const visible of [undefined, some])
      for (const level of ['county', 'city', 'province'] as const) {
        const kept = (await regionStats(db, { asOf, level, visible })).rows
        const summarised = summarise(known, units, book, {
          asOf,
          level,
          policyId: DEFAULT_SCOPE_POLICY_ID,
          targetYear: targetYearOf(asOf),
          visible,
        })
        if (JSON.stringify(kept) !== JSON.stringify(summarised)) {
          const byCode = new Map(summarised.map((r) => [r.code, r]))
          const region = kept.find((r) => JSON.stringify(r) !== JSON.stringify(byCode.get(r.code)))
          return {
            asOf,
            level,
            visible: visible?.size,
            kept: region,
            replay: region && byCode.get(region.code),
          }
        }
      }
  }
  return null
}

/** 20 random dates, plus the day before and the day of each date a write touched (its edges), each once. */
function datesToCompare(rng: Rng, touched: readonly string[] = []) {
  const around = touched.flatMap((d) => [addDays(d, -1), d])
  return [...new Set([...Array.from({ length: 20 }, () => randomDate(rng)), ...around])]
}

describe.each(backends)('Snapshot spans equal the event replay on $name PostGIS', (backend) => {
  let t: TestDb
  beforeAll(async () => {
    ;({ t } = await openDemoWorld(backend))
  })
  afterAll(() => t.drop())

  it("mine snapshots, the closed-mine predicate and every level's figures on 20 random dates of the seeded demo history", async () => {
    const seed = process.env.ZGM_SPANS_SEED ?? `spans-demo-${Date.now()}`
    const dates = datesToCompare(createRng(seed))
    expect(await firstDifference(t.db, dates), `seed ${seed} (ZGM_SPANS_SEED reruns it)`).toBeNull()
  })

  it('the kept county figures are what the statistics answer without knownAt', async () => {
    const kept = await regionStats(t.db, { asOf: '2019-12-31', level: 'county' })
    const changxing = kept.rows.find((r) => r.code === '330522')!
    const stored = (
      await sql<{ mandatory: number }>`select mandatory from county_stats_span
      where county_code = '330522' and from_on <= '2019-12-31' and to_on > '2019-12-31'`.execute(t.db)
    ).rows
    expect(stored).toEqual([{ mandatory: changxing.mandatory }])
    expect(changxing.mandatory).toBeGreaterThan(0)
  })

  it('after random writes to every history table (out of order, backdated, renewals, cancellations, removals, closures)', async () => {
    const seed = process.env.ZGM_SPANS_SEED ?? `spans-writes-${Date.now()}`
    const rng = createRng(seed)
    for (let round = 0; round < 4; round++) {
      const done: string[] = []
      const touched: string[] = []
      for (let i = 0; i < 12; i++) {
        done.push(await randomHistoryWrite(t.db, rng))
        touched.push(...(done.at(-1)!.match(/\d{4}-\d{2}-\d{2}/g) ?? []))
      }
      const diff = await firstDifference(t.db, datesToCompare(rng, touched))
      expect(
        diff,
        `seed ${seed} (ZGM_SPANS_SEED=${seed} reruns it), round ${round}: ${done.join('; ')}`,
      ).toBeNull()
    }
  }, 300_000)

  it('the comparison catches stale spans: an event written with its trigger disabled shows', async () => {
    const mine = (await sql<{ id: number }>`select id from mine order by id limit 1`.execute(t.db)).rows[0]
    await sql`alter table mine_event disable trigger mine_event_spans_insert`.execute(t.db)
    try {
      await sql`insert into mine_event (mine_id, type, occurred_on, green_from, green_to, actor_role)
        values (${mine.id}, 'h3_stale', '2019-05-05', 'building', 'rectifying', 'province')`.execute(t.db)
      expect(await firstDifference(t.db, ['2019-05-05'])).toMatchObject({ asOf: '2019-05-05' })
    } finally {
      await sql`alter table mine_event enable trigger mine_event_spans_insert`.execute(t.db)
    }
    await sql`select rebuild_mine_snapshot_spans(array[${mine.id}]::int[])`.execute(t.db)
    expect(await firstDifference(t.db, ['2019-05-05'])).toBeNull()
  })
})
