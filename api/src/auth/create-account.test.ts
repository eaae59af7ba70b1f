import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends, freshDb, type TestDb } from '../testing/test-db'
import { createAccount, type NewAccount } from './create-account'
import { verifyPassword } from './password'
import { insertOrganization, insertRegions } from './test-accounts'

describe.each(backends)('createAccount on $name PostGIS', (backend) => {
  let t: TestDb
  let enterpriseId: number
  let agencyId: number
  beforeAll(async () => {
    t = await freshDb(backend)
    await insertRegions(t.db)
    enterpriseId = await insertOrganization(t.db, 'enterprise')
    agencyId = await insertOrganization(t.db, 'agency')
  })
  afterAll(() => t.drop())

  const base = { password: 'long enough 1' }

  it('creates region and organization users with a scrypt hash', async () => {
    const county = await createAccount(t.db, {
      ...base,
      username: 'county.x',
      role: 'county',
      regionCode: '330522',
      displayName: '长兴县局',
    })
    expect(county).toMatchObject({
      username: 'county.x',
      role: 'county',
      regionCode: '330522',
      displayName: '长兴县局',
      organizationId: null,
    })
    const planner = await createAccount(t.db, {
      ...base,
      username: 'planner.x',
      role: 'planner',
      regionCode: '330500',
    })
    expect(planner.displayName).toBe('planner.x')
    const ent = await createAccount(t.db, {
      ...base,
      username: 'ent.x',
      role: 'enterprise',
      organizationId: enterpriseId,
    })
    expect(ent).toMatchObject({ regionCode: null, organizationId: enterpriseId })
    await createAccount(t.db, { ...base, username: 'eval.x', role: 'evaluator', organizationId: agencyId })
    const row = await t.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', county.id)
      .executeTakeFirstOrThrow()
    expect(row.password_hash).toMatch(/^scrypt\$/)
    expect(await verifyPassword(base.password, row.password_hash)).toBe(true)
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('object_type', '=', 'app_user')
      .where('object_id', '=', String(county.id))
      .executeTakeFirstOrThrow()
    expect(audit).toEqual({
      action: 'account.create',
      after: { username: 'county.x', role: 'county', regionCode: '330522', organizationId: null },
    })
  })

  it.each<[string, Partial<NewAccount>, RegExp]>([
    [
      'an unknown role',
      { role: 'admin', regionCode: '330522' },
      /role "admin" must be one of enterprise, evaluator/,
    ],
    [
      'a bad username',
      { username: 'Bad Name', role: 'county', regionCode: '330522' },
      /username "Bad Name" must be/,
    ],
    [
      'a short password',
      { password: 'short', role: 'county', regionCode: '330522' },
      /at least 10 characters/,
    ],
    ['a common password', { password: '1234567890', role: 'county', regionCode: '330522' }, /too common/],
    ['12345678', { password: '12345678', role: 'county', regionCode: '330522' }, /at least 10 characters/],
    [
      'a password made of the username',
      { username: 'county.x', password: 'county.x2026', role: 'county', regionCode: '330522' },
      /must not contain the username/,
    ],
    ['one character repeated', { password: 'aaaaaaaaaaaa', role: 'county', regionCode: '330522' }, /repeat/],
    ['a region role without region', { role: 'county' }, /county user needs a region/],
    [
      'a region that does not exist',
      { role: 'county', regionCode: '330599' },
      /330599 is not an administrative unit/,
    ],
    [
      'a county user with a city code',
      { role: 'county', regionCode: '330500' },
      /needs a county code; 330500 .* is a city/,
    ],
    ['a leader below province', { role: 'leader', regionCode: '330500' }, /needs a province code/],
    ['an enterprise without organization', { role: 'enterprise' }, /enterprise user needs an organization/],
    [
      'an enterprise with a region',
      { role: 'enterprise', regionCode: '330522' },
      /enterprise user has no region/,
    ],
    [
      'an organization that does not exist',
      { role: 'enterprise', organizationId: 9999 },
      /organization 9999 does not exist/,
    ],
    [
      'a duplicate username',
      { username: 'county.x', role: 'county', regionCode: '330522' },
      /"county.x" is taken/,
    ],
  ])('refuses %s, naming the problem', async (_name, patch, message) => {
    const input = { ...base, username: 'new.user', role: 'county', ...patch }
    await expect(createAccount(t.db, input)).rejects.toThrow(message)
  })

  it('refuses an evaluator whose organization is an enterprise', async () => {
    await expect(
      createAccount(t.db, { ...base, username: 'eval.y', role: 'evaluator', organizationId: enterpriseId }),
    ).rejects.toThrow(/evaluator user needs an agency organization; \d+ \(enterprise co\) is an enterprise/)
  })
})
