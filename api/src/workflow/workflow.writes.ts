import type { Transaction } from 'kysely'
import type { GreenEvent, GreenTransition, OpsEvent } from '@zgm/domain'
import type { Db } from '../db/database'
import type { DB } from '../db/schema'
import { invalidateTiles } from '../tiles/tile-cache.queries'
import { MINE_STATE_TILE_SETS } from '../tiles/tile-layers'
import type { SessionUser } from '../http/env'
import { HttpError } from '../http/errors'
import type { MineHead } from './workflow.queries'

type Tx = Transaction<DB>

export interface EventExtras {
  /** Join an existing notice instead of opening a new one (publicity events). */
  publicityId?: number
  /** The published spot-check draw this check belongs to. */
  drawId?: number
  /** Document ids attached to the event (report, acceptance). */
  documentId?: number
  /** The reproducible pick behind an evaluator assignment. */
  pick?: { seed: string; candidates: string[]; algorithm: string }
}

/** Writes the records a green-mine transition implies, besides the event row and the mine's state. */
export async function writeGreenRecords(
  tx: Tx,
  mine: MineHead,
  event: GreenEvent,
  transition: GreenTransition,
  on: string,
  user: SessionUser,
  eventId: number,
  extras: EventExtras,
): Promise<void> {
  switch (event.type) {
    case 'submit_self_assessment': {
      const sector = await tx
        .selectFrom('mine')
        .select('sector')
        .where('id', '=', mine.id)
        .executeTakeFirstOrThrow()
      await tx
        .insertInto('self_assessment')
        .values({
          mine_id: mine.id,
          event_id: eventId,
          submitted_on: on,
          received_on: on,
          to_land_bureau: event.recipients.includes('county_land'),
          to_env_bureau: event.recipients.includes('county_environment'),
          standard: sector.sector,
          document_id: extras.documentId ?? null,
        })
        .execute()
      return
    }
    case 'assign_evaluator': {
      const sa = await tx
        .selectFrom('self_assessment')
        .select('id')
        .where('mine_id', '=', mine.id)
        .orderBy('received_on', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
      await tx
        .insertInto('evaluator_assignment')
        .values({
          mine_id: mine.id,
          self_assessment_id: sa.id,
          agency_id: Number(event.agencyId),
          event_id: eventId,
          assigned_on: on,
          method: extras.pick ? 'public_lottery' : 'direct',
          seed: extras.pick?.seed ?? null,
          candidates: JSON.stringify(extras.pick?.candidates ?? []),
        })
        .execute()
      return
    }
    case 'file_verification': {
      const assignment = await tx
        .selectFrom('evaluator_assignment')
        .select('id')
        .where('mine_id', '=', mine.id)
        .orderBy('assigned_on', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
      const v = transition.record.verification!
      await tx
        .insertInto('verification')
        .values({
          mine_id: mine.id,
          assignment_id: assignment.id,
          event_id: eventId,
          verified_on: on,
          passed: transition.state === 'verified',
          late: v.late,
          indicator_version: v.indicatorSetId,
          prerequisites: JSON.stringify(event.scores.prerequisites),
          scores: JSON.stringify({ groups: event.scores.groups, reason: v.reason }),
          total: v.total,
          team: JSON.stringify(event.team ?? []),
          report_document_id: extras.documentId ?? null,
        })
        .execute()
      return
    }
    case 'publish_county_publicity':
    case 'publish_province_list': {
      const level = event.type === 'publish_county_publicity' ? 'county' : 'province'
      const publicityId = extras.publicityId ?? (await openNotice(tx, mine, level, event, on))
      if (extras.publicityId) await checkNotice(tx, extras.publicityId, level, mine, event.period)
      await tx.insertInto('publicity_item').values({ publicity_id: publicityId, mine_id: mine.id }).execute()
      return
    }
    case 'close_county_publicity':
    case 'enter_directory':
    case 'uphold_province_objection': {
      const level = event.type === 'close_county_publicity' ? 'county' : 'province'
      const notice = await tx
        .selectFrom('publicity as p')
        .innerJoin('publicity_item as i', 'i.publicity_id', 'p.id')
        .select('p.id')
        .where('i.mine_id', '=', mine.id)
        .where('p.level', '=', level)
        .orderBy('p.start_on', 'desc')
        .orderBy('p.id', 'desc')
        .executeTakeFirstOrThrow()
      await tx
        .updateTable('publicity')
        .set({ closed_on: on })
        .where('id', '=', notice.id)
        .where('closed_on', 'is', null)
        .execute()
      if (event.type === 'enter_directory') {
        await tx
          .insertInto('directory_entry')
          .values({ mine_id: mine.id, list_publicity_id: notice.id, entered_on: on })
          .execute()
      }
      return
    }
    case 'city_report': {
      const cityCode = `${mine.countyCode.slice(0, 4)}00`
      const windowEnd = `${on.slice(0, 4)}-${on.slice(5, 7) === '04' ? '04-30' : '10-31'}`
      const existing = await tx
        .selectFrom('city_report')
        .select('id')
        .where('city_code', '=', cityCode)
        .where('window_end', '=', windowEnd)
        .executeTakeFirst()
      const reportId =
        existing?.id ??
        (
          await tx
            .insertInto('city_report')
            .values({ city_code: cityCode, window_end: windowEnd, submitted_on: on, submitted_by: user.id })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      await tx.insertInto('city_report_item').values({ report_id: reportId, mine_id: mine.id }).execute()
      return
    }
    case 'spot_check': {
      if (!extras.drawId) throw new HttpError({ code: 'draw_required' })
      const draw = await tx
        .selectFrom('spot_check_draw')
        .select(['id', 'result'])
        .where('id', '=', extras.drawId)
        .executeTakeFirst()
      const assignment = (
        draw?.result as { assignments?: { mineId: string; inspectorIds: string[] }[] } | undefined
      )?.assignments?.find((a) => a.mineId === String(mine.id))
      if (!draw || !assignment)
        throw new HttpError({ code: 'not_drawn', mineId: mine.id, drawId: extras.drawId })
      const check = await tx
        .insertInto('spot_check')
        .values({
          draw_id: draw.id,
          mine_id: mine.id,
          checked_on: on,
          inspectors: JSON.stringify(assignment.inspectorIds),
          result: event.result,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const ordered = transition.effects.find((e) => e.kind === 'rectification_ordered')
      if (ordered?.kind === 'rectification_ordered') {
        await tx
          .insertInto('rectification_order')
          .values({
            mine_id: mine.id,
            cause: 'spot_check',
            spot_check_id: check.id,
            issued_on: on,
            deadline: ordered.deadline,
          })
          .execute()
      }
      return
    }
    case 'recheck': {
      await tx
        .updateTable('rectification_order')
        .set({ recheck_on: on, recheck_passed: event.result === 'pass', closed_on: on })
        .where('mine_id', '=', mine.id)
        .where('closed_on', 'is', null)
        .execute()
      if (event.result === 'pass') return
      await tx
        .updateTable('directory_entry')
        .set({ removed_on: on, removal_reason: 'recheck_failed' })
        .where('mine_id', '=', mine.id)
        .where('removed_on', 'is', null)
        .execute()
      const exposure = await openNotice(tx, mine, 'removal', undefined, on)
      await tx
        .insertInto('publicity_item')
        .values({ publicity_id: exposure, mine_id: mine.id, remarks: '整改后复核不合格，除名' })
        .execute()
      await tx
        .updateTable('directory_entry')
        .set({ exposure_publicity_id: exposure })
        .where('mine_id', '=', mine.id)
        .where('removed_on', '=', on)
        .execute()
      const blacklist = transition.effects.find((e) => e.kind === 'blacklist')
      const persons = blacklist?.kind === 'blacklist' ? blacklist.responsiblePersons : []
      await tx
        .insertInto('blacklist_entry')
        .values([
          {
            subject: 'enterprise',
            organization_id: mine.enterpriseId,
            mine_id: mine.id,
            reason: 'R6 整改后第三方评估不合格',
            listed_on: on,
          },
          ...persons.map((name) => ({
            subject: 'person' as const,
            organization_id: mine.enterpriseId,
            person_name: name,
            person_role: '相关负责人',
            mine_id: mine.id,
            reason: 'R6 整改后第三方评估不合格',
            listed_on: on,
          })),
        ])
        .execute()
      return
    }
  }
}

async function openNotice(
  tx: Tx,
  mine: MineHead,
  level: 'county' | 'province' | 'removal',
  event: { period: { start: string; end: string }; objectionChannel: string } | undefined,
  on: string,
): Promise<number> {
  const region = level === 'county' ? mine.countyCode : '330000'
  const unit = await tx
    .selectFrom('admin_unit')
    .select('name')
    .where('code', '=', region)
    .executeTakeFirstOrThrow()
  const issuer =
    level === 'county'
      ? `${unit.name}自然资源主管部门、生态环境主管部门`
      : '浙江省自然资源厅、浙江省生态环境厅'
  const title = {
    county: `${unit.name}绿色矿山现场核查意见公示`,
    province: '浙江省拟纳入全国绿色矿山名录库矿山名单公示',
    removal: '全国绿色矿山名录库除名矿山公告',
  }[level]
  const row = await tx
    .insertInto('publicity')
    .values({
      level,
      region_code: region,
      title,
      start_on: event?.period.start ?? on,
      end_on: event?.period.end ?? on,
      objection_channel: event?.objectionChannel ?? '—',
      issuer,
      published_on: on,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

async function checkNotice(
  tx: Tx,
  id: number,
  level: string,
  mine: MineHead,
  period: { start: string; end: string },
) {
  const notice = await tx.selectFrom('publicity').selectAll().where('id', '=', id).executeTakeFirst()
  const region = level === 'county' ? mine.countyCode : '330000'
  if (!notice || notice.level !== level || notice.region_code !== region) {
    throw new HttpError({
      code: 'publicity_mismatch',
      reason: 'not_open',
      publicityId: id,
      level,
      regionCode: region,
    })
  }
  if (notice.start_on !== period.start || notice.end_on !== period.end || notice.closed_on) {
    throw new HttpError({
      code: 'publicity_mismatch',
      reason: 'period',
      publicityId: id,
      noticeStart: notice.start_on,
      noticeEnd: notice.end_on,
      start: period.start,
      end: period.end,
    })
  }
}

/** Writes what an operational transition implies (production start, suspension, resumption). */
export async function writeOpsRecords(
  tx: Tx,
  mine: MineHead,
  event: OpsEvent,
  on: string,
  extras: EventExtras,
) {
  if (event.type === 'start_production') {
    await tx
      .updateTable('mine')
      .set({ production_start: event.productionStartedOn ?? on })
      .where('id', '=', mine.id)
      .execute()
  } else if (event.type === 'suspend') {
    await tx
      .insertInto('suspension')
      .values({
        mine_id: mine.id,
        rule: event.reason,
        reason: event.note ?? event.reason,
        ordered_on: on,
      })
      .execute()
  } else if (event.type === 'resume') {
    await tx
      .updateTable('suspension')
      .set({
        accepted_on: event.acceptance?.acceptedOn ?? null,
        resumed_on: on,
        acceptance_document_id: extras.documentId ?? null,
      })
      .where('mine_id', '=', mine.id)
      .where('resumed_on', 'is', null)
      .execute()
  }
}

/** A workflow change recolours one mine: drop the cached mine tiles around it (footprint included). */
export async function dropMineTiles(tx: Tx, mine: MineHead) {
  const pad = 0.02
  await invalidateTiles(tx as unknown as Db, MINE_STATE_TILE_SETS, [
    mine.lng - pad,
    mine.lat - pad,
    mine.lng + pad,
    mine.lat + pad,
  ])
}
