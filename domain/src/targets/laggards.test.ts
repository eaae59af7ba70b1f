import { describe, expect, it } from 'vitest'
import { laggards, type LaggardInput } from './laggards'

const row = (
  code: string,
  level: 'city' | 'county',
  inDirectory: number,
  mandatory: number,
  shortfall: number,
): LaggardInput => ({
  code,
  level,
  parentCode: level === 'county' ? `${code.slice(0, 4)}00` : '330000',
  mandatory,
  inDirectory,
  rate: mandatory ? inDirectory / mandatory : null,
  target: { kind: 'rate', value: 0.85 },
  status: shortfall > 0 ? 'behind' : 'met',
  shortfall,
})

describe('laggards (§3 targets)', () => {
  it('lists cities and counties behind the target, most mines short first, with the points missing', () => {
    const list = laggards(
      [
        row('330522', 'county', 10, 20, 7),
        row('330523', 'county', 17, 20, 0),
        row('330102', 'county', 8, 10, 1),
      ],
      [row('330500', 'city', 27, 40, 7)],
    )
    expect(list.map((l) => [l.row.code, l.shortfallMines])).toEqual([
      ['330500', 7],
      ['330522', 7],
      ['330102', 1],
    ])
    expect(list[1]!.shortfallPoints).toBeCloseTo(35)
    expect(list[2]!.shortfallPoints).toBeCloseTo(5)
  })
  it('leaves out regions that met the target or have none', () => {
    expect(
      laggards([{ ...row('330522', 'county', 0, 0, 0), status: 'no_target', target: null }], []),
    ).toEqual([])
  })
})
