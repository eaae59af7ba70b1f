// GB/T 2260 codes: province 33, city 2 digits, county 2 digits (330102 → city 330100 → province 330000).

export type RegionLevel = 'province' | 'city' | 'county'

export const ZHEJIANG_CODE = '330000'

export function regionLevelOf(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province'
  if (code.endsWith('00')) return 'city'
  return 'county'
}

export function cityCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`
}

export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`
}

/** The code of the region at `level` that contains the county or city `code`. */
export function regionAt(code: string, level: RegionLevel): string {
  return level === 'province' ? provinceCodeOf(code) : level === 'city' ? cityCodeOf(code) : code
}
