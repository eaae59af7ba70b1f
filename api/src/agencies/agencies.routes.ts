import { createRoute, z } from '@hono/zod-openapi'
import type { AppDeps } from '../app-deps'
import { requireRole } from '../auth/guards'
import { errorResponse } from '../http/error-schema'
import { IdParam } from '../http/common.schemas'
import { router } from '../http/router'
import {
  Agency,
  AgencyBody,
  AgencyList,
  AgencyListQuery,
  Expert,
  ExpertBody,
  ExpertEndBody,
  ListingBody,
} from './agencies.schemas'
import { addListing, createAgency, endRegistration, listAgencies, registerExpert } from './agencies.service'

const writeErrors = {
  400: errorResponse('invalid input'),
  401: errorResponse('not signed in'),
  403: errorResponse('only the province keeps the agency list'),
  404: errorResponse('no such agency or expert'),
  422: errorResponse('R3.2.agency_understaffed: fewer than 15 staff or 30% senior'),
}
const json = <T extends z.ZodTypeAny>(schema: T) => ({ content: { 'application/json': { schema } } })
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { ...json(schema), required: true } })

/** The public provincial list (评估机构名单): agencies, validity rounds and registered experts. */
export function publicAgencyRoutes({ db }: AppDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/agencies',
      tags: ['public'],
      summary: 'The provincial list of third-party evaluation agencies, with their registered experts (R3.2)',
      request: { query: AgencyListQuery },
      responses: {
        200: { ...json(AgencyList), description: 'agencies' },
        400: errorResponse('invalid query'),
      },
    }),
    async (c) => {
      c.header('Cache-Control', 'public, max-age=60')
      return c.json({ items: await listAgencies(db, c.req.valid('query').on) }, 200)
    },
  )
}

/** The province keeps the list: agencies, validity rounds, experts; every write audited. */
export function agencyRoutes({ db }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'post',
        path: '/agencies',
        tags: ['agencies'],
        summary: 'List a new agency with its first validity round (R3.2, province)',
        request: body(AgencyBody),
        responses: { 201: { ...json(Agency), description: 'the agency' }, ...writeErrors },
      }),
      async (c) => c.json(await createAgency(db, requireRole(c, 'province'), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/agencies/{id}/listings',
        tags: ['agencies'],
        summary: 'Add a validity round (renewal) to a listed agency (R3.2, province)',
        request: { params: IdParam, ...body(ListingBody) },
        responses: { 201: { ...json(Agency), description: 'the agency' }, ...writeErrors },
      }),
      async (c) => {
        const user = requireRole(c, 'province')
        return c.json(await addListing(db, user, c.req.valid('param').id, c.req.valid('json')), 201)
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/agencies/{id}/experts',
        tags: ['agencies'],
        summary: 'Register an expert with an agency (R3.2, province)',
        request: { params: IdParam, ...body(ExpertBody) },
        responses: { 201: { ...json(Expert), description: 'the expert' }, ...writeErrors },
      }),
      async (c) => {
        const user = requireRole(c, 'province')
        return c.json(await registerExpert(db, user, c.req.valid('param').id, c.req.valid('json')), 201)
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/experts/{id}/deregister',
        tags: ['agencies'],
        summary: "End an expert's registration on a date (R3.2, province)",
        request: { params: IdParam, ...body(ExpertEndBody) },
        responses: { 200: { ...json(Expert), description: 'the expert' }, ...writeErrors },
      }),
      async (c) => {
        const user = requireRole(c, 'province')
        return c.json(await endRegistration(db, user, c.req.valid('param').id, c.req.valid('json')), 200)
      },
    )
}
