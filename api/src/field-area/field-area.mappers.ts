import type { z } from '@hono/zod-openapi'
import type { PolygonCoords } from '@zgm/domain'
import type { WorkQueue } from '../work/work.service'
import type { FieldMine } from './field-area.schemas'
import type { FieldMineRow } from './field-area.queries'

type WorkItem = WorkQueue['items'][number]

const coordsOf = (geojson: string | null): PolygonCoords[] | null => {
  if (!geojson) return null
  const g = JSON.parse(geojson) as { type: string; coordinates: PolygonCoords[] }
  return g.type === 'MultiPolygon' ? g.coordinates : null
}

export function toFieldMine(row: FieldMineRow, tasks: readonly WorkItem[]): z.infer<typeof FieldMine> {
  return {
    id: row.id,
    name: row.name,
    countyCode: row.county_code,
    mineral: row.mineral,
    greenState: row.green_state,
    opsStatus: row.ops_status,
    at: [row.lng, row.lat],
    bbox: [row.w, row.s, row.e, row.n],
    footprint: coordsOf(row.footprint),
    licence: coordsOf(row.licence),
    tasks: tasks.filter((t) => t.mineId === row.id),
  }
}
