// PostGIS explains an invalid geometry in English (ST_IsValidReason: "Self-intersection[120.041 30.949]").
// That text never reaches a user: it becomes a refusal code with the position it names.
import type { GeometryValidityCode, RefusalOf, RefusalPosition } from '@zgm/domain'

const BY_REASON: [RegExp, GeometryValidityCode][] = [
  [/^ring self-intersection$/i, 'geometry_ring_self_intersection'],
  [/^self-intersection$/i, 'geometry_self_intersection'],
  [/^hole lies outside shell$/i, 'geometry_hole_outside_shell'],
  [/^nested holes$/i, 'geometry_nested_holes'],
  [/^nested shells$/i, 'geometry_nested_shells'],
  [/^interior is disconnected$/i, 'geometry_interior_disconnected'],
  [/^too few points/i, 'geometry_too_few_points'],
]

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`
const WITH_POINT = new RegExp(String.raw`^(.*?)\s*\[\s*(${NUMBER})\s+(${NUMBER})(?:\s+${NUMBER})?\s*\]\s*$`)

/** "Self-intersection[120.041 30.949]" → `{code: 'geometry_self_intersection', at: [120.041, 30.949]}`. */
export function validityRefusal(reason: string): RefusalOf<GeometryValidityCode> {
  const match = WITH_POINT.exec(reason.trim())
  const text = (match ? match[1] : reason).trim()
  const at: RefusalPosition | undefined = match ? [Number(match[2]), Number(match[3])] : undefined
  const code = BY_REASON.find(([re]) => re.test(text))?.[1] ?? 'geometry_invalid'
  return { code, ...(at && at.every(Number.isFinite) ? { at } : {}) }
}
