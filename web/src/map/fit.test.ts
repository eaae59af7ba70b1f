import { describe, expect, it } from 'vitest'
import { fitPadding, fitTransform, viewTransform, worldPx } from './fit'

describe('where the map looks before it exists', () => {
  const zhejiang = [118.02, 27.04, 122.95, 31.18] as const

  it('projects to the zoom-0 world of 512-px tiles, y down', () => {
    expect(worldPx(0, 0)).toEqual([256, 256])
    expect(worldPx(-180, 0)[0]).toBe(0)
    expect(worldPx(120, 30)[1]).toBeLessThan(256)
    expect(worldPx(120, 30)[1]).toBeCloseTo(256 - (256 / Math.PI) * Math.log(Math.tan(Math.PI / 3)), 9)
  })

  it('fits a box in the padded area, centred there, touching one pair of sides', () => {
    const pad = fitPadding({ left: 250, bottom: 100 })
    expect(pad).toEqual({ top: 40, right: 40, bottom: 100, left: 250 })
    const t = fitTransform([...zhejiang], pad, 1440, 900)
    const [x0, y1] = worldPx(zhejiang[0], zhejiang[1])
    const [x1, y0] = worldPx(zhejiang[2], zhejiang[3])
    const screen = (x: number, y: number) => [x * t.scale + t.x, y * t.scale + t.y]
    const [left, top] = screen(x0, y0)
    const [right, bottom] = screen(x1, y1)
    expect(left).toBeGreaterThanOrEqual(250 - 1e-6)
    expect(right).toBeLessThanOrEqual(1440 - 40 + 1e-6)
    expect(top).toBeGreaterThanOrEqual(40 - 1e-6)
    expect(bottom).toBeLessThanOrEqual(900 - 100 + 1e-6)
    // The height decides here (a wide screen): the box spans the padded height exactly.
    expect(bottom - top).toBeCloseTo(900 - 40 - 100, 6)
    expect((left + right) / 2).toBeCloseTo(250 + (1440 - 250 - 40) / 2, 6)
  })

  it('stops at the deepest zoom a fit may take', () => {
    const t = fitTransform([120, 30, 120.0001, 30.0001], fitPadding(), 800, 600)
    expect(t.scale).toBe(2 ** 12)
  })

  it('puts a view’s centre in the middle of the map at 2^zoom', () => {
    const t = viewTransform([120.4, 29.1], 6.5, 1000, 700)
    const [cx, cy] = worldPx(120.4, 29.1)
    expect(cx * t.scale + t.x).toBeCloseTo(500, 9)
    expect(cy * t.scale + t.y).toBeCloseTo(350, 9)
    expect(t.scale).toBeCloseTo(2 ** 6.5, 12)
  })
})
