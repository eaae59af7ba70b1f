// §3 + 附件 各市任务一览表: the per-city targets, passed in as rows (the CSV lives in data/targets/annex-2018.csv).
import { RuleError } from '../errors'
import { isCityCode } from '../regions/region-codes'

export interface AnnexRow {
  cityCode: string
  cityName: string
  producing2017: number
  underConstruction2017: number
  targetCount2018: number
  /** Share of 应建 mines in the directory by end 2019, 0–1. */
  targetRate2019: number
  /** Share by end 2020, 0–1. */
  targetRate2020: number
}

/** §3(二)1(1): 180 mines in the directory by end 2018, province-wide. */
export const PROVINCE_TARGET_COUNT_2018 = 180
/** §3(二)1(2): ≥ 85% by end 2019. */
export const PROVINCE_TARGET_RATE_2019 = 0.85
/** §3(二)1(3): 100% by end 2020. */
export const PROVINCE_TARGET_RATE_2020 = 1
/** §3(二)2: Huzhou becomes a national green-mining demonstration zone by end 2020. */
export const DEMONSTRATION_ZONE = { cityCode: '330500', cityName: '湖州市', dueOn: '2020-12-31' } as const

function bad(field: string, value: unknown): RuleError {
  return new RuleError({ code: 'R2.invalid_target', reason: 'annex', field, value: String(value) })
}

function count(record: Record<string, string | number>, field: string): number {
  const raw = record[field]
  const n = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim())
  if (raw === undefined || raw === '' || !Number.isInteger(n) || n < 0) throw bad(field, raw)
  return n
}

/** Accepts `85%`, `85` or `0.85` and returns 0.85. */
export function parseRate(raw: string | number, field = 'rate'): number {
  const text = String(raw).trim()
  const percent = text.endsWith('%')
  const n = Number(percent ? text.slice(0, -1) : text)
  if (text === '' || !Number.isFinite(n) || n < 0) throw bad(field, raw)
  const rate = percent || n > 1 ? n / 100 : n
  if (rate > 1) throw bad(field, raw)
  return rate
}

/** One CSV record (columns city_code,city_name,producing_2017,…) to an AnnexRow. */
export function parseAnnexRecord(record: Record<string, string | number>): AnnexRow {
  const cityCode = String(record.city_code ?? '').trim()
  if (!isCityCode(cityCode)) throw bad('city_code', record.city_code)
  return {
    cityCode,
    cityName: String(record.city_name ?? '').trim(),
    producing2017: count(record, 'producing_2017'),
    underConstruction2017: count(record, 'under_construction_2017'),
    targetCount2018: count(record, 'target_count_2018'),
    targetRate2019: parseRate(record.target_rate_2019 ?? '', 'target_rate_2019'),
    targetRate2020: parseRate(record.target_rate_2020 ?? '', 'target_rate_2020'),
  }
}

/**
 * The annex as CSV text (data/targets/annex-2018.csv: a header row, then one row per city, plain
 * comma-separated cells) to validated rows; a bad cell throws `R2.invalid_target`.
 */
export function parseAnnexCsv(text: string): AnnexRow[] {
  const [head = '', ...lines] = text.trim().split(/\r?\n/)
  const columns = head.split(',').map((c) => c.trim())
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => parseAnnexRecord(Object.fromEntries(line.split(',').map((v, i) => [columns[i] ?? '', v]))))
}
