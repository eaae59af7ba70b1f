// GB/T 2260 administrative division codes as the platform uses them: six digits, province 33,
// city 2 digits, county 2 digits (330522 长兴县 → city 330500 湖州市 → province 330000 浙江省).
// Every piece of code arithmetic on region codes lives here.

export type RegionLevel = 'province' | 'city' | 'county'

/** Zhejiang, the one province the platform serves. */
export const PROVINCE_CODE = '330000'

/** A six-digit code inside Zhejiang, for request schemas (`z.string().regex(ZHEJIANG_CODE_PATTERN)`). */
export const ZHEJIANG_CODE_PATTERN = /^33\d{4}$/

/** A six-digit code inside Zhejiang (province, city or county). */
export function isZhejiangCode(code: string): boolean {
  return ZHEJIANG_CODE_PATTERN.test(code)
}

/** Which level a code names: `33xx00` is a city, `330000` the province, anything else a county. */
export function regionLevelOf(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province'
  if (code.endsWith('00')) return 'city'
  return 'county'
}

/** A Zhejiang city code such as 330500. */
export function isCityCode(code: string): boolean {
  return isZhejiangCode(code) && regionLevelOf(code) === 'city'
}

/** A Zhejiang county-level code such as 330522. */
export function isCountyCode(code: string): boolean {
  return isZhejiangCode(code) && regionLevelOf(code) === 'county'
}

/** The city a county (or city) code belongs to: 330522 → 330500. */
export function cityCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`
}

/** The province a code belongs to: 330522 → 330000. */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`
}

/** The code of the region at `level` that contains the county or city `code`. */
export function regionAt(code: string, level: RegionLevel): string {
  return level === 'province' ? provinceCodeOf(code) : level === 'city' ? cityCodeOf(code) : code
}

/**
 * The digits every code inside a region starts with: 330000 → 33, 330500 → 3305, 330522 → 330522.
 * `LIKE prefix || '%'` in SQL and `startsWith` in code select a region's counties with it.
 */
export function regionPrefix(code: string): string {
  const level = regionLevelOf(code)
  return level === 'province' ? code.slice(0, 2) : level === 'city' ? code.slice(0, 4) : code
}

/**
 * Whether `region` contains `code` (a region contains itself): the province 330000 contains every
 * 33xxxx, a city 33cc00 its counties 33ccxx, a county only itself. False unless both are Zhejiang
 * codes.
 */
export function regionContains(region: string, code: string): boolean {
  if (!isZhejiangCode(region) || !isZhejiangCode(code)) return false
  return code.startsWith(regionPrefix(region))
}
