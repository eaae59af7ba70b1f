// The annual assessment as a table (R7): one row per city and county, for CSV and XLSX downloads.
import type { AssessedFigure, RefusalLang } from '@zgm/domain'
import { quote } from '../ogc/formats/csv'
import type { AssessmentRowShape, AssessmentShape, FigureChangeShape } from './assessment.schemas'
import { writeXlsx, type SheetCell } from './xlsx-writer'

type Label = Record<RefusalLang, string>

const FIGURE_LABELS: Record<AssessedFigure, Label> = {
  mandatory: { zh: '应建矿山数', en: 'mines in scope (应建)' },
  inDirectory: { zh: '已入库（应建）', en: 'in directory (in scope)' },
  inDirectoryTotal: { zh: '已入库（全部）', en: 'in directory (all)' },
  rate: { zh: '入库率', en: 'entry rate' },
  status: { zh: '考核结果', en: 'result' },
  shortfall: { zh: '差额（家）', en: 'shortfall (mines)' },
  overdue: { zh: '逾期事项', en: 'overdue' },
  rectifications: { zh: '抽查整改', en: 'rectifications' },
  removals: { zh: '除名', en: 'removals' },
}

const STATUS: Record<AssessmentRowShape['status'], Label> = {
  met: { zh: '达标', en: 'met' },
  behind: { zh: '未达标', en: 'behind' },
  no_target: { zh: '无目标', en: 'no target' },
}

const LEVEL: Record<AssessmentRowShape['level'], Label> = {
  city: { zh: '市', en: 'city' },
  county: { zh: '县', en: 'county' },
}
const TARGET_KIND: Record<'count' | 'rate', Label> = {
  count: { zh: '家数', en: 'count' },
  rate: { zh: '比例', en: 'rate' },
}

const HEADER: Label[] = [
  { zh: '年度', en: 'year' },
  { zh: '级别', en: 'level' },
  { zh: '行政区划代码', en: 'code' },
  { zh: '名称', en: 'name' },
  { zh: '上级代码', en: 'parent code' },
  { zh: '目标类型', en: 'target kind' },
  { zh: '目标值', en: 'target' },
  ...(Object.values(FIGURE_LABELS) as Label[]),
  { zh: '结账状态', en: 'year status' },
  { zh: '结账后更正', en: 'restated since the close' },
]

const figureText = (figure: AssessedFigure, value: number | string | null, lang: RefusalLang) =>
  figure === 'status' && typeof value === 'string' && value in STATUS
    ? STATUS[value as AssessmentRowShape['status']][lang]
    : value === null
      ? '—'
      : String(value)

/** "已入库（应建） 10→9；考核结果 达标→未达标" for one region's restated figures. */
function restatedText(changes: readonly FigureChangeShape[], lang: RefusalLang): string {
  return changes
    .map(
      (c) =>
        `${FIGURE_LABELS[c.figure][lang]} ${figureText(c.figure, c.closed, lang)}→${figureText(c.figure, c.now, lang)}`,
    )
    .join(lang === 'zh' ? '；' : '; ')
}

/** Header and one row per region; closed years say so, with what was restated beside the frozen figure. */
export function assessmentTable(a: AssessmentShape, lang: RefusalLang): SheetCell[][] {
  const yearStatus = a.status === 'closed' ? { zh: '已结账', en: 'closed' } : { zh: '未结账', en: 'open' }
  const rows = a.rows.map((r): SheetCell[] => [
    a.year,
    LEVEL[r.level][lang],
    r.code,
    lang === 'zh' ? r.name : r.nameEn || r.name,
    r.parentCode,
    r.target ? TARGET_KIND[r.target.kind][lang] : null,
    r.target?.value ?? null,
    r.mandatory,
    r.inDirectory,
    r.inDirectoryTotal,
    r.rate,
    STATUS[r.status][lang],
    r.shortfall,
    r.overdue,
    r.rectifications,
    r.removals,
    yearStatus[lang],
    restatedText(
      a.restatements.changes.filter((c) => c.code === r.code),
      lang,
    ),
  ])
  return [HEADER.map((h) => h[lang]), ...rows]
}

/** RFC 4180 CSV in UTF-8 with a BOM, so that Excel reads the Chinese. */
export function assessmentCsv(a: AssessmentShape, lang: RefusalLang): string {
  return `\uFEFF${assessmentTable(a, lang)
    .map((row) => row.map(quote).join(','))
    .join('\r\n')}\r\n`
}

export function assessmentXlsx(a: AssessmentShape, lang: RefusalLang): Uint8Array {
  return writeXlsx(lang === 'zh' ? `${a.year}年度考核` : `assessment ${a.year}`, assessmentTable(a, lang))
}
