// Who gets new work from a step: the notifications a green-mine event writes in its own transaction.
import { cityCodeOf, PROVINCE_CODE, type GreenEvent, type GreenState } from '@zgm/domain'
import type { Conn } from '../db/database'
import { insertNotifications, type NewNotification } from './inbox.queries'

export interface NotifiedStep {
  mine: { id: number; name: string; countyCode: string; enterpriseId: number }
  event: GreenEvent
  /** The mine's state after the step. */
  state: GreenState
  on: string
}

/** The notification kinds, one per kind of new work (the web words them in zh and en). */
export const NOTIFICATION_KINDS = [
  'self_assessment_submitted',
  'evaluator_assigned',
  'verification_filed',
  'county_archived',
  'city_reported',
  'objection_filed',
  'rectification_ordered',
  'recheck_assigned',
  'recheck_failed',
  'removed',
  'entered_directory',
  /** 越界开采: a field inspection's sketch reaches outside the licence (county and province). */
  'boundary_alert',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** Pure: the notifications one step implies (none for most steps). */
export function notificationsFor({ mine, event, state, on }: NotifiedStep): NewNotification[] {
  const county = { role: 'county', region: mine.countyCode } as const
  const enterprise = { role: 'enterprise', org: mine.enterpriseId } as const
  const note = (
    to: NewNotification['to'],
    kind: NotificationKind,
    params: NewNotification['params'] = {},
  ) => ({
    to,
    kind,
    mineId: mine.id,
    params: { on, ...params },
  })
  switch (event.type) {
    case 'submit_self_assessment':
      // §4.1: to both county bureaus (land and environment), who share the county desk here.
      return [note(county, 'self_assessment_submitted', { recipients: event.recipients.join(',') })]
    case 'assign_evaluator':
      return [note({ role: 'evaluator', org: Number(event.agencyId) }, 'evaluator_assigned')]
    case 'file_verification':
      return [note(county, 'verification_filed', { result: state === 'verified' ? 'pass' : 'fail' })]
    case 'close_county_publicity':
      return state === 'county_archived'
        ? [note({ role: 'city', region: cityCodeOf(mine.countyCode) }, 'county_archived')]
        : []
    case 'city_report':
      return [note({ role: 'province', region: PROVINCE_CODE }, 'city_reported')]
    case 'enter_directory':
      return [note(enterprise, 'entered_directory')]
    case 'spot_check':
      return event.result === 'declined'
        ? [note(enterprise, 'rectification_ordered', { deadline: event.deadline ?? null })]
        : []
    case 'assign_recheck_agency':
      return [note({ role: 'evaluator', org: Number(event.agencyId) }, 'recheck_assigned')]
    case 'recheck':
      return event.result === 'fail'
        ? [note({ role: 'province', region: PROVINCE_CODE }, 'recheck_failed')]
        : []
    case 'confirm_removal':
      return [note(enterprise, 'removed')]
    default:
      return []
  }
}

/** Writes a step's notifications inside the step's transaction. */
export const notifyStep = (tx: Conn, step: NotifiedStep) => insertNotifications(tx, notificationsFor(step))

/** A public objection: to the bureau that published the notice (its county, or the province). */
export const notifyObjection = (
  tx: Conn,
  notice: { level: string; region_code: string; id: number },
  mineId: number,
  objectionId: number,
  on: string,
) =>
  insertNotifications(tx, [
    {
      to:
        notice.level === 'province'
          ? { role: 'province', region: PROVINCE_CODE }
          : { role: 'county', region: notice.region_code },
      kind: 'objection_filed' satisfies NotificationKind,
      mineId,
      params: { on, publicityId: notice.id, objectionId },
    },
  ])
