// §4.3 强化结果公示: county publicity and archiving, the city's report in its window, the provincial list.
import { addDays, isAfter, isBefore, type IsoDate } from '../dates'
import { RuleError } from '../errors'
import { nextReportingWindow, reportingWindowAt } from '../clocks/reporting-window'
import { countWorkingDays, endAfterWorkingDays, uncoveredYear } from '../calendar/working-days'
import type { GreenEventOf, Period } from './events'
import type { GreenContext, GreenRecord, GreenTransition, PublicityRecord, PublicityRule } from './record'

type Step = GreenTransition

function checkPublicity(
  rule: 'R3.5' | 'R3.7',
  period: Period,
  objectionChannel: string,
  notBefore: IsoDate | null,
  publicityRule: PublicityRule | undefined,
): PublicityRecord {
  const { start, end } = period
  if (isBefore(end, start)) {
    throw new RuleError({ code: `${rule}.invalid_period`, reason: 'ends_before_start', start, end })
  }
  if (notBefore && isBefore(start, notBefore)) {
    throw new RuleError({ code: `${rule}.invalid_period`, reason: 'before_decision', start, end, notBefore })
  }
  if (!objectionChannel.trim()) {
    throw new RuleError({ code: `${rule}.missing_objection_channel` })
  }
  const workingDays = publicityRule ? checkLength(rule, period, publicityRule) : null
  return { start: period.start, end: period.end, objectionChannel: objectionChannel.trim(), workingDays }
}

/** The period's working days on the official calendar; refused below the minimum or where the calendar has no notice. */
function checkLength(
  rule: 'R3.5' | 'R3.7',
  { start, end }: Period,
  { calendar, minWorkingDays }: PublicityRule,
) {
  const earliestEnd = endAfterWorkingDays(calendar, start, minWorkingDays)
  const missing = uncoveredYear(calendar, start, isAfter(earliestEnd, end) ? earliestEnd : end)
  if (missing !== null) throw new RuleError({ code: `${rule}.calendar_missing`, year: missing })
  const workingDays = countWorkingDays(calendar, start, end)
  if (workingDays < minWorkingDays) {
    throw new RuleError({
      code: `${rule}.period_too_short`,
      start,
      end,
      workingDays,
      minimum: minWorkingDays,
      earliestEnd,
    })
  }
  return workingDays
}

/** §4.3 公示无异议: objections received and not yet decided hold the next step back. */
function refuseOpenObjections(rule: 'R3.5' | 'R3.7', ctx: GreenContext): void {
  const open = ctx.objections?.open ?? 0
  if (open > 0) throw new RuleError({ code: `${rule}.objection_open`, open })
}

function refuseBeforeEnd(
  rule: 'R3.5' | 'R3.7',
  publicity: PublicityRecord | null | undefined,
  on: IsoDate,
): void {
  if (publicity && !isAfter(on, publicity.end)) {
    throw new RuleError({
      code: `${rule}.publicity_not_ended`,
      end: publicity.end,
      on,
      closableFrom: addDays(publicity.end, 1),
    })
  }
}

/** §4.3 县…在本单位门户网站上向社会公示. */
export function publishCountyPublicity(
  record: GreenRecord,
  event: GreenEventOf<'publish_county_publicity'>,
  ctx: GreenContext,
): Step {
  const publicity = checkPublicity(
    'R3.5',
    event.period,
    event.objectionChannel,
    record.verification?.filedOn ?? null,
    ctx.publicityRule,
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
  refuseOpenObjections('R3.5', ctx)
  if (event.objectionUpheld || (ctx.objections?.upheld ?? 0) > 0) {
    return {
      state: 'verification_failed',
      record: { ...record, state: 'verification_failed' },
      effects: [{ kind: 'objection_upheld', level: 'county', on: ctx.on }],
    }
  }
  const { selfAssessmentDocumentId, verificationReportDocumentId } = event.archived
  if (!selfAssessmentDocumentId || !verificationReportDocumentId) {
    throw new RuleError({
      code: 'R3.5.originals_not_archived',
      archived: {
        selfAssessment: Boolean(selfAssessmentDocumentId),
        verificationReport: Boolean(verificationReportDocumentId),
      },
    })
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
    const { start, end } = nextReportingWindow(ctx.on)
    throw new RuleError({ code: 'R3.6.outside_window', on: ctx.on, nextWindow: { start, end } })
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
  ctx: GreenContext,
): Step {
  const publicity = checkPublicity(
    'R3.7',
    event.period,
    event.objectionChannel,
    record.cityReportedOn ?? null,
    ctx.publicityRule,
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
  refuseOpenObjections('R3.7', ctx)
  if (event.objectionUpheld || (ctx.objections?.upheld ?? 0) > 0) {
    throw new RuleError({ code: 'R3.7.objection_upheld' })
  }
  return {
    state: 'in_directory',
    record: { ...record, state: 'in_directory', enteredDirectoryOn: ctx.on },
    effects: [{ kind: 'entered_directory', on: ctx.on }],
  }
}
