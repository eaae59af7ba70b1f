import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole, requireUser } from '../auth/guards'
import { IdParam } from '../http/common.schemas'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { workflowRules } from '../workflow/workflow.service'
import {
  DrawCommitBody,
  DrawRevealBody,
  DrawRevealResult,
  EvaluatorDraw,
  EvaluatorDrawList,
  EvaluatorDrawQuery,
  EvaluatorException,
  EvaluatorExceptionList,
  EvaluatorExceptionQueue,
  ExceptionQueueQuery,
  ExceptionBody,
  ExceptionDecisionBody,
} from './draws.schemas'
import {
  commitDraw,
  decideException,
  exceptionQueue,
  mineExceptions,
  publicDraw,
  publicDraws,
  requestException,
  revealDraw,
} from './draws.service'

const json = <T extends z.ZodTypeAny>(schema: T) => ({ content: { 'application/json': { schema } } })
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { ...json(schema), required: true } })
const errors = {
  400: errorResponse('invalid input'),
  401: errorResponse('not signed in'),
  403: errorResponse('role may not do this'),
  404: errorResponse('no such mine, draw or exception, or not yours'),
  409: errorResponse('the mine is not awaiting an evaluator, or a stale version'),
  422: errorResponse('a programme rule refused it (R3.2.draw_exists, R3.2.exception_unusable, …)'),
}
const CACHE = 'public, max-age=30'

/** Anyone may read a draw: commitment and candidates before, seed and result after (R3.2). */
export function publicEvaluatorDrawRoutes({ db }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/evaluator-draws',
        tags: ['public'],
        summary: 'Commit-reveal evaluator draws, newest first (R3.2)',
        request: { query: EvaluatorDrawQuery },
        responses: {
          200: { ...json(EvaluatorDrawList), description: 'draws' },
          400: errorResponse('invalid query'),
        },
      }),
      async (c) => {
        c.header('Cache-Control', CACHE)
        return c.json({ items: await publicDraws(db, c.req.valid('query').mineId) }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/evaluator-draws/{id}',
        tags: ['public'],
        summary: 'One evaluator draw: commitment, inputs, seed (after reveal) and result (R3.2)',
        request: { params: IdParam },
        responses: {
          200: { ...json(EvaluatorDraw), description: 'the draw' },
          400: errorResponse('invalid id'),
          404: errorResponse('no such draw'),
        },
      }),
      async (c) => {
        c.header('Cache-Control', CACHE)
        return c.json(await publicDraw(db, c.req.valid('param').id), 200)
      },
    )
}

/** The county commits and reveals draws and asks for exceptions; the province decides them. */
export function evaluatorDrawRoutes({ db, config }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'post',
        path: '/mines/{id}/evaluator-draws',
        tags: ['workflow'],
        summary: "Commit an evaluator draw: the seed's SHA-256 and the candidates, published (R3.2, county)",
        request: { params: IdParam, ...body(DrawCommitBody) },
        responses: { 201: { ...json(EvaluatorDraw), description: 'the committed draw' }, ...errors },
      }),
      async (c) => {
        const user = requireRole(c, 'county')
        return c.json(await commitDraw(db, user, c.req.valid('param').id, c.req.valid('json')), 201)
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/evaluator-draws/{id}/reveal',
        tags: ['workflow'],
        summary: 'Reveal the seed, draw the agency and assign it (R3.2, county)',
        request: { params: IdParam, ...body(DrawRevealBody) },
        responses: {
          200: { ...json(DrawRevealResult), description: 'the drawn draw and the assignment' },
          ...errors,
        },
      }),
      async (c) => {
        const user = requireRole(c, 'county')
        return c.json(
          await revealDraw(db, user, c.req.valid('param').id, c.req.valid('json'), workflowRules(config)),
          200,
        )
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/mines/{id}/evaluator-exceptions',
        tags: ['workflow'],
        summary: 'Ask to assign directly or draw again, with a reason (R3.2, county)',
        request: { params: IdParam, ...body(ExceptionBody) },
        responses: { 201: { ...json(EvaluatorException), description: 'the pending request' }, ...errors },
      }),
      async (c) => {
        const user = requireRole(c, 'county')
        return c.json(await requestException(db, user, c.req.valid('param').id, c.req.valid('json')), 201)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/mines/{id}/evaluator-exceptions',
        tags: ['workflow'],
        summary: "A mine's direct-assignment and redraw requests, with the province's decisions (R3.2)",
        request: { params: IdParam },
        responses: {
          200: { ...json(EvaluatorExceptionList), description: 'requests, newest first' },
          ...errors,
        },
      }),
      async (c) => {
        const items = await mineExceptions(db, requireUser(c), c.req.valid('param').id)
        return c.json({ items }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/evaluator-exceptions',
        tags: ['workflow'],
        summary:
          "Direct-assignment and redraw requests across the province, by decision (R3.2, province's queue)",
        request: { query: ExceptionQueueQuery },
        responses: {
          200: { ...json(EvaluatorExceptionQueue), description: 'requests, oldest first' },
          ...errors,
        },
      }),
      async (c) => {
        requireRole(c, 'province', 'leader')
        return c.json({ items: await exceptionQueue(db, c.req.valid('query').status) }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/evaluator-exceptions/{id}/decision',
        tags: ['workflow'],
        summary: 'Approve or refuse a direct assignment or redraw (R3.2, province)',
        request: { params: IdParam, ...body(ExceptionDecisionBody) },
        responses: { 200: { ...json(EvaluatorException), description: 'the decided request' }, ...errors },
      }),
      async (c) => {
        const user = requireRole(c, 'province')
        return c.json(await decideException(db, user, c.req.valid('param').id, c.req.valid('json')), 200)
      },
    )
}
