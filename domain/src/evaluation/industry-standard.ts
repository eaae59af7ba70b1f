// §4.1 按照…行业绿色矿山建设规范 (DZ/T 0312–0320-2018): a verification names the mine's industry standard and whether the mine meets it.
import { RuleError } from '../errors'

/** What a verification states about the industry standard. */
export interface StandardFinding {
  code: string
  conforms: boolean
}

/**
 * Whether the mine conforms to its industry standard. The finding must name the mine's own
 * standard; a mine that does not conform can never be concluded a pass. With no recorded standard
 * (`expected` undefined: an old record) the finding, if any, is taken as stated.
 */
export function checkIndustryStandard(
  expected: string | null | undefined,
  finding: StandardFinding | undefined,
  conclusion: 'pass' | 'fail' | undefined,
): boolean {
  if (expected === undefined) return finding?.conforms ?? true
  if (!finding || finding.code !== expected) {
    throw new RuleError({ code: 'R3.4.wrong_standard', expected, got: finding?.code ?? null })
  }
  if (!finding.conforms && conclusion === 'pass') {
    throw new RuleError({ code: 'R3.4.standard_not_met', standard: expected ?? finding.code })
  }
  return finding.conforms
}
