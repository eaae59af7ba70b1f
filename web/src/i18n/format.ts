// Number, percent, area and date formatting for zh-CN and en, with no i18n library.
import type { Lang } from './dict'

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB')

/** Whole numbers with grouping: 12,345 in both languages. */
export function formatNumber(n: number | null | undefined, lang: Lang, digits = 0): string {
  if (n == null || !Number.isFinite(n)) return '—'
  return n.toLocaleString(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** A 0–1 share as a percent: 0.853 → "85.3%". */
export function formatPercent(rate: number | null | undefined, lang: Lang, digits = 1): string {
  if (rate == null || !Number.isFinite(rate)) return '—'
  return `${formatNumber(rate * 100, lang, digits)}%`
}

/** Difference of two shares in percentage points: -0.032 → "−3.2 个百分点" / "−3.2 pts". */
export function formatPoints(diff: number | null | undefined, lang: Lang): string {
  if (diff == null || !Number.isFinite(diff)) return '—'
  const value = Math.round(diff * 1000) / 10
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±'
  const body = `${sign}${formatNumber(Math.abs(value), lang, 1)}`
  return lang === 'zh' ? `${body} 个百分点` : `${body} pts`
}

/** Square metres as hectares: 12345 → "1.23 公顷" / "1.23 ha". */
export function formatArea(m2: number | null | undefined, lang: Lang): string {
  if (m2 == null || !Number.isFinite(m2)) return '—'
  const ha = m2 / 10_000
  const digits = ha >= 100 ? 0 : ha >= 10 ? 1 : 2
  return `${formatNumber(ha, lang, digits)} ${lang === 'zh' ? '公顷' : 'ha'}`
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** An ISO date (YYYY-MM-DD) for people: "2019年6月30日" / "30 Jun 2019". */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!m) return '—'
  const [, y, mo, d] = m
  return lang === 'zh'
    ? `${y}年${Number(mo)}月${Number(d)}日`
    : `${Number(d)} ${EN_MONTHS[Number(mo) - 1]} ${y}`
}

/** A short month label for chart axes: "2019.06" / "Jun 2019". */
export function formatMonth(iso: string, lang: Lang): string {
  const [y, mo] = iso.split('-')
  return lang === 'zh' ? `${y}.${mo}` : `${EN_MONTHS[Number(mo) - 1]} ${y}`
}
