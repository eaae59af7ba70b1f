// The 618 mines of the 2017 annual report: per city exactly the annex's producing + under-construction
// counts, spread over the city's counties by land area (few or none in urban districts), each with a
// licence, an enterprise and a drawing placed inside its real county polygon.
import { area as turfArea, kinks, polygon as turfPolygon } from '@turf/turf'
import {
  addDays,
  addYears,
  PROVINCE_CODE,
  cornerPointsText,
  epsgOfZone,
  zoneOf,
  type AnnexRow,
  type IsoDate,
  type LngLat,
  type SeededRandom,
} from '@zgm/domain'
import { stamp, type Builder, type DemoMine, type Renewal, DEMO_COUNTY } from './builder'
import { onOrBeforeWorkingDay } from './calendar'
import type { County } from './counties'
import { CountyPlacer, frameAt, ringToLngLat } from './geometry'
import { MINERALS, type MineralKey, type MineralKind } from './minerals'
import { enterpriseName, personName, placeName } from './names'
import { cityBureauName, provinceIssuer } from './organizations'
import { LAGGARDS } from './plan'
import { drawMine, shrink } from './shapes'
import type { LicenceRow, MultiPolygonGeom, OrganizationRow } from './types'

/** Largest-remainder split of `total` over counties by weight. */
function allocate(
  rng: SeededRandom,
  total: number,
  counties: readonly County[],
  bonus: (c: County) => number,
): Map<string, number> {
  const weights = counties.map((c) => c.areaKm2 * c.ruralFactor * bonus(c) * rng.float(0.75, 1.25))
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (total * w) / sum)
  const counts = exact.map(Math.floor)
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r)
  const missing = total - counts.reduce((a, b) => a + b, 0)
  for (let k = 0; k < missing; k++) counts[order[k]!.i]! += 1
  return new Map(counties.map((c, i) => [c.code, counts[i]!]))
}

function randomDate(rng: SeededRandom, from: IsoDate, to: IsoDate): IsoDate {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
  return addDays(from, rng.int(0, Math.max(0, span)))
}

const endOfTerm = (from: IsoDate, years: number) => addDays(addYears(from, years), -1)

function niceScale(rng: SeededRandom, kind: MineralKind): number {
  const [min, max] = kind.scale
  const raw = min * (max / min) ** (rng.next() ** 1.3)
  return raw >= 20 ? Math.round(raw / 5) * 5 : Math.round(raw * 2) / 2
}

function geom(ring: LngLat[]): MultiPolygonGeom {
  const poly = turfPolygon([ring])
  if (kinks(poly).features.length > 0) throw new Error('demo generator drew a self-intersecting polygon')
  return { type: 'MultiPolygon', coordinates: [[ring]] }
}

interface Term {
  validFrom: IsoDate
  validTo: IsoDate
  renewal: Renewal | null
}

/** The mining-right term; a fifth of older terms run out during the programme and are renewed. */
function licenceTerm(
  rng: SeededRandom,
  isNew: boolean,
  exempt: 'no' | 'closing' | 'late',
  needsLongTerm: boolean,
): Term {
  if (exempt !== 'no') {
    // Exempt-bound: ≤ 1 year left and no sand equipment; the licence lapses and the mine closes.
    const validTo =
      exempt === 'late'
        ? randomDate(rng, '2021-01-04', '2021-09-30')
        : randomDate(rng, '2018-07-31', '2020-12-18')
    const years = Math.max(rng.int(3, 8), Number(validTo.slice(0, 4)) - 2016)
    return { validFrom: addYears(addDays(validTo, 1), -years), validTo, renewal: null }
  }
  const years = rng.pick([5, 5, 8, 10, 10])
  let validFrom: IsoDate
  if (isNew) validFrom = randomDate(rng, '2016-01-04', '2017-12-15')
  else if (rng.chance(0.2))
    validFrom = addDays(addYears(randomDate(rng, '2018-03-01', '2021-01-31'), -years), 1)
  else validFrom = randomDate(rng, addYears('2021-06-01', -years), '2017-11-30')
  let validTo = endOfTerm(validFrom, years)
  if (validTo <= '2021-01-31') {
    const on = onOrBeforeWorkingDay(addDays(validTo, -rng.int(15, 75)))
    const renewedFrom = addDays(validTo, 1)
    let renewedTo = endOfTerm(renewedFrom, rng.int(3, 10))
    if (needsLongTerm && renewedTo < '2022-03-01') renewedTo = endOfTerm(renewedFrom, 5)
    return {
      validFrom: renewedFrom,
      validTo: renewedTo,
      renewal: {
        on: on < '2018-01-15' ? '2018-01-15' : on,
        previousValidFrom: validFrom,
        previousValidTo: validTo,
        validFrom: renewedFrom,
        validTo: renewedTo,
      },
    }
  }
  // An open-pit mine without sand equipment with ≤ 1 year left would leave the scope; only exempt-bound ones do.
  if (needsLongTerm) while (validTo < '2022-03-01') validTo = endOfTerm(validFrom, years + rng.int(2, 5))
  return { validFrom, validTo, renewal: null }
}

