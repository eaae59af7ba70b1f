// §4.3 强化结果公示: county publicity and archiving, the city's report in its window, the provincial list.
import { addDays, isAfter, isBefore, type IsoDate } from '../dates'
import { RuleError, type RuleErrorCode } from '../errors'
import { nextReportingWindow, reportingWindowAt, describeWindow } from '../clocks/reporting-window'
import type { GreenEventOf, Period } from './events'
import type { GreenContext, GreenRecord, GreenTransition, PublicityRecord } from './record'

type Step = GreenTransition

function checkPublicity(
  rule: 'R3.5' | 'R3.7',
  period: Period,
  objectionChannel: string,
  notBefore: IsoDate | null,
): PublicityRecord {
  const invalid = `${rule}.invalid_period` as RuleErrorCode
  if (isBefore(period.end, period.start)) {
    throw new RuleError(
      invalid,
      `Publicity period ends (${period.end}) before it starts (${period.start})`,
      `公示截止日期（${period.end}）早于开始日期（${period.start}）`,
      { ...period },
    )
  }
  if (notBefore && isBefore(period.start, notBefore)) {
    throw new RuleError(
      invalid,
      `Publicity cannot start (${period.start}) before the decision it publishes (${notBefore})`,
      `公示开始日期（${period.start}）不得早于核查结论日期（${notBefore}）`,
      { ...period, notBefore },
    )
  }
  if (!objectionChannel.trim()) {
    throw new RuleError(
      `${rule}.missing_objection_channel` as RuleErrorCode,
      'A publicity notice must say how to object (address, e-mail or telephone)',
      '公示须载明异议受理方式（地址、邮箱或电话）',
    )
  }
  return { start: period.start, end: period.end, objectionChannel: objectionChannel.trim() }
}

function refuseBeforeEnd(
  rule: 'R3.5' | 'R3.7',
  publicity: PublicityRecord | null | undefined,
  on: IsoDate,
): void {
  if (publicity && !isAfter(on, publicity.end)) {
    throw new RuleError(
      `${rule}.publicity_not_ended` as RuleErrorCode,
      `The publicity period runs until ${publicity.end}; it can be closed from ${addDays(publicity.end, 1)}`,
      `公示期至 ${publicity.end} 止，${addDays(publicity.end, 1)} 起方可办理`,
      { end: publicity.end, on },
    )
  }
}

/** §4.3 县…在本单位门户网站上向社会公示. */
export function publishCountyPublicity(
  record: GreenRecord,
  event: GreenEventOf<'publish_county_publicity'>,
  _ctx: GreenContext,
): Step {
  const publicity = checkPublicity(
    'R3.5',
    event.period,
    event.objectionChannel,
    record.verification?.filedOn ?? null,
  )
  return {
    state: 'county_publicity',
    record: { ...record, state: 'county_publicity', countyPublicity: publicity },
    effects: [{ kind: 'publicity_opened', level: 'county', ...publicity }],
  }
}

/** §4.3 公示无异议的，做好…原件归档: an upheld objection sends the mine back; otherwise both originals must be archived. */
export function closeCountyPublicity(
  record: GreenRecord,
  event: GreenEventOf<'close_county_publicity'>,
  ctx: GreenContext,
): Step {
  refuseBeforeEnd('R3.5', record.countyPublicity, ctx.on)
  if (event.objectionUpheld) {
    return {
      state: 'verification_failed',
      record: { ...record, state: 'verification_failed' },
      effects: [{ kind: 'objection_upheld', level: 'county', on: ctx.on }],
    }
  }
  if (!event.archived.selfAssessment || !event.archived.verificationReport) {
    throw new RuleError(
      'R3.5.originals_not_archived',
      'Archive the originals of both the self-assessment and the third-party verification report first',
      '须先将绿色矿山建设自评报告和第三方现场核查评估报告原件归档',
      { archived: event.archived },
    )
  }
  return {
    state: 'county_archived',
    record: { ...record, state: 'county_archived', countyArchivedOn: ctx.on },
    effects: [{ kind: 'originals_archived', on: ctx.on }],
  }
}

/** §4.3 各市汇总后于每年10月底和4月底前上报: only inside 1–30 April or 1–31 October. */
export function cityReport(
  record: GreenRecord,
  _event: GreenEventOf<'city_report'>,
  ctx: GreenContext,
): Step {
  if (!reportingWindowAt(ctx.on)) {
    const next = describeWindow(nextReportingWindow(ctx.on))
    throw new RuleError(
      'R3.6.outside_window',
      `Rule R3.6: cities report passed mines to the province only from 1 to 30 April and from 1 to 31 October; ${ctx.on} is outside both. Next window: ${next.en}`,
      `规则 R3.6：各市于每年4月1日至30日、10月1日至31日汇总上报，${ctx.on} 不在上报期内。下一上报期：${next.zh}`,
      { on: ctx.on, nextWindow: nextReportingWindow(ctx.on) },
    )
  }
  return {
    state: 'city_reported',
    record: { ...record, state: 'city_reported', cityReportedOn: ctx.on },
    effects: [],
  }
}

/** §4.3 省国土资源厅将通过核查企业的名单…进行公示. */
export function publishProvinceList(
  record: GreenRecord,
  event: GreenEventOf<'publish_province_list'>,
  _ctx: GreenContext,
): Step {
  const publicity = checkPublicity(
    'R3.7',
    event.period,
    event.objectionChannel,
    record.cityReportedOn ?? null,
  )
  return {
    state: 'province_publicity',
    record: { ...record, state: 'province_publicity', provincePublicity: publicity },
    effects: [{ kind: 'publicity_opened', level: 'province', ...publicity }],
  }
}

/** An objection to the provincial list upheld: the mine goes back and must be verified again. */
export function upholdProvinceObjection(
  record: GreenRecord,
  _event: GreenEventOf<'uphold_province_objection'>,
  ctx: GreenContext,
): Step {
  return {
    state: 'verification_failed',
    record: { ...record, state: 'verification_failed' },
    effects: [{ kind: 'objection_upheld', level: 'province', on: ctx.on }],
  }
}

/** §4.3 公示无异议后纳入全国绿色矿山名录库. */
export function enterDirectory(
  record: GreenRecord,
  event: GreenEventOf<'enter_directory'>,
  ctx: GreenContext,
): Step {
  refuseBeforeEnd('R3.7', record.provincePublicity, ctx.on)
  if (event.objectionUpheld) {
    throw new RuleError(
      'R3.7.objection_upheld',
      'An objection to the provincial list was upheld; the mine cannot enter the directory (use uphold_province_objection)',
      '省级公示异议成立，不得纳入名录库',
    )
  }
  return {
    state: 'in_directory',
    record: { ...record, state: 'in_directory', enteredDirectoryOn: ctx.on },
    effects: [{ kind: 'entered_directory', on: ctx.on }],
  }
}
