import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYERS, decodeUrlState, encodeUrlState, type UrlState } from './url-state'

const TODAY = '2026-11-28'

describe('permalink state', () => {
  it('round-trips view, layers, date and selection', () => {
    const state: UrlState = {
      view: { center: [119.9123, 30.8456], zoom: 9.25 },
      layers: ['counties', 'mines'],
      asOf: '2019-06-30',
      selection: { kind: 'county', code: '330522' },
    }
    const search = encodeUrlState(state)
    expect(search).toBe('v=119.9123,30.8456,9.25&d=2019-06-30&l=cnt,mine&s=county:330522')
    expect(decodeUrlState(`?${search}`, TODAY)).toEqual(state)
  })

  it('round-trips a mine and a city selection', () => {
    for (const selection of [{ kind: 'mine', id: 42 } as const, { kind: 'city', code: '330500' } as const]) {
      const state: UrlState = { view: null, layers: DEFAULT_LAYERS, asOf: null, selection }
      expect(decodeUrlState(encodeUrlState(state), TODAY)).toEqual(state)
    }
  })

  it('leaves defaults out of the link', () => {
    expect(encodeUrlState({ view: null, layers: DEFAULT_LAYERS, asOf: null, selection: null })).toBe('')
  })

  it('falls back to defaults for anything invalid', () => {
    const state = decodeUrlState('v=500,30,7&d=2017-05-01&l=cnt,bogus&s=county:999999', TODAY)
    expect(state).toEqual({ view: null, layers: ['counties'], asOf: null, selection: null })
    expect(decodeUrlState('d=2019-02-30', TODAY).asOf).toBeNull()
    expect(decodeUrlState('d=2027-01-01', TODAY).asOf).toBeNull()
    expect(decodeUrlState('s=mine:abc', TODAY).selection).toBeNull()
    expect(decodeUrlState('s=city:330522', TODAY).selection).toBeNull()
  })

  it('rounds the view so links stay short', () => {
    const search = encodeUrlState({
      view: { center: [120.123456789, 29.987654321], zoom: 7.123456 },
      layers: DEFAULT_LAYERS,
      asOf: null,
      selection: null,
    })
    expect(search).toBe('v=120.1235,29.9877,7.12')
  })
})
