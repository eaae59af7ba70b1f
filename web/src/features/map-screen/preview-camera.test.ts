import { describe, expect, it } from 'vitest'
import { drawsPreview, PREVIEW_MAX_ZOOM, previewCameraFor } from './preview-camera'

describe('the picture of the map before MapLibre', () => {
  const box = [118.02, 27.04, 122.95, 31.18] as [number, number, number, number]
  const padding = { left: 250 }

  it('is drawn where the map opens: the default box, or the address’s view', () => {
    expect(previewCameraFor({ view: null, selection: null }, box, padding)).toEqual({ bbox: box, padding })
    const view = { center: [120.1, 30.2] as [number, number], zoom: 8 }
    expect(previewCameraFor({ view, selection: null }, box, padding)).toEqual({ view })
  })

  it('is not drawn where its simplified outlines would be visibly off, or where the place is not yet known', () => {
    const deep = { center: [120.1, 30.2] as [number, number], zoom: PREVIEW_MAX_ZOOM + 0.5 }
    expect(previewCameraFor({ view: deep, selection: null }, box, padding)).toBeNull()
    expect(
      previewCameraFor({ view: null, selection: { kind: 'county', code: '330522' } }, box, padding),
    ).toBeNull()
  })

  it('is known to be drawn or not from the address alone, before any route’s code (app.tsx asks its outlines then)', () => {
    const view = (zoom: number) => ({ center: [120.1, 30.2] as [number, number], zoom })
    expect(drawsPreview({ view: null, selection: null })).toBe(true)
    expect(drawsPreview({ view: view(PREVIEW_MAX_ZOOM), selection: null })).toBe(true)
    expect(drawsPreview({ view: view(PREVIEW_MAX_ZOOM + 0.5), selection: null })).toBe(false)
    expect(drawsPreview({ view: null, selection: { kind: 'mine', id: 7 } })).toBe(false)
    expect(drawsPreview({ view: view(8), selection: { kind: 'mine', id: 7 } })).toBe(true)
  })
})
