import { describe, expect, it } from 'vitest'
import { targetStatus } from './rates'
import { classifyRate, classifyRows, resolveTargetRate, type ClassableRow } from './target-class'
import type { Target } from './target-book'

const row = (patch: Partial<ClassableRow>): ClassableRow => ({
  code: '330522',
  parentCode: '330500',
  mandatory: 20,
  inDirectory: 17,
  rate: 0.85,
  target: { kind: 'rate', value: 0.85 },
  ...patch,
})

describe('R7 target classes (rate against the target rate)', () => {
  it('R7: a county that meets its target is "met", even with rounding noise', () => {
    expect(classifyRate(17 / 20, 0.85, 20)).toBe('met')
    expect(classifyRate(1, 0.85, 20)).toBe('met')
  })

  it('R7: shortfalls are graded at 10 and 25 percentage points', () => {
    expect(classifyRate(0.75, 0.85, 20)).toBe('within10')
    expect(classifyRate(0.7499, 0.85, 20)).toBe('within25')
    expect(classifyRate(0.6, 0.85, 20)).toBe('within25')
    expect(classifyRate(0.59, 0.85, 20)).toBe('below')
    expect(classifyRate(null, 1, 5)).toBe('below')
  })

  it('R7: counties without 应建 mines and years without a target are classes of their own', () => {
    expect(classifyRate(null, 0.85, 0)).toBe('noMandatory')
    expect(classifyRate(0.5, null, 10)).toBe('noTarget')
  })

  it('R7: "met" agrees with targetStatus for every count of 应建 mines up to 40 at 85% and 100%', () => {
    for (const value of [0.85, 1]) {
      const target: Target = { kind: 'rate', value, year: 2019, dueOn: '2019-12-31', source: 'annex' }
      for (let mandatory = 1; mandatory <= 40; mandatory++) {
        for (let inDirectory = 0; inDirectory <= mandatory; inDirectory++) {
          const status = targetStatus(target, { inDirectory, mandatory }).status
          const cls = classifyRate(inDirectory / mandatory, value, mandatory)
          expect(cls === 'met', `${inDirectory}/${mandatory} at ${value}`).toBe(status === 'met')
        }
      }
    }
  })
})

describe('R7 resolveTargetRate', () => {
  it('R7: a rate target is used as it is', () => {
    expect(resolveTargetRate(row({}))).toEqual({ rate: 0.85, implied: false })
  })

  it("R7: the city's 2018 count target becomes a rate over the city's 应建 mines", () => {
    const county = row({ target: null, rate: 0.2 })
    const city = row({
      code: '330500',
      parentCode: '330000',
      mandatory: 48,
      target: { kind: 'count', value: 12 },
    })
    expect(resolveTargetRate(county, city)).toEqual({ rate: 0.25, implied: true })
    expect(classifyRows([county], [city]).get('330522')?.cls).toBe('within10')
  })

  it("R7: a county's own 2018 count target is graded by the count: met when enough mines are listed", () => {
    const target = { kind: 'count' as const, value: 5 }
    const behind = row({ mandatory: 22, inDirectory: 2, inDirectoryTotal: 2, rate: 2 / 22, target })
    expect(classifyRows([behind]).get('330522')).toMatchObject({ cls: 'within25', implied: true })
    expect(classifyRows([behind]).get('330522')!.targetRate).toBeCloseTo(5 / 22)
    // Five listed, one of them not 应建: the count is met although the 应建 rate is 4/22.
    const met = row({ mandatory: 22, inDirectory: 4, inDirectoryTotal: 5, rate: 4 / 22, target })
    expect(classifyRows([met]).get('330522')!.cls).toBe('met')
  })

  it('R7: no target when neither the county nor its city has one', () => {
    expect(resolveTargetRate(row({ target: null }))).toEqual({ rate: null, implied: false })
  })
})
