// Builds a mine's record step by step along the main path, for the workflow tests.
import { applyGreenEvent } from './apply-green-event'
import type { GreenRecord } from './record'
import { BOTH_BUREAUS, ORIGINALS, PASSING_SCORES, ctx } from './test-fixtures'

export const start: GreenRecord = { state: 'building' }

export function submitted(on = '2019-01-31'): GreenRecord {
  return applyGreenEvent(
    start,
    { type: 'submit_self_assessment', recipients: BOTH_BUREAUS },
    ctx('enterprise', on),
  ).record
}

export function assigned(on = '2019-02-10'): GreenRecord {
  return applyGreenEvent(submitted(), { type: 'assign_evaluator', agencyId: 'agency-a' }, ctx('county', on))
    .record
}

export function verified(): GreenRecord {
  return applyGreenEvent(
    assigned(),
    { type: 'file_verification', scores: PASSING_SCORES },
    ctx('evaluator', '2019-02-20'),
  ).record
}

export function inCountyPublicity(): GreenRecord {
  return applyGreenEvent(
    verified(),
    {
      type: 'publish_county_publicity',
      period: { start: '2019-03-01', end: '2019-03-11' },
      objectionChannel: 'lyj@example.gov.cn',
    },
    ctx('county', '2019-03-01'),
  ).record
}

export function archived(): GreenRecord {
  return applyGreenEvent(
    inCountyPublicity(),
    {
      type: 'close_county_publicity',
      objectionUpheld: false,
      archived: ORIGINALS,
    },
    ctx('county', '2019-03-12'),
  ).record
}

export function inProvincePublicity(): GreenRecord {
  const reported = applyGreenEvent(archived(), { type: 'city_report' }, ctx('city', '2019-04-15')).record
  return applyGreenEvent(
    reported,
    {
      type: 'publish_province_list',
      period: { start: '2019-05-06', end: '2019-05-14' },
      objectionChannel: '0571-00000000',
    },
    ctx('province', '2019-05-06'),
  ).record
}

export function inDirectory(): GreenRecord {
  return applyGreenEvent(inProvincePublicity(), { type: 'enter_directory' }, ctx('province', '2019-05-20'))
    .record
}

export function rectifying(): GreenRecord {
  return applyGreenEvent(inDirectory(), { type: 'spot_check', result: 'declined' }, ctx('city', '2019-09-10'))
    .record
}

/** Rectifying, with agency-b (not agency-a, the original evaluator) drawn for the re-check. */
export function recheckAgencyDrawn(): GreenRecord {
  return applyGreenEvent(
    rectifying(),
    { type: 'assign_recheck_agency', agencyId: 'agency-b' },
    ctx('county', '2019-10-01'),
  ).record
}
