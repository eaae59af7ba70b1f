// The 89 real county-level units (data/boundaries/counties.geojson) and how mining spreads over them:
// weight by land area, few or no mines in urban districts, each county's typical mineral mix.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LngLat } from '@zgm/domain'
import { DATA_DIR } from '../reference'
import { DEFAULT_MIX, type MineralMix } from './minerals'

export interface County {
  code: string
  name: string
  /** 长兴县 → 长兴, 景宁畲族自治县 → 景宁 */
  shortName: string
  cityCode: string
  areaKm2: number
  /** Share of the county's land that is mined, relative to a rural county (0 = urban core). */
  ruralFactor: number
  mix: MineralMix
  /** Polygons → rings → positions (RFC 7946). */
  coordinates: LngLat[][][]
}

interface Profile {
  factor: number
  mix?: MineralMix
}

const CEMENT_HUZHOU: MineralMix = { cement: 0.3, limestone: 0.42, tuff: 0.28 }
const FLUORITE_SOUTH: MineralMix = { fluorite: 0.3, tuff: 0.6, granite: 0.1 }

/** Counties not listed get factor 1 and the default mix. */
const PROFILES: Record<string, Profile> = {
  // 杭州: the urban core has no quarries left; Fuyang and Jiande supply cement limestone.
  '330102': { factor: 0 },
  '330103': { factor: 0 },
  '330104': { factor: 0 },
  '330105': { factor: 0 },
  '330106': { factor: 0 },
  '330108': { factor: 0 },
  '330109': { factor: 0.55 },
  '330110': { factor: 0.6, mix: { limestone: 0.35, tuff: 0.55, granite: 0.1 } },
  '330111': { factor: 1.3, mix: { cement: 0.25, limestone: 0.25, tuff: 0.5 } },
  '330112': { factor: 0.7, mix: { tuff: 0.65, limestone: 0.3, fluorite: 0.05 } },
  '330122': { factor: 0.9, mix: { limestone: 0.3, tuff: 0.6, fluorite: 0.1 } },
  '330127': { factor: 0.35 },
  '330182': { factor: 1.1, mix: { cement: 0.3, limestone: 0.2, tuff: 0.5 } },
  // 宁波
  '330203': { factor: 0.5 },
  '330205': { factor: 0.1 },
  '330206': { factor: 0.9 },
  '330211': { factor: 0.4 },
  '330212': { factor: 0.6 },
  '330213': { factor: 0.9 },
  '330225': { factor: 1.2, mix: { tuff: 0.7, granite: 0.25, dimension_granite: 0.05 } },
  '330226': { factor: 1.1, mix: { tuff: 0.7, granite: 0.2, dimension_granite: 0.1 } },
  '330281': { factor: 0.8 },
  '330282': { factor: 0.4 },
  // 温州: 苍南 has the 矾山 alunite field; 泰顺 some pyrophyllite.
  '330302': { factor: 0.15 },
  '330303': { factor: 0.2 },
  '330304': { factor: 0.6 },
  '330305': { factor: 0.6 },
  '330326': { factor: 1 },
  '330327': { factor: 1.2, mix: { alunite: 0.15, tuff: 0.55, granite: 0.3 } },
  '330329': { factor: 0.8, mix: { pyrophyllite: 0.15, tuff: 0.75, granite: 0.1 } },
  // 嘉兴: the plain; only the hills of 海盐 and 平湖 are quarried.
  '330402': { factor: 0 },
  '330411': { factor: 0 },
  '330421': { factor: 0 },
  '330483': { factor: 0 },
  '330481': { factor: 0.1 },
  '330424': { factor: 1, mix: { tuff: 0.5, granite: 0.5 } },
  '330482': { factor: 0.8, mix: { tuff: 0.5, granite: 0.5 } },
  // 湖州: the national demonstration zone; cement limestone in 长兴, 安吉, 德清.
  '330502': { factor: 0.6, mix: { limestone: 0.5, tuff: 0.5 } },
  '330503': { factor: 0.05 },
  '330521': { factor: 1.1, mix: { cement: 0.2, limestone: 0.3, tuff: 0.5 } },
  '330522': { factor: 1.5, mix: CEMENT_HUZHOU },
  '330523': { factor: 1, mix: { cement: 0.25, limestone: 0.3, tuff: 0.45 } },
  // 绍兴: basalt in 嵊州/新昌, pyrophyllite in 上虞, lead-zinc in 诸暨.
  '330602': { factor: 0.2 },
  '330603': { factor: 0.7 },
  '330604': { factor: 0.9, mix: { tuff: 0.8, pyrophyllite: 0.1, granite: 0.1 } },
  '330624': { factor: 1, mix: { basalt: 0.3, tuff: 0.6, fluorite: 0.1 } },
  '330681': { factor: 1, mix: { tuff: 0.8, granite: 0.12, lead_zinc: 0.08 } },
  '330683': { factor: 1, mix: { basalt: 0.35, tuff: 0.65 } },
  // 金华: 武义 is China's fluorite county.
  '330702': { factor: 0.8, mix: { tuff: 0.8, fluorite: 0.1, limestone: 0.1 } },
  '330703': { factor: 0.5 },
  '330723': { factor: 1.3, mix: { fluorite: 0.45, tuff: 0.55 } },
  '330726': { factor: 0.9, mix: { tuff: 0.85, fluorite: 0.15 } },
  '330727': { factor: 0.7 },
  '330781': { factor: 1, mix: { cement: 0.15, limestone: 0.3, tuff: 0.55 } },
  '330782': { factor: 0.8, mix: { tuff: 0.85, fluorite: 0.15 } },
  '330784': { factor: 0.9, mix: { tuff: 0.8, fluorite: 0.2 } },
  // 衢州: cement limestone in 江山 and 常山.
  '330802': { factor: 0.5 },
  '330803': { factor: 1, mix: { limestone: 0.3, tuff: 0.6, fluorite: 0.1 } },
  '330822': { factor: 1.2, mix: { cement: 0.35, limestone: 0.35, tuff: 0.2, fluorite: 0.1 } },
  '330824': { factor: 0.8, mix: { tuff: 0.7, limestone: 0.3 } },
  '330825': { factor: 1, mix: { tuff: 0.8, fluorite: 0.1, granite: 0.1 } },
  '330881': { factor: 1.2, mix: { cement: 0.3, limestone: 0.3, tuff: 0.3, fluorite: 0.1 } },
  // 舟山: island quarries supplying aggregate to the Yangtze delta.
  '330902': { factor: 1.2, mix: { tuff: 0.65, granite: 0.35 } },
  '330903': { factor: 1.3, mix: { tuff: 0.65, granite: 0.35 } },
  '330921': { factor: 1.5, mix: { tuff: 0.6, granite: 0.4 } },
  '330922': { factor: 0.7, mix: { granite: 0.6, tuff: 0.4 } },
  // 台州
  '331002': { factor: 0.3 },
  '331003': { factor: 0.8 },
  '331004': { factor: 0.4 },
  '331022': { factor: 1, mix: { tuff: 0.6, granite: 0.3, dimension_granite: 0.1 } },
  '331081': { factor: 0.8, mix: { tuff: 0.7, granite: 0.2, dimension_granite: 0.1 } },
  '331083': { factor: 0.6 },
  // 丽水: fluorite in 遂昌/龙泉/松阳, pyrophyllite in 青田, zeolite in 缙云, gold at 遂昌.
  '331102': { factor: 0.8 },
  '331121': { factor: 1, mix: { pyrophyllite: 0.4, tuff: 0.6 } },
  '331122': { factor: 1, mix: { zeolite: 0.15, tuff: 0.85 } },
  '331123': { factor: 1, mix: { fluorite: 0.35, gold: 0.1, tuff: 0.55 } },
  '331124': { factor: 1, mix: { fluorite: 0.2, tuff: 0.8 } },
  '331125': { factor: 1, mix: { tuff: 0.8, kaolin: 0.2 } },
  '331126': { factor: 0.9, mix: FLUORITE_SOUTH },
  '331127': { factor: 0.9, mix: { tuff: 0.85, fluorite: 0.15 } },
  '331181': { factor: 1, mix: { fluorite: 0.3, kaolin: 0.1, tuff: 0.6 } },
}

function shortNameOf(name: string): string {
  if (name.endsWith('畲族自治县')) return name.slice(0, -5)
  return name.length > 2 ? name.slice(0, -1) : name
}

interface CountyFeature {
  properties: { code: string; name: string; cityCode: string; areaKm2: number }
  geometry: { type: 'MultiPolygon'; coordinates: LngLat[][][] }
}

let cached: County[] | undefined

/** The 89 counties with their geometry and mining profile, in code order. */
export function loadCounties(): County[] {
  if (cached) return cached
  const features: CountyFeature[] = JSON.parse(
    readFileSync(join(DATA_DIR, 'boundaries/counties.geojson'), 'utf8'),
  ).features
  cached = features
    .map((f) => {
      const p = f.properties
      const profile = PROFILES[p.code] ?? { factor: 1 }
      return {
        code: p.code,
        name: p.name,
        shortName: shortNameOf(p.name),
        cityCode: p.cityCode,
        areaKm2: p.areaKm2,
        ruralFactor: profile.factor,
        mix: profile.mix ?? DEFAULT_MIX,
        coordinates: f.geometry.coordinates,
      }
    })
    .sort((a, b) => a.code.localeCompare(b.code))
  return cached
}
