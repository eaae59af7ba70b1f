// A read-only window into the app for end-to-end tests (and curious developers): window.__zgm.
import type { RateClass } from '@zgm/domain'
import { perfMarks } from './perf'

export interface ZgmHook {
  route: string
  /** The data for `asOf` is on the map and the map has gone idle. */
  ready: boolean
  asOf: string
  countyClasses: Map<string, RateClass>
  mineCount: number
  marks(): Record<string, number>
  /** The planner's editor: loaded, parts drawn, live problems, the other shape in a conflict, version. */
  editor?: {
    ready: boolean
    parts: number
    problems: string[]
    theirs: number
    version: number
    /** What is drawn, as it would be sent. */
    geometry: unknown
  }
  /** The style layers an area (by id) is drawn with on screen right now (planner's map). */
  areaLayers?(areaId: number): string[]
  /** Where a lng/lat is on the page, in CSS pixels (for mouse-driven tests). */
  toScreen?(lngLat: [number, number]): [x: number, y: number]
}

declare global {
  interface Window {
    __zgm?: ZgmHook
  }
}

export function publishHook(patch: Partial<ZgmHook>): void {
  const current: ZgmHook = window.__zgm ?? {
    route: '',
    ready: false,
    asOf: '',
    countyClasses: new Map(),
    mineCount: 0,
    marks: perfMarks,
  }
  window.__zgm = { ...current, ...patch }
}
