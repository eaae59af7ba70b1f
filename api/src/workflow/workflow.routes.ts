import { router } from '../http/router'
import { createRoute, z } from '@hono/zod-openapi'
import { GREEN_EVENTS, OPS_EVENTS, type GreenEvent, type OpsEvent } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import { requireUser } from '../auth/guards'
import type { AppEnv } from '../http/env'
import { commitSpotCheckDraw, revealSpotCheckDraw } from './spot-check.service'
import { errorResponse } from '../http/error-schema'
import { IdParam } from '../http/common.schemas'
import { toDrawResult, toEventResult } from './workflow.mappers'
import {
  EventResult,
  GREEN_EVENT_BODIES,
  OPS_EVENT_BODIES,
  SpotCheckCommitBody,
  SpotCheckCommitment,
  SpotCheckDrawResult,
  SpotCheckRevealBody,
} from './workflow.schemas'
import { BackdatedEntryHeld } from '../backdating/backdating.schemas'
import { toBackdatedEntry } from '../backdating/backdating.mappers'
import { fireOrHold, type FireOutcome } from '../backdating/backdating.service'
import { workflowRules } from './workflow.service'

const MineParam = IdParam
const errors = {
  400: errorResponse('invalid input'),
  401: errorResponse('not signed in'),
  403: errorResponse('role may not fire this event (R3.wrong_role)'),
  404: errorResponse('no such mine, or not yours'),
  409: errorResponse('illegal transition or stale version'),
  422: errorResponse('a programme rule refused the step (the code names it)'),
}

function eventRoute(type: string, body: z.ZodTypeAny, summary: string, rule: string) {
  return createRoute({
    method: 'post',
    path: `/mines/{id}/events/${type}`,
    tags: ['workflow'],
    summary: `${summary} (${rule})`,
    request: {
      params: MineParam,
      body: { content: { 'application/json': { schema: body } }, required: true },
    },
    responses: {
      200: { content: { 'application/json': { schema: EventResult } }, description: 'the step was recorded' },
      202: {
        content: { 'application/json': { schema: BackdatedEntryHeld } },
        description: 'dated too far back: held, without effect, until the province approves it',
      },
      ...errors,
    },
  })
}

/** Splits the request body into the domain event and the fields every event shares. */
function split(type: string, body: Record<string, unknown>) {
  const { on, expectedVersion, documentId, publicityId, drawId, exceptionId, backdateReason, ...fields } =
    body as Record<string, any>
  if (type === 'assign_evaluator') fields.agencyId = String(fields.agencyId)
  if (type === 'assign_recheck_agency') fields.agencyId = ''
  if (type === 'close_county_publicity') {
    const archived = fields.archived as Record<string, number>
    fields.archived = {
      selfAssessmentDocumentId: String(archived.selfAssessmentDocumentId),
      verificationReportDocumentId: String(archived.verificationReportDocumentId),
    }
  }
  const acceptance = type === 'resume' ? (fields.acceptance as { documentId: number } | null) : null
  if (acceptance) fields.acceptance = { ...acceptance, documentId: String(acceptance.documentId) }
  return {
    event: { type, ...fields },
    on,
    expectedVersion,
    backdateReason,
    extras: {
      documentId: acceptance?.documentId ?? documentId,
      documentKind: acceptance ? 'acceptance' : undefined,
      publicityId,
      drawId,
      exceptionId,
    },
  }
}

/** The body of a 202: the entry held for the province. */
const held = (outcome: Extract<FireOutcome, { kind: 'held' }>) => ({
  status: 'pending' as const,
  entry: toBackdatedEntry(outcome.entry),
})

/** One endpoint per workflow event (POST /api/mines/{id}/events/{type}), guarded by the rules. */
export function workflowRoutes({ db, config }: AppDeps) {
  const rules = workflowRules(config)
  const app = router()
  for (const [type, body] of Object.entries(GREEN_EVENT_BODIES)) {
    const meta = GREEN_EVENTS[type as GreenEvent['type']]
    app.openapi(eventRoute(type, body, meta.en, meta.rule), async (c) => {
      const user = requireUser(c)
      const input = split(type, c.req.valid('json') as Record<string, unknown>)
      const step = { ...input, event: input.event as GreenEvent }
      const outcome = await fireOrHold(
        db,
        user,
        c.req.valid('param').id,
        'green',
        step,
        config.backdateDays,
        rules,
      )
      return outcome.kind === 'fired'
        ? c.json(toEventResult(outcome.result), 200)
        : c.json(held(outcome), 202)
    })
  }
  for (const [type, body] of Object.entries(OPS_EVENT_BODIES)) {
    const meta = OPS_EVENTS[type as OpsEvent['type']]
    app.openapi(eventRoute(type, body, meta.en, 'R4'), async (c) => {
      const user = requireUser(c)
      const input = split(type, c.req.valid('json') as Record<string, unknown>)
      const step = { ...input, event: input.event as OpsEvent }
      const outcome = await fireOrHold(
        db,
        user,
        c.req.valid('param').id,
        'ops',
        step,
        config.backdateDays,
        rules,
      )
      return outcome.kind === 'fired'
        ? c.json(toEventResult(outcome.result), 200)
        : c.json(held(outcome), 202)
    })
  }
  app.openapi(
    createRoute({
      method: 'post',
      path: '/spot-checks/draws',
      tags: ['workflow'],
      summary:
        '双随机 draw, step 1: commit the period’s draw (seed hash, population and inspector pool published); one per region and period (R6)',
      request: { body: { content: { 'application/json': { schema: SpotCheckCommitBody } }, required: true } },
      responses: {
        200: {
          content: { 'application/json': { schema: SpotCheckCommitment } },
          description: 'the published commitment',
        },
        ...errors,
      },
    }),
    async (c) => {
      const user = requireUser(c)
      return c.json(
        SpotCheckCommitment.parse(
          await commitSpotCheckDraw(db, user, c.req.valid('json'), config.backdateDays),
        ),
        200,
      )
    },
  )
  app.openapi(
    createRoute({
      method: 'post',
      path: '/spot-checks/draws/{id}/reveal',
      tags: ['workflow'],
      summary:
        '双随机 draw, step 2: reveal the committed seed; the draw runs once on the committed population and pool (R6)',
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: SpotCheckRevealBody } }, required: true },
      },
      responses: {
        200: {
          content: { 'application/json': { schema: SpotCheckDrawResult } },
          description: 'the recorded draw',
        },
        ...errors,
      },
    }),
    async (c) => {
      const user = requireUser(c)
      const { seed, on } = c.req.valid('json')
      const { id, draw } = await revealSpotCheckDraw(
        db,
        user,
        c.req.valid('param').id,
        seed,
        on,
        config.backdateDays,
      )
      return c.json(toDrawResult(id, draw), 200)
    },
  )
  return app
}
