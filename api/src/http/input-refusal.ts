import type { InputIssue, RefusalOf } from '@zgm/domain'

/** The parts of a zod (v4) issue that say what is wrong; zod's own English message is not passed on. */
export interface InputIssueLike {
  code: string
  path: PropertyKey[]
  expected?: unknown
  minimum?: unknown
  maximum?: unknown
  origin?: unknown
  format?: unknown
  keys?: unknown
  values?: unknown
  params?: unknown
}

/** Custom checks that name their own issue (`params: { issue }` on a refine). */
const NAMED_CUSTOM: ReadonlySet<string> = new Set<InputIssue>(['land_class', 'date_range'])

const PASSED_ON: ReadonlySet<string> = new Set<InputIssue>([
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
])

const numberOf = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined)
const stringsOf = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined)

/** A zod issue as `invalid_input` params: the field's dotted path and the issue kind with its limits. */
export function inputRefusal(issue: InputIssueLike, input: unknown): RefusalOf<'invalid_input'> {
  const field = issue.path.map(String).join('.') || '(body)'
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    return { code: 'invalid_input', field, issue: 'required' }
  }
  const custom = (issue.params as { issue?: unknown } | undefined)?.issue
  const kind: InputIssue =
    issue.code === 'custom' && typeof custom === 'string' && NAMED_CUSTOM.has(custom)
      ? (custom as InputIssue)
      : PASSED_ON.has(issue.code)
        ? (issue.code as InputIssue)
        : 'custom'
  const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : undefined
  const details = {
    expected: typeof issue.expected === 'string' ? issue.expected : undefined,
    minimum: numberOf(issue.minimum),
    maximum: numberOf(issue.maximum),
    unit: numberOf(issue.minimum ?? issue.maximum) === undefined ? undefined : unit,
    format: typeof issue.format === 'string' ? issue.format : undefined,
    keys: stringsOf(issue.keys),
    values: stringsOf(issue.values),
  }
  const present = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined))
  return { code: 'invalid_input', field, issue: kind, ...present }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
