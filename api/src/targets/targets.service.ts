import { checkCountySplit, checkYearOpen, targetFor, type CountySplitShare } from '@zgm/domain'
import { appendAudit } from '../audit/audit.queries'
import type { Conn, Db } from '../db/database'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import { targets } from '../stats/stats.queries'
import { targetBookFrom } from '../stats/stats.service'
import { today } from '../workflow/workflow.service'
import { adminUnit, countiesOf, countyTargetsOf, upsertCountyTarget, yearClosedAt } from './targets.queries'
import type { CitySplitShape } from './targets.schemas'

/** A city's target for a year and what each of its counties has (own split or inherited). */
export async function citySplit(db: Conn, cityCode: string, year: number): Promise<CitySplitShape> {
  const city = await adminUnit(db, cityCode)
  if (!city || city.level !== 'city') throw new HttpError({ code: 'unknown_region', region: cityCode })
  const [counties, own, book, closedAt] = await Promise.all([
    countiesOf(db, cityCode),
    countyTargetsOf(db, cityCode, year),
    targets(db).then(targetBookFrom),
    yearClosedAt(db, year),
  ])
  return {
    year,
    cityCode,
    cityName: city.name,
    cityTarget: targetFor(book, 'city', cityCode, year),
    closed: closedAt !== null,
    counties: counties.map((c) => {
      const set = own.find((t) => t.region_code === c.code)
      return {
        code: c.code,
        name: c.name,
        target: targetFor(book, 'county', c.code, year),
        setBy: set?.set_by ?? null,
        setOn: set?.set_on ?? null,
      }
    }),
  }
}

/**
 * §5.2 分解任务指标 (R2/R7): the city's own bureau splits its target over all its counties, for an
 * open year only; the split replaces the counties' targets in one transaction, audited with the
 * targets before and after.
 */
export async function splitCityTarget(
  db: Db,
  user: SessionUser,
  cityCode: string,
  year: number,
  shares: readonly CountySplitShare[],
): Promise<CitySplitShape> {
  if (user.role !== 'city' || user.regionCode !== cityCode) {
    throw new HttpError({
      code: 'forbidden',
      reason: 'outside_region',
      regionCode: cityCode,
      userRegionCode: user.regionCode,
    })
  }
  await db.transaction().execute(async (tx) => {
    const before = await citySplit(tx, cityCode, year)
    checkYearOpen(year, await yearClosedAt(tx, year))
    checkCountySplit({
      cityCode,
      year,
      cityTarget: before.cityTarget,
      countyCodes: before.counties.map((c) => c.code),
      shares,
    })
    const kind = before.cityTarget!.kind
    const setOn = today()
    for (const s of shares) {
      await upsertCountyTarget(tx, {
        year,
        countyCode: s.countyCode,
        kind,
        value: s.value,
        setBy: user.id,
        setOn,
      })
    }
    await appendAudit(tx, {
      actorUserId: user.id,
      actorRole: user.role,
      action: 'target.split',
      objectType: 'target',
      objectId: `${year}:${cityCode}`,
      before: before.counties.map((c) => ({ code: c.code, target: c.target })),
      after: shares.map((s) => ({ code: s.countyCode, kind, value: s.value })),
    })
  })
  return citySplit(db, cityCode, year)
}
