// Pure pieces of the spot-check desk: the seed made in the browser (only its hash leaves it), which
// published draws concern a county, and the county's rectification orders with their clocks.
import { daysBetween, regionContains, sha256Hex, type IsoDate } from '@zgm/domain'
import type { PublicDraw, SpotCheckResult } from './sanctions-queries'

/** A fresh seed: 32 random bytes from the browser's CSPRNG, as hex. */
export function newSeed(): string {
  return [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The commitment sent to the server: the seed's SHA-256, the one the reveal is checked against. */
export const seedHashOf = (seed: string): string => sha256Hex(seed)

/** The small text file the bureau keeps until the reveal. */
export function seedFile(args: {
  regionCode: string
  period: string
  seed: string
  seedHash: string
}): string {
  return [
    `# 双随机抽查种子 / spot-check seed — ${args.regionCode} ${args.period}`,
    '# 揭示时原样提交 / send exactly this at the reveal',
    `seed=${args.seed}`,
    `sha256=${args.seedHash}`,
    '',
  ].join('\n')
}

/** The period a date falls in, as a half-year (`2026-H2`). */
export function halfYearOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`
}

/** Draws of the county itself, or of a city/province region that holds it. */
export function drawsFor(draws: readonly PublicDraw[], county: string): PublicDraw[] {
  return draws.filter((d) => regionContains(county, d.regionCode) || regionContains(d.regionCode, county))
}

export type OrderStage = 'open' | 'recheck_passed' | 'removal_proposed' | 'removed'

export interface RectificationOrder {
  drawId: number
  result: SpotCheckResult
  deadline: IsoDate
  stage: OrderStage
  /** Days from today to the deadline while the order is open; negative once overdue. */
  daysLeft: number | null
}

function stageOf(r: SpotCheckResult): OrderStage {
  if (r.removed) return 'removed'
  if (r.recheckPassed === true) return 'recheck_passed'
  if (r.recheckPassed === false) return 'removal_proposed'
  return 'open'
}

/** The declined checks on the county's mines, open ones first, soonest deadline first. */
export function rectificationOrders(
  draws: readonly PublicDraw[],
  countyMineIds: ReadonlySet<number>,
  today: IsoDate,
): RectificationOrder[] {
  const orders = draws.flatMap((d) =>
    d.results
      .filter((r) => r.result === 'declined' && r.rectificationDeadline && countyMineIds.has(r.mineId))
      .map((r): RectificationOrder => {
        const stage = stageOf(r)
        const deadline = r.rectificationDeadline!
        return {
          drawId: d.id,
          result: r,
          deadline,
          stage,
          daysLeft: stage === 'open' ? daysBetween(today, deadline) : null,
        }
      }),
  )
  const rank = (o: RectificationOrder) => (o.stage === 'open' ? 0 : o.stage === 'removal_proposed' ? 1 : 2)
  return orders.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 0 ? a.deadline.localeCompare(b.deadline) : b.deadline.localeCompare(a.deadline)),
  )
}
