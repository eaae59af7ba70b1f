import { createRoute } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { router } from '../http/router'
import { CitySplit, CitySplitBody, CitySplitParams } from './targets.schemas'
import { citySplit, splitCityTarget } from './targets.service'

const errors = {
  400: errorResponse('invalid input or unknown city'),
  401: errorResponse('not signed in'),
  403: errorResponse("only the city's own bureau splits its target"),
  422: errorResponse(
    'the split does not cover the city target (R2.split_mismatch) or the year is closed (R7.year_closed)',
  ),
}

const path = '/targets/{year}/cities/{cityCode}'

const readRoute = createRoute({
  method: 'get',
  path,
  tags: ['targets'],
  summary: "A city's target for a year and its counties' shares (R2, §5.2 分解任务指标)",
  request: { params: CitySplitParams },
  responses: {
    200: { content: { 'application/json': { schema: CitySplit } }, description: 'the split' },
    ...errors,
  },
})

const splitRoute = createRoute({
  method: 'put',
  path,
  tags: ['targets'],
  summary: 'The city bureau splits its target over all its counties, for an open year (R2, R7)',
  request: {
    params: CitySplitParams,
    body: { content: { 'application/json': { schema: CitySplitBody } }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: CitySplit } }, description: 'the new split' },
    ...errors,
  },
})

export function targetRoutes({ db }: AppDeps) {
  return router()
    .openapi(readRoute, async (c) => {
      requireRole(c, 'province', 'leader', 'city', 'county')
      const { year, cityCode } = c.req.valid('param')
      return c.json(await citySplit(db, cityCode, year), 200)
    })
    .openapi(splitRoute, async (c) => {
      const user = requireRole(c, 'city')
      const { year, cityCode } = c.req.valid('param')
      return c.json(await splitCityTarget(db, user, cityCode, year, c.req.valid('json').shares), 200)
    })
}
