import { GREEN_STATES, MINE_STATUSES, type SpotCheckDraw } from '@zgm/domain'
import { oneOf } from '../http/common.schemas'
import type { FireResult } from './workflow.service'
import {
  EventEffect,
  EventResult,
  type EventResultShape,
  type SpotCheckDrawResultShape,
} from './workflow.schemas'

const eventTypes = EventResult.shape.type.options

/** A recorded step as the API sends it; the effects are checked against their schema on the way out. */
export function toEventResult(result: FireResult): EventResultShape {
  return {
    mineId: result.mineId,
    eventId: result.eventId,
    type: oneOf(eventTypes, result.type, 'event type'),
    on: result.on,
    greenState: oneOf(GREEN_STATES, result.greenState, 'green_state'),
    opsStatus: oneOf(MINE_STATUSES, result.opsStatus, 'ops_status'),
    version: result.version,
    effects: EventEffect.array().parse(result.effects),
  }
}

export function toDrawResult(id: number, draw: SpotCheckDraw): SpotCheckDrawResultShape {
  return {
    id,
    draw: {
      algorithm: draw.algorithm,
      seed: draw.seed,
      drawnOn: draw.drawnOn,
      populationIds: [...draw.populationIds],
      inspectorIds: [...draw.inspectorIds],
      size: 'count' in draw.size ? { count: draw.size.count } : { ratio: draw.size.ratio },
      inspectorsPerMine: draw.inspectorsPerMine,
      conflicts: draw.conflicts.map((c) => ({ inspectorId: c.inspectorId, mineId: c.mineId })),
      assignments: draw.assignments.map((a) => ({ mineId: a.mineId, inspectorIds: [...a.inspectorIds] })),
    },
  }
}
