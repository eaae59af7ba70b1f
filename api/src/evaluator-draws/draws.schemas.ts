import { z } from '@hono/zod-openapi'
import { DbId, IsoDate } from '../http/common.schemas'

export const DrawCommitBody = z
  .strictObject({
    on: IsoDate.optional().openapi({ description: 'Business date; defaults to today' }),
    exceptionId: DbId.optional().openapi({
      description: 'An approved redraw exception: the only way to draw again for the same self-assessment',
    }),
  })
  .openapi('DrawCommitBody')

export const DrawRevealBody = z
  .strictObject({
    on: IsoDate.optional().openapi({ description: 'Business date; defaults to today' }),
    expectedVersion: DbId.optional().openapi({ description: 'The mine version you saw; stale → 409' }),
  })
  .openapi('DrawRevealBody')

const Candidate = z.object({ agencyId: z.number().int(), name: z.string() }).openapi('DrawCandidate')

/** A commit-reveal evaluator draw as anyone may see it: enough to re-run it (docs/rules.md R3.2). */
export const EvaluatorDraw = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    mineName: z.string(),
    countyCode: z.string(),
    committedOn: IsoDate,
    commitment: z
      .string()
      .openapi({ description: 'SHA-256 (hex) of the UTF-8 seed, published before the draw' }),
    algorithm: z.string(),
    candidates: z.array(Candidate).openapi({
      description:
        'Agencies in the draw, after conflicts and understaffed agencies were removed, in draw order',
    }),
    excluded: z.array(
      z.object({
        agencyId: z.number().int(),
        name: z.string(),
        reason: z.enum(['conflict', 'understaffed']),
      }),
    ),
    status: z.enum(['committed', 'drawn']),
    seed: z.string().nullable().openapi({ description: 'Revealed at the draw; null before' }),
    drawnOn: IsoDate.nullable(),
    agencyId: z.number().int().nullable(),
    agencyName: z.string().nullable(),
    redraw: z
      .object({ exceptionId: z.number().int(), reason: z.string() })
      .nullable()
      .openapi({ description: 'The approved reason for a second draw, when this is one' }),
  })
  .openapi('EvaluatorDraw')

export const EvaluatorDrawList = z.object({ items: z.array(EvaluatorDraw) }).openapi('EvaluatorDrawList')

export const EvaluatorDrawQuery = z.object({
  mineId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
})

export const ExceptionBody = z
  .strictObject({
    kind: z.enum(['direct', 'redraw']).openapi({
      description: 'direct: assign a named agency without a draw; redraw: draw a second time',
    }),
    agencyId: DbId.optional().openapi({ description: 'The agency, for a direct assignment' }),
    reason: z.string().trim().min(5).max(2000),
    on: IsoDate.optional(),
  })
  .openapi('ExceptionBody')

export const ExceptionDecisionBody = z
  .strictObject({ approve: z.boolean(), note: z.string().trim().min(2).max(2000), on: IsoDate.optional() })
  .openapi('ExceptionDecisionBody')

export const EvaluatorException = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    selfAssessmentId: z.number().int(),
    kind: z.enum(['direct', 'redraw']),
    agencyId: z.number().int().nullable(),
    reason: z.string(),
    requestedOn: IsoDate,
    decision: z.enum(['pending', 'approved', 'refused']),
    decisionNote: z.string().nullable(),
    decidedOn: IsoDate.nullable(),
  })
  .openapi('EvaluatorException')

export const DrawRevealResult = z
  .object({
    draw: EvaluatorDraw,
    event: z.object({
      eventId: z.number().int(),
      greenState: z.string(),
      version: z.number().int(),
    }),
  })
  .openapi('DrawRevealResult')

export const EvaluatorExceptionList = z
  .object({ items: z.array(EvaluatorException) })
  .openapi('EvaluatorExceptionList')

export const ExceptionQueueQuery = z.object({
  status: z.enum(['pending', 'approved', 'refused']).default('pending'),
})

export const EvaluatorExceptionQueueItem = EvaluatorException.extend({
  mineName: z.string(),
  countyCode: z.string(),
  agencyName: z.string().nullable().openapi({ description: 'The agency named for a direct assignment' }),
}).openapi('EvaluatorExceptionQueueItem')

export const EvaluatorExceptionQueue = z
  .object({ items: z.array(EvaluatorExceptionQueueItem) })
  .openapi('EvaluatorExceptionQueue')
