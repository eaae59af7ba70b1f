// Choropleth colours and legend labels for the target classes; the classes themselves (a county's
// entry rate against the rate its year's target asks for) are a domain rule: targets/target-class.
import type { ClassedRow as DomainClassedRow, RateClass } from '@zgm/domain'
import type { StatsRow } from '../api/schemas'
import type { MessageKey } from '../i18n/dict'

/** A statistics row with its class. */
export type ClassedRow = DomainClassedRow<StatsRow>

type Rgb = [r: number, g: number, b: number]

/** Green for met, through amber, to red for far behind; greys for "not applicable". */
export const RATE_CLASS_COLORS: Readonly<Record<RateClass, Rgb>> = {
  met: [26, 152, 80],
  within10: [145, 207, 96],
  within25: [253, 174, 97],
  below: [215, 48, 39],
  noTarget: [176, 190, 204],
  noMandatory: [236, 236, 236],
}

export const RATE_CLASS_LABELS: Readonly<Record<RateClass, MessageKey>> = {
  met: 'clsMet',
  within10: 'clsWithin10',
  within25: 'clsWithin25',
  below: 'clsBelow',
  noTarget: 'clsNoTarget',
  noMandatory: 'clsNoMandatory',
}

export const rgbCss = ([r, g, b]: Rgb, alpha = 1) =>
  alpha === 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`

/** The median of the defined values (null when there are none). */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const xs = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b)
  if (xs.length === 0) return null
  const mid = xs.length >> 1
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2
}
