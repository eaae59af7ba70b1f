// A mine's drawing in metres around its location: the footprint (pit or surface site), the licence
// polygon containing it, and restoration (生态修复) and reclamation (土地复垦) areas inside or beside it.
import type { SeededRandom } from '@zgm/domain'
import type { AreaShape } from './builder'
import {
  annularSector,
  blobRing,
  licenceRing,
  maxRadius,
  planarArea,
  quarryRing,
  rayRadius,
  scaledRing,
  type XY,
} from './geometry'
import type { MineralKind } from './minerals'

export interface MineShapes {
  footprint: XY[]
  licence: XY[]
  areas: AreaShape[]
  /** Every vertex lies within this distance of the mine (m). */
  radius: number
}

const COMPASS = ['东', '东北', '北', '西北', '西', '西南', '南', '东南']

function sideOf(ring: readonly XY[], from: number, count: number): string {
  let x = 0
  let y = 0
  for (let k = 0; k < count; k++) {
    const p = ring[(from + k) % ring.length]!
    x += p[0]
    y += p[1]
  }
  const sector = Math.round(Math.atan2(y, x) / (Math.PI / 4))
  return COMPASS[((sector % 8) + 8) % 8]!
}

/** A blob beside the footprint in direction `phi`, `gap` metres off its rim. */
function besideFootprint(rng: SeededRandom, footprint: readonly XY[], phi: number, areaM2: number): XY[] {
  const radius = Math.sqrt(areaM2 / Math.PI)
  const distance = rayRadius(footprint, phi) + rng.float(5, 60) + radius
  return blobRing(rng, [distance * Math.cos(phi), distance * Math.sin(phi)], radius)
}

function openPitAreas(rng: SeededRandom, footprint: XY[]): AreaShape[] {
  const n = footprint.length
  const fpArea = planarArea(footprint)
  const areas: AreaShape[] = []
  const first = rng.int(0, n - 1)
  const span1 = Math.round(n * rng.float(0.35, 0.5))
  areas.push({
    kind: 'restoration',
    name: `${sideOf(footprint, first, span1)}侧边坡生态修复`,
    damage: 'excavated',
    landClass: rng.pick(['0301', '0305', '0305', '0404']),
    ring: annularSector(footprint, first, span1, 0.5, 0.93),
  })
  if (rng.chance(0.5)) {
    const from = first + span1 + 1
    const span2 = Math.min(n - span1 - 2, Math.round(n * rng.float(0.25, 0.35)))
    if (span2 >= 3) {
      areas.push({
        kind: 'restoration',
        name: `${sideOf(footprint, from, span2)}侧采场平台复绿`,
        damage: 'excavated',
        landClass: rng.pick(['0305', '0404', '0301']),
        ring: annularSector(footprint, from, span2, 0.5, 0.93),
      })
    }
  }
  const dumpAt = rng.float(0, 2 * Math.PI)
  const pond = rng.chance(0.15)
  const dump = rng.chance(0.8) || !pond
  if (dump) {
    areas.push({
      kind: 'reclamation',
      name: '排土场（废石堆场）复垦',
      damage: 'occupied',
      landClass: rng.pick(['0301', '0301', '0103', '0305']),
      ring: besideFootprint(rng, footprint, dumpAt, Math.max(2500, fpArea * rng.float(0.08, 0.22))),
    })
  }
  if (rng.chance(0.5)) {
    areas.push({
      kind: 'reclamation',
      name: '工业场地复垦',
      damage: 'occupied',
      landClass: rng.pick(['0103', '0404', '0301']),
      ring: besideFootprint(
        rng,
        footprint,
        dumpAt + rng.float(0.7, 1.3) * Math.PI,
        Math.max(2000, fpArea * rng.float(0.04, 0.1)),
      ),
    })
  }
  if (pond) {
    areas.push({
      kind: 'reclamation',
      name: '宕底蓄水复垦',
      damage: 'excavated',
      landClass: '1104',
      ring: scaledRing(footprint, 0.38),
    })
  }
  return areas
}

function undergroundAreas(rng: SeededRandom, footprint: XY[]): AreaShape[] {
  const n = footprint.length
  return [
    {
      kind: 'restoration',
      name: '废石场生态修复',
      damage: 'occupied',
      landClass: rng.pick(['0301', '0305']),
      ring: besideFootprint(
        rng,
        footprint,
        rng.float(0, 2 * Math.PI),
        planarArea(footprint) * rng.float(0.2, 0.5),
      ),
    },
    {
      kind: 'reclamation',
      name: '工业场地复垦',
      damage: 'occupied',
      landClass: rng.pick(['0103', '0404', '0301']),
      ring: annularSector(footprint, rng.int(0, n - 1), Math.round(n * rng.float(0.4, 0.6)), 0.3, 0.93),
    },
  ]
}

/** Draws a mine of `kind`: footprint of `footprintHa` hectares and its licence polygon. */
export function drawMine(
  rng: SeededRandom,
  kind: MineralKind,
  underground: boolean,
  footprintHa: number,
): MineShapes {
  const azimuth = rng.float(0, Math.PI)
  const footprint = quarryRing(
    rng,
    footprintHa * 10_000,
    underground ? rng.float(1, 1.4) : rng.float(1, 1.8),
    azimuth,
  )
  const licence = underground
    ? licenceRing(rng, footprint, azimuth, 60, rng.float(...kind.undergroundLicenceKm2) * 1e6)
    : licenceRing(rng, footprint, azimuth, kind.key === 'cement' ? rng.float(60, 200) : rng.float(25, 120))
  const areas = underground ? undergroundAreas(rng, footprint) : openPitAreas(rng, footprint)
  return { footprint, licence, areas, radius: maxRadius([footprint, licence, ...areas.map((a) => a.ring)]) }
}

/** The same drawing shrunk about the mine (for a county too small for it). */
export function shrink(shapes: MineShapes, s: number): MineShapes {
  return {
    footprint: scaledRing(shapes.footprint, s),
    licence: scaledRing(shapes.licence, s),
    areas: shapes.areas.map((a) => ({ ...a, ring: scaledRing(a.ring, s) })),
    radius: shapes.radius * s,
  }
}
