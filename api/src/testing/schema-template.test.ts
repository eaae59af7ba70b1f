import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/database'
import { freshDbFrom, referenceDb } from './schema-template'
import { backends, type TestDb } from './test-db'

describe.each(backends)('schema templates on $name PostGIS', (backend) => {
  const opened: TestDb[] = []
  const open = async (t: Promise<TestDb>) => {
    opened.push(await t)
    return opened[opened.length - 1]
  }
  afterAll(() => Promise.all(opened.map((t) => t.drop())))

  const orgNames = (db: Db) => db.selectFrom('organization').select(['id', 'name']).orderBy('id').execute()

  it('fills a template once and gives each caller its own copy, sequences included', async () => {
    const name = `probe_${randomBytes(3).toString('hex')}`
    let fills = 0
    const fill = async (db: Db) => {
      fills++
      for (const n of ['甲', '乙'])
        await db.insertInto('organization').values({ kind: 'enterprise', name: n }).execute()
      // As the demo seed leaves its sequences: set to the next value, not yet called.
      await sql`select setval(pg_get_serial_sequence('organization', 'id'), 3, false)`.execute(db)
    }
    const a = await open(freshDbFrom(backend, name, fill))
    const b = await open(freshDbFrom(backend, name, fill))
    expect(fills).toBe(1)
    expect(await orgNames(a.db)).toEqual(await orgNames(b.db))
    expect((await orgNames(a.db)).map((o) => o.name)).toEqual(['甲', '乙'])
    // The sequence stands past the copied rows, and the copies do not share rows.
    await a.db.insertInto('organization').values({ kind: 'agency', name: '丙' }).execute()
    expect((await orgNames(a.db)).map((o) => o.id)).toEqual([1, 2, 3])
    expect(await orgNames(b.db)).toHaveLength(2)
  })

  it('fills again after a fill that failed', async () => {
    const name = `probe_${randomBytes(3).toString('hex')}`
    await expect(
      freshDbFrom(backend, name, async (db) => {
        await db.insertInto('organization').values({ kind: 'enterprise', name: '半' }).execute()
        throw new Error('fill broke')
      }),
    ).rejects.toThrow('fill broke')
    const t = await open(
      freshDbFrom(backend, name, async (db) => {
        await db.insertInto('organization').values({ kind: 'enterprise', name: '全' }).execute()
      }),
    )
    expect((await orgNames(t.db)).map((o) => o.name)).toEqual(['全'])
  })

  it('copies the reference data with its generated columns computed', async () => {
    const t = await open(referenceDb(backend))
    const { rows } = await sql<{ n: number; merc: number }>`
      select count(*)::int as n, count(geom_3857)::int as merc from admin_unit`.execute(t.db)
    expect(rows[0].n).toBeGreaterThan(90)
    expect(rows[0].merc).toBe(rows[0].n)
  })
})
