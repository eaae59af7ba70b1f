import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import {
  IndicatorSetList,
  IndicatorSetView,
  IndicatorTableBody,
  IndustryStandardList,
  SetIdParam,
} from './indicator-sets.schemas'
import { importIndicatorTable, listIndicatorSets, listIndustryStandards } from './indicator-sets.service'

const json = <T extends z.ZodTypeAny>(schema: T) => ({ content: { 'application/json': { schema } } })
const CACHE = 'public, max-age=60'

/** The indicator sets and the industry norms: public, as the province maintains them (R3.4). */
export function publicIndicatorRoutes({ db }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/indicator-sets',
        tags: ['public'],
        summary: 'Versioned evaluation indicator sets; unloaded weights are marked unconfirmed (R3.4)',
        responses: { 200: { ...json(IndicatorSetList), description: 'indicator sets' } },
      }),
      async (c) => {
        c.header('Cache-Control', CACHE)
        return c.json({ items: await listIndicatorSets(db) }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/industry-standards',
        tags: ['public'],
        summary: 'The 2018 industry norms DZ/T 0312–0320 and the minerals each covers (R3.4)',
        responses: { 200: { ...json(IndustryStandardList), description: 'standards' } },
      }),
      async (c) => {
        c.header('Cache-Control', CACHE)
        return c.json(await listIndustryStandards(db), 200)
      },
    )
}

export function indicatorSetRoutes({ db }: AppDeps) {
  return router().openapi(
    createRoute({
      method: 'post',
      path: '/indicator-sets/{setId}/table',
      tags: ['indicator-sets'],
      summary:
        'Load the official table of group points (CSV group_id,points,items) into a set (R3.4, province)',
      request: { params: SetIdParam, body: { ...json(IndicatorTableBody), required: true } },
      responses: {
        200: { ...json(IndicatorSetView), description: 'the set as now maintained' },
        400: errorResponse('invalid input'),
        401: errorResponse('not signed in'),
        403: errorResponse('only the province maintains indicator sets'),
        422: errorResponse('R3.4.indicator_table_invalid or R3.4.unknown_indicator_set'),
      },
    }),
    async (c) => {
      const user = requireRole(c, 'province')
      return c.json(
        await importIndicatorTable(db, user, c.req.valid('param').setId, c.req.valid('json')),
        200,
      )
    },
  )
}
