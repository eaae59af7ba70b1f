import { createRoute, z } from '@hono/zod-openapi'
import { todayInZhejiang } from '@zgm/domain'
import type { AppDeps } from '../app-deps'
import { requireRole, requireUser } from '../auth/guards'
import { mineAccess } from '../auth/policy'
import { IdParam } from '../http/common.schemas'
import { errorResponse } from '../http/error-schema'
import { notFound } from '../http/errors'
import type { SessionUser } from '../http/env'
import { router } from '../http/router'
import type { Db } from '../db/database'
import { dutyBreaches, mineDutyStatus } from './green-duties.service'
import { toLicenceHistory } from './registry.mappers'
import { contractsOf, findLicence, licenceEventsOf, licenceIdOfMine, termsOf } from './registry.queries'
import {
  AsOfQuery,
  BreachQuery,
  ContractBody,
  EquipmentBody,
  EquipmentFact,
  GreenDutyBreaches,
  GreenDutyStatus,
  LicenceHistory,
  LicenceStatusBody,
  MineRegistered,
  MineRegistration,
  RenewalBody,
  TransferBody,
} from './registry.schemas'
import {
  changeLicenceStatus,
  recordContract,
  recordEquipment,
  registerMine,
  renewLicence,
  transferLicence,
  type LicenceStatusAction,
} from './registry.service'

const errors = {
  400: errorResponse('invalid input'),
  401: errorResponse('not signed in'),
  403: errorResponse('only the land bureaus of the region keep the registry'),
  404: errorResponse('no such licence or mine, or not yours'),
  409: errorResponse(
    'the licence status does not allow this step (licence_state), or the licence number is taken',
  ),
  422: errorResponse('a rule refused the fact (R1.term_invalid, R1.equipment_state, enterprise_invalid, …)'),
}

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})
const body = <T extends z.ZodTypeAny>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
})

function licenceWrite(path: string, schema: z.ZodTypeAny, summary: string) {
  return createRoute({
    method: 'post',
    path: `/licences/{id}/${path}`,
    tags: ['registry'],
    summary,
    request: { params: IdParam, ...body(schema) },
    responses: { 200: json(LicenceHistory, 'the licence with its whole history'), ...errors },
  })
}

/** The licence's history, for a user who may see its mine. */
async function licenceHistory(db: Db, user: SessionUser, licenceId: number) {
  const licence = await findLicence(db, licenceId)
  if (!licence || mineAccess(user, { ...licence, id: licence.mineId }) === 'none')
    throw notFound('licence', licenceId)
  const [terms, events, contracts] = await Promise.all([
    termsOf(db, licenceId),
    licenceEventsOf(db, licenceId),
    contractsOf(db, [licenceId]),
  ])
  return toLicenceHistory(licence, terms, events, contracts)
}

const STATUS_ROUTES: Record<LicenceStatusAction, { path: string; summary: string }> = {
  suspend: { path: 'suspensions', summary: 'Suspend a licence (暂停), dated and with a reason' },
  reinstate: { path: 'reinstatements', summary: 'Reinstate a suspended licence, dated and with a reason' },
  cancel: { path: 'cancellation', summary: 'Cancel a licence (注销), dated and with a reason' },
}