function issuerOf(
  kind: MineralKind,
  scale: number,
  cityName: string,
  on: IsoDate,
): { issuer: string; region: string } {
  const provincial = ['cement', 'gold', 'lead_zinc', 'alunite'].includes(kind.key) || scale >= 200
  return provincial
    ? { issuer: provinceIssuer(on).split('、')[0]!, region: PROVINCE_CODE }
    : { issuer: cityBureauName(cityName, on), region: '' }
}

export function addMines(b: Builder, annex: readonly AnnexRow[], counties: readonly County[]): void {
  const rng = b.rng.fork('mines')
  for (const city of annex) {
    const inCity = counties.filter((c) => c.cityCode === city.cityCode && c.ruralFactor > 0)
    const producing = allocate(rng, city.producing2017, inCity, () => 1)
    const building = allocate(rng, city.underConstruction2017, inCity, () => 1)
    for (const county of inCity) {
      const total = producing.get(county.code)! + building.get(county.code)!
      let previous: DemoMine | undefined
      for (let i = 0; i < total; i++) {
        const isNew = i >= producing.get(county.code)!
        // A few enterprises run two mines; the demo enterprise in 长兴 does.
        const demoPair = county.code === DEMO_COUNTY && i === 1
        previous = addMine(b, rng, {
          county,
          cityName: city.cityName,
          isNew,
          previous,
          demoPair,
          laggardCity: city.cityCode in LAGGARDS,
        })
      }
    }
  }
}

interface MineSpec {
  county: County
  cityName: string
  /** 筹建: under construction when counted (2017), or licensed later. */
  isNew: boolean
  previous: DemoMine | undefined
  /** Shares the previous mine's enterprise (the demo enterprise's second mine). */
  demoPair: boolean
  laggardCity: boolean
  /** A mine licensed after the 2017 baseline: its licence is issued on this day. */
  licensedOn?: IsoDate
  /** The enterprise that wins the new mining right, if already known. */
  enterprise?: OrganizationRow
}

/** Reuses the county's placer and names so that later mines keep clear of earlier ones. */
function placerOf(b: Builder, county: County): CountyPlacer {
  let placer = b.placers.get(county.code)
  if (!placer) {
    placer = new CountyPlacer(county)
    b.placers.set(county.code, placer)
  }
  return placer
}

function newEnterprise(b: Builder, rng: SeededRandom, county: County, kind: MineralKind): OrganizationRow {
  const id = b.nextId('organization')
  const enterprise: OrganizationRow = {
    id,
    kind: 'enterprise',
    name: enterpriseName(rng, county.shortName, rng.pick(kind.enterpriseSuffixes), b.enterpriseNames),
    credit_code: `DEMO-EN-${String(id).padStart(4, '0')}`,
    region_code: county.code,
    is_demo: true,
  }
  b.tables.organization.push(enterprise)
  b.enterprises.set(id, {
    org: enterprise,
    legalRepresentative: personName(rng),
    mineManager: personName(rng),
  })
  return enterprise
}

