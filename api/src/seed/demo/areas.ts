// mine_area rows: each mine's footprint and its restoration (生态修复) and reclamation (土地复垦) areas,
// with progress that follows the mine's history (done by the time it entered the directory, under way
// while it was being built, planned before), geodesic areas (turf) and a version trail.
import { area as turfArea, polygon as turfPolygon } from '@turf/turf'
import { addDays, type IsoDate } from '@zgm/domain'
import { DEMO_COUNTY, USER_IDS, stamp, type Builder, type DemoMine } from './builder'
import { maxDate, onOrBeforeWorkingDay, workingDayBetween } from './calendar'
import { mineRing, polygonGeom } from './mines'
import type { MineAreaRow } from './types'

type Progress = MineAreaRow['progress']

function progressFor(
  b: Builder,
  m: DemoMine,
  index: number,
  firstSubmission: IsoDate | undefined,
): [Progress, IsoDate | null] {
  const rng = b.rng.fork(`area-progress/${m.row.id}/${index}`)
  if (m.closeOn) return [rng.chance(0.5) ? 'completed' : 'in_progress', m.closeOn]
  if (m.enteredOn && m.enteredOn < b.today) {
    const doneBy = onOrBeforeWorkingDay(addDays(m.enteredOn, -rng.int(60, 200)))
    if (index === 0 || rng.chance(m.enteredOn < '2019-07-01' ? 0.6 : 0.35)) return ['completed', doneBy]
    return ['in_progress', doneBy]
  }
  if (firstSubmission)
    return [
      index === 0 && rng.chance(0.5) ? 'completed' : 'in_progress',
      addDays(firstSubmission, -rng.int(30, 120)),
    ]
  if (m.row.ops_status === 'construction') return ['planned', null]
  const from = maxDate('2019-03-01', addDays(m.registeredOn ?? '2017-12-31', 60))
  return rng.chance(0.6) && from < addDays(b.today, -10)
    ? ['in_progress', workingDayBetween(rng, from, addDays(b.today, -10))]
    : ['planned', null]
}

export function addAreas(b: Builder): void {
  const firstSubmission = new Map<number, IsoDate>()
  for (const sa of b.tables.self_assessment) {
    const seen = firstSubmission.get(sa.mine_id)
    if (!seen || sa.received_on < seen) firstSubmission.set(sa.mine_id, sa.received_on)
  }
  for (const m of b.mines) {
    const rng = b.rng.fork(`areas/${m.row.id}`)
    // The plan (矿山地质环境保护与土地复垦方案) is approved with the licence, or in 2017 for older mines.
    const planned =
      m.licence.valid_from > '2017-01-01' && m.isNew
        ? m.licence.valid_from
        : workingDayBetween(rng, '2017-03-01', '2017-12-20')
    const planner = m.row.county_code === DEMO_COUNTY ? USER_IDS.planner : null
    const shapes = [
      {
        kind: 'footprint' as const,
        name: m.row.mining_method === 'open_pit' ? '露天采场' : '工业场地（井口及地面设施）',
        damage: null,
        landClass: null,
        ring: m.footprint,
      },
      ...m.areas,
    ]
    shapes.forEach((shape, index) => {
      const ring = mineRing(m, shape.ring)
      const geom = polygonGeom(ring)
      const id = b.nextId('mine_area')
      const [progress, changedOn] =
        shape.kind === 'footprint'
          ? ([
              m.row.ops_status === 'closed'
                ? 'completed'
                : m.row.ops_status === 'construction'
                  ? 'planned'
                  : 'in_progress',
              null,
            ] as const)
          : progressFor(b, m, index - 1, firstSubmission.get(m.row.id))
      const notYetIn = !m.enteredOn
      const approval =
        shape.kind !== 'footprint' && notYetIn && rng.chance(0.2)
          ? rng.chance(0.75)
            ? 'submitted'
            : 'draft'
          : 'approved'
      const attrs = {
        kind: shape.kind,
        name: shape.name,
        damage_type: shape.damage,
        target_land_class: shape.landClass,
      }
      const versions = [
        { version: 1, change: 'create', on: planned, attrs: { ...attrs, progress: 'planned', approval } },
      ]
      if (shape.kind === 'footprint') versions[0]!.attrs.progress = progress
      else if (progress !== 'planned') {
        const on = changedOn && changedOn > planned ? changedOn : addDays(planned, 20)
        versions.push({ version: 2, change: 'update', on, attrs: { ...attrs, progress, approval } })
      }
      const last = versions.at(-1)!
      b.tables.mine_area.push({
        id,
        mine_id: m.row.id,
        kind: shape.kind,
        name: shape.name,
        geom,
        area_m2: Math.round(turfArea(turfPolygon([ring])) * 10) / 10,
        damage_type: shape.damage,
        target_land_class: shape.landClass,
        progress: last.attrs.progress as MineAreaRow['progress'],
        approval,
        version: last.version,
        created_by: planner,
        created_at: stamp(planned, 10),
        updated_by: planner,
        updated_at: stamp(last.on, 10),
        is_demo: true,
      })
      for (const v of versions) {
        b.tables.mine_area_version.push({
          area_id: id,
          version: v.version,
          change: v.change,
          geom,
          attrs: v.attrs,
          changed_by: planner,
          changed_at: stamp(v.on, 10),
        })
      }
    })
  }
}

/**
 * The 长兴 planner has revised three approved restoration areas (restoration finished) and
 * submitted them in the last weeks: the county has areas awaiting its approval today.
 */
export function addCountyResubmissions(b: Builder): void {
  const rng = b.rng.fork('area-resubmissions')
  const demoMines = new Set(b.mines.filter((m) => m.row.county_code === DEMO_COUNTY).map((m) => m.row.id))
  const candidates = b.tables.mine_area.filter(
    (a) => demoMines.has(a.mine_id) && a.kind === 'restoration' && a.approval === 'approved',
  )
  for (const area of rng.shuffle(candidates).slice(0, 3)) {
    const revisedOn = workingDayBetween(rng, addDays(b.today, -25), addDays(b.today, -8))
    const submittedOn = onOrBeforeWorkingDay(addDays(revisedOn, rng.int(1, 6)))
    const latest = b.tables.mine_area_version.filter((v) => v.area_id === area.id).at(-1)!
    const attrs = { ...latest.attrs, progress: 'completed' }
    for (const [change, on, approval] of [
      ['revise', revisedOn, 'draft'],
      ['submit', submittedOn, 'submitted'],
    ] as const) {
      area.version += 1
      b.tables.mine_area_version.push({
        area_id: area.id,
        version: area.version,
        change,
        geom: area.geom,
        attrs: { ...attrs, approval },
        changed_by: USER_IDS.planner,
        changed_at: stamp(on, 10),
      })
    }
    area.progress = 'completed'
    area.approval = 'submitted'
    area.updated_by = USER_IDS.planner
    area.updated_at = stamp(submittedOn, 10)
  }
}
