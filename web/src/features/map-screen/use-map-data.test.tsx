import { afterEach, describe, expect, it } from 'vitest'
import type { IsoDate, MapMine, StatsResponse } from '../../api/schemas'
import { renderHook, until } from '../../testing/render'
import type { MapDataSource } from './data-source'
import { useMapData } from './use-map-data'

const statsFor = (asOf: IsoDate, inDirectory: number): StatsResponse => ({
  asOf,
  knownAt: null,
  targetYear: 2020,
  policyId: 'ZJ-2018',
  rows: [
    {
      code: '330522',
      level: 'county',
      parentCode: '330500',
      name: '长兴县',
      nameEn: 'Changxing',
      mandatory: 10,
      inDirectory,
      inDirectoryTotal: inDirectory,
      rate: inDirectory / 10,
      target: null,
      status: 'no_target',
      shortfall: 0,
    },
  ],
})

/** A source whose answers wait until the test releases each date. */
function heldSource() {
  const waiting = new Map<IsoDate, (() => void)[]>()
  const opened = new Set<IsoDate>()
  const wait = (asOf: IsoDate) =>
    opened.has(asOf)
      ? Promise.resolve()
      : new Promise<void>((r) => waiting.set(asOf, [...(waiting.get(asOf) ?? []), r]))
  const release = (asOf: IsoDate) => {
    opened.add(asOf)
    for (const r of waiting.get(asOf) ?? []) r()
  }
  const count = (asOf: IsoDate) => Number(asOf.slice(0, 4)) - 2017
  const source: MapDataSource = {
    mode: 'public',
    scope: ['test'],
    stats: (level, asOf) => ({
      queryKey: ['test', 'stats', level, asOf],
      queryFn: async () => (await wait(asOf), statsFor(asOf, count(asOf))),
    }),
    mines: (asOf) => ({
      queryKey: ['test', 'mines', asOf],
      queryFn: async () => {
        await wait(asOf)
        return Array.from({ length: count(asOf) }, (_, id): MapMine => ({
          id,
          name: `m${id}`,
          lng: 119.9,
          lat: 31,
          countyCode: '330522',
        }))
      },
    }),
    search: () => ({ queryKey: ['test', 'search'], queryFn: async () => [] }),
  }
  return { source, release }
}

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('useMapData', () => {
  it('keeps the previous date’s figures, label and mines together until the next date has all of them', async () => {
    const { source, release } = heldSource()
    const view = await renderHook((asOf: IsoDate) => useMapData(source, asOf), '2019-12-31')
    cleanup = view.unmount
    release('2019-12-31')
    await until(() => expect(view.result.current.shownAsOf).toBe('2019-12-31'))
    expect(view.result.current.counties[0]!.inDirectory).toBe(2)
    expect(view.result.current.mines).toHaveLength(2)
    expect(view.result.current.loading).toBe(false)

    await view.rerender('2020-12-31')
    // Past the debounce, the next date is being fetched: the screen still shows 2019 throughout.
    await until(() => expect(view.result.current.loading).toBe(true))
    await new Promise((r) => setTimeout(r, 300))
    const during = view.result.current
    expect([during.shownAsOf, during.counties[0]!.inDirectory, during.mines.length]).toEqual([
      '2019-12-31',
      2,
      2,
    ])
    expect(during.classes.get('330522')?.row.inDirectory).toBe(2)

    release('2020-12-31')
    await until(() => expect(view.result.current.shownAsOf).toBe('2020-12-31'))
    const after = view.result.current
    expect([after.counties[0]!.inDirectory, after.mines.length, after.loading]).toEqual([3, 3, false])
  })

  it('waits while not enabled (the boundaries are drawn first)', async () => {
    const { source, release } = heldSource()
    release('2020-12-31')
    const view = await renderHook((on: boolean) => useMapData(source, '2020-12-31', on), false)
    cleanup = view.unmount
    await new Promise((r) => setTimeout(r, 300))
    expect(view.result.current).toMatchObject({ shownAsOf: null, loading: true })
    await view.rerender(true)
    await until(() => expect(view.result.current.shownAsOf).toBe('2020-12-31'))
  })
})