/** The registry: mines and licences with their dated history, sand equipment, and R5 contracts. */
export function registryRoutes({ db }: AppDeps) {
  const app = router()
  app.openapi(
    createRoute({
      method: 'post',
      path: '/mines',
      tags: ['registry'],
      summary: 'Register a mine with its mining licence (county, city or province bureau of its region)',
      request: body(MineRegistration),
      responses: { 201: json(MineRegistered, 'the new mine and licence'), ...errors },
    }),
    async (c) => c.json(await registerMine(db, requireUser(c), c.req.valid('json')), 201),
  )
  app.openapi(
    createRoute({
      method: 'get',
      path: '/licences/{id}',
      tags: ['registry'],
      summary: "A licence's history: every term, holder change, suspension, cancellation and contract",
      request: { params: IdParam },
      responses: { 200: json(LicenceHistory, 'the licence'), ...errors },
    }),
    async (c) => c.json(await licenceHistory(db, requireUser(c), c.req.valid('param').id), 200),
  )
  app.openapi(
    licenceWrite(
      'renewals',
      RenewalBody,
      'Renew a licence (延续): a new term from the day after the last one ends (R1)',
    ),
    async (c) => {
      const user = requireUser(c)
      const { id } = c.req.valid('param')
      await renewLicence(db, user, id, c.req.valid('json') as z.infer<typeof RenewalBody>)
      return c.json(await licenceHistory(db, user, id), 200)
    },
  )
  app.openapi(
    licenceWrite(
      'transfers',
      TransferBody,
      'Transfer a licence (转让) to another registered enterprise, dated',
    ),
    async (c) => {
      const user = requireUser(c)
      const { id } = c.req.valid('param')
      await transferLicence(db, user, id, c.req.valid('json') as z.infer<typeof TransferBody>)
      return c.json(await licenceHistory(db, user, id), 200)
    },
  )
  for (const [action, route] of Object.entries(STATUS_ROUTES) as [
    LicenceStatusAction,
    (typeof STATUS_ROUTES)[LicenceStatusAction],
  ][]) {
    app.openapi(licenceWrite(route.path, LicenceStatusBody, route.summary), async (c) => {
      const user = requireUser(c)
      const { id } = c.req.valid('param')
      await changeLicenceStatus(
        db,
        user,
        id,
        action,
        c.req.valid('json') as z.infer<typeof LicenceStatusBody>,
      )
      return c.json(await licenceHistory(db, user, id), 200)
    })
  }
  app.openapi(
    licenceWrite(
      'contracts',
      ContractBody,
      'Record a transfer contract and the green duties written into it (R5)',
    ),
    async (c) => {
      const user = requireUser(c)
      const { id } = c.req.valid('param')
      await recordContract(db, user, id, c.req.valid('json') as z.infer<typeof ContractBody>)
      return c.json(await licenceHistory(db, user, id), 200)
    },
  )
  app.openapi(
    createRoute({
      method: 'post',
      path: '/mines/{id}/equipment',
      tags: ['registry'],
      summary: 'Machine-made sand equipment installed or removed, as a dated fact (R1)',
      request: { params: IdParam, ...body(EquipmentBody) },
      responses: { 200: json(EquipmentFact, 'the recorded fact'), ...errors },
    }),
    async (c) =>
      c.json(await recordEquipment(db, requireUser(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  app.openapi(
    createRoute({
      method: 'get',
      path: '/mines/{id}/green-duties',
      tags: ['registry'],
      summary: "A mine's R5 status on a date: its contract's green duties and the flags they raise",
      request: { params: IdParam, query: AsOfQuery },
      responses: { 200: json(GreenDutyStatus, 'the status'), ...errors },
    }),
    async (c) => {
      const user = requireUser(c)
      const { id } = c.req.valid('param')
      const licence = await findLicence(db, (await licenceIdOfMine(db, id)) ?? 0)
      if (!licence || mineAccess(user, { ...licence, id }) === 'none') throw notFound('mine', id)
      const asOf = c.req.valid('query').asOf ?? todayInZhejiang()
      return c.json(await mineDutyStatus(db, id, licence.id, asOf), 200)
    },
  )
  app.openapi(
    createRoute({
      method: 'get',
      path: '/green-duties/breaches',
      tags: ['registry'],
      summary: 'Mines flagged under R5 on a date, in the bureau’s region',
      request: { query: BreachQuery },
      responses: { 200: json(GreenDutyBreaches, 'flagged mines'), ...errors },
    }),
    async (c) => {
      const user = requireRole(c, 'county', 'city', 'province', 'leader')
      const { asOf = todayInZhejiang(), region } = c.req.valid('query')
      return c.json(await dutyBreaches(db, user, asOf, region), 200)
    },
  )
  return app
}