/** One mine with its licence, enterprise and drawing, placed inside its county. */
export function addMine(b: Builder, rng: SeededRandom, spec: MineSpec): DemoMine {
  const { county, isNew, previous, demoPair } = spec
  const placer = placerOf(b, county)
  const names = b.placeNames.get(county.code) ?? new Set<string>()
  b.placeNames.set(county.code, names)
  // Open-pit aggregate producers that will leave the scope (§2 exemption): a few dozen province-wide.
  const exemptShare = 31 / 526
  const kind = MINERALS[rng.weighted(Object.keys(county.mix) as MineralKey[], (k) => county.mix[k] ?? 0)]
  const underground = rng.chance(kind.undergroundShare)
  const scale = niceScale(rng, kind)
  const exemptBound = !isNew && !underground && kind.sector === '砂石' && rng.chance(exemptShare * 1.25)
  const sand = !exemptBound && !underground && rng.chance(kind.sandEquipmentShare)
  const [haMin, haMax] = kind.footprintHa
  const size = Math.log(scale / kind.scale[0]) / Math.log(kind.scale[1] / kind.scale[0])
  const ha = haMin + (haMax - haMin) * Math.min(1, 0.75 * size + 0.25 * rng.next())
  let shapes = drawMine(rng, kind, underground, ha)
  let at: LngLat | null = null
  for (let attempt = 0; attempt < 8 && !at; attempt++) {
    at = placer.place(rng, shapes.radius)
    if (!at) shapes = shrink(shapes, 0.8)
  }
  if (!at) throw new Error(`no room for a mine in ${county.name}`)

  const place = placeName(rng, names)
  const mineName = `${county.name}${place}${kind.nameLabel}矿`
  const share = previous && (demoPair || (previous.kind.sector === kind.sector && rng.chance(0.08)))
  const enterprise =
    spec.enterprise ?? (share ? previous!.enterprise : undefined) ?? newEnterprise(b, rng, county, kind)
  if (demoPair) b.demoEnterpriseId = enterprise.id

  // Only the laggard cities keep a few exempt mines producing past 2020 (they never count as 应建 then).
  const exempt = !exemptBound ? 'no' : spec.laggardCity && rng.chance(0.4) ? 'late' : 'closing'
  const term = spec.licensedOn
    ? newTerm(rng, spec.licensedOn)
    : licenceTerm(rng, isNew, exempt, !underground && !sand)
  const statusOn = term.renewal?.on ?? term.validFrom
  const transferred = !isNew && !term.renewal && rng.chance(0.05)
  const { issuer, region } = issuerOf(kind, scale, spec.cityName, statusOn)
  const frame = frameAt(at)
  const licenceRing = ringToLngLat(frame, shapes.licence)
  const zone = zoneOf(at[0])
  const top = Math.round(rng.float(...kind.topElevation))
  const bottom = underground ? top - rng.int(200, 480) : Math.max(-30, top - rng.int(60, 260))
  const mineId = b.nextId('mine')
  const licenceId = b.nextId('licence')
  const issued = transferred ? randomDate(rng, '2014-01-01', '2017-10-31') : statusOn
  const licence: LicenceRow = {
    id: licenceId,
    licence_no: `C${region || county.cityCode}${issued.slice(0, 4)}${issued.slice(5, 7)}11${String(licenceId).padStart(4, '0')}${rng.int(1000, 9999)}`,
    holder_id: enterprise.id,
    holder_name: enterprise.name,
    mine_name: mineName,
    minerals: [...kind.licenceMinerals],
    mining_method: underground ? 'underground' : 'open_pit',
    scale_10kt_per_year: scale,
    declared_area_km2: Math.round(turfArea(turfPolygon([licenceRing])) / 100) / 10_000,
    elevation_top_m: top,
    elevation_bottom_m: bottom,
    valid_from: term.validFrom,
    valid_to: term.validTo,
    issuer,
    status: transferred ? 'transferred' : 'registered',
    status_on: issued,
    source_crs: epsgOfZone(zone),
    corner_points_text: cornerPointsText(licenceRing, zone),
    geom: geom(licenceRing),
    is_demo: true,
    created_at: stamp(issued < '2018-01-01' ? '2018-01-02' : issued),
  }
  b.tables.licence.push(licence)
  const mine: DemoMine = {
    row: {
      id: mineId,
      licence_id: licenceId,
      enterprise_id: enterprise.id,
      name: mineName,
      county_code: county.code,
      mineral: kind.mineral,
      sector: kind.sector,
      mining_method: underground ? 'underground' : 'open_pit',
      ops_status: isNew ? 'construction' : 'producing',
      green_state: 'building',
      production_start: null,
      has_sand_equipment: sand,
      location: { type: 'Point', coordinates: at },
      is_demo: true,
      updated_at: stamp(spec.licensedOn ?? '2018-01-01'),
    },
    licence,
    county,
    cityCode: county.cityCode,
    kind,
    enterprise,
    isNew,
    exemptBound,
    renewals: term.renewal ? [term.renewal] : [],
    registeredOn: spec.licensedOn ?? null,
    footprint: shapes.footprint,
    areas: shapes.areas,
    productionStart: null,
    closeOn: null,
    closeReason: null,
    slow: false,
    batch: null,
    enteredOn: null,
    removedOn: null,
  }
  b.tables.mine.push(mine.row)
  b.mines.push(mine)
  return mine
}

/** A new mining right (出让) granted on `on`: a 10-year term for a quarry built from scratch. */
function newTerm(rng: SeededRandom, on: IsoDate): Term {
  return { validFrom: on, validTo: endOfTerm(on, rng.pick([8, 10, 10, 12])), renewal: null }
}

/** A closed lon/lat ring of one of a mine's metric rings. */
export function mineRing(m: DemoMine, ring: Parameters<typeof ringToLngLat>[1]): LngLat[] {
  return ringToLngLat(frameAt(m.row.location.coordinates), ring)
}

export { geom as polygonGeom }
