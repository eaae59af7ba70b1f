import { OpenAPIHono } from '@hono/zod-openapi'
import { compress } from 'hono/compress'
import { jsonGzip } from './http/json-gzip'
import type { AppDeps } from './app-deps'
import { errorBody, onError } from './http/errors'
import { requestLang } from './http/request-lang'
import { limitBody, writesNeedSession } from './http/request-guards'
import { inputHygiene } from './http/input-hygiene'
import { securityHeaders } from './http/security-headers'
import { router } from './http/router'
import { areaRoutes } from './areas/areas.routes'
import { assessmentRoutes } from './assessment/assessment.routes'
import { auditHeadRoutes } from './audit/audit.routes'
import { backdatingRoutes } from './backdating/backdating.routes'
import { areaProgressRoutes } from './areas/area-progress.routes'
import type { AuthEnv } from './auth/auth.middleware'
import { authMiddleware, authRoutes } from './auth/auth.routes'
import { documentRoutes } from './documents/documents.routes'
import { sitePhotoRoutes } from './site-photos/site-photos.routes'
import { assignmentRoutes } from './assignments/assignments.routes'
import { basemapRoutes } from './basemap/basemap.routes'
import { healthRoutes } from './health/health.routes'
import { rememberWritePosition } from './db/read-routing'
import { mineRoutes } from './mines/mines.routes'
import { ogcRoutes } from './ogc/ogc.routes'
import { importRoutes } from './imports/imports.routes'
import { publicRoutes } from './public/public.routes'
import { registryRoutes } from './registry/registry.routes'
import { objectionRoutes, publicObjectionRoutes } from './objections/objections.routes'
import { blacklistRoutes, publicBlacklistRoutes } from './blacklist/blacklist.routes'
import { statsRoutes } from './stats/stats.routes'
import { TILE_SETS } from './tiles/tile-layers'
import { targetRoutes } from './targets/targets.routes'
import { tileRoutes } from './tiles/tiles.routes'
import { syncAfterWrites } from './tiles/tile-memo'
import { workflowRoutes } from './workflow/workflow.routes'
import { agencyRoutes, publicAgencyRoutes } from './agencies/agencies.routes'
import { conflictRoutes } from './conflicts/conflicts.routes'
import { inboxRoutes } from './inbox/inbox.routes'
import { workRoutes } from './work/work.routes'
import { fieldInspectionRoutes } from './field-inspections/field-inspections.routes'
import { fieldAreaRoutes } from './field-area/field-area.routes'
import { evaluatorDrawRoutes, publicEvaluatorDrawRoutes } from './evaluator-draws/draws.routes'
import { indicatorSetRoutes, publicIndicatorRoutes } from './indicator-sets/indicator-sets.routes'

const INTERNAL_TILE_SETS = new Set(
  [...TILE_SETS.values()].filter((s) => s.audience === 'internal').map((s) => s.id),
)

const bodyLimitAll = limitBody(2 * 1024 * 1024)

/** The whole HTTP API as one Hono app of feature sub-apps (no listening, so tests can call app.request). */
export function createApp(deps: AppDeps) {
  const api = router()
  api.use('*', compress())
  api.use('*', jsonGzip)
  // No JSON body is larger than this; uploads (documents) set their own, larger limit.
  api.use('*', async (c, next) =>
    /\/(documents|imports|objections|site-photos)$/.test(c.req.path) ? next() : bodyLimitAll(c, next),
  )
  api.use('*', authMiddleware(deps))
  api.use('*', writesNeedSession)
  api.use('*', inputHygiene)
  api
    .route('/', healthRoutes(deps))
    .route('/auth', authRoutes(deps))
    .route('/public', publicRoutes(deps))
    .route('/public', auditHeadRoutes(deps))
    .route('/public', publicObjectionRoutes(deps))
    .route('/public', publicBlacklistRoutes(deps))
    .route('/', statsRoutes(deps))
    .route('/', mineRoutes(deps))
    .route('/', workflowRoutes(deps))
    .route('/', registryRoutes(deps))
    .route('/', backdatingRoutes(deps))
    .route('/', assessmentRoutes(deps))
    .route('/', targetRoutes(deps))
    .route('/', areaProgressRoutes(deps))
    .route('/', areaRoutes(deps))
    .route('/', documentRoutes(deps))
    .route('/', sitePhotoRoutes(deps))
    .route('/', assignmentRoutes(deps))
    .route('/', importRoutes(deps))
    .route('/public', publicAgencyRoutes(deps))
    .route('/public', publicEvaluatorDrawRoutes(deps))
    .route('/public', publicIndicatorRoutes(deps))
    .route('/', agencyRoutes(deps))
    .route('/', conflictRoutes(deps))
    .route('/', evaluatorDrawRoutes(deps))
    .route('/', indicatorSetRoutes(deps))
    .route('/', objectionRoutes(deps))
    .route('/', blacklistRoutes(deps))
    .route('/', inboxRoutes(deps))
    .route('/', workRoutes(deps))
    .route('/', fieldInspectionRoutes(deps))
    .route('/', fieldAreaRoutes(deps))

  const app = new OpenAPIHono<AuthEnv>()
  app.use('*', securityHeaders)
  if (deps.replica) app.use('*', rememberWritePosition(deps))
  if (deps.tileMemo) app.use('*', syncAfterWrites(deps.tileMemo))
  // Only internal tile sets look at the session: public tiles stay free of a session lookup.
  const tileAuth = authMiddleware(deps)
  app.use('/tiles/:set/*', (c, next) =>
    INTERNAL_TILE_SETS.has(c.req.param('set')) ? tileAuth(c, next) : next(),
  )
  app.use('/ogc/*', compress(), authMiddleware(deps))
  app.get('/ogc/', (c) => c.redirect('/ogc', 301))
  app.route('/api', api).route('/tiles', tileRoutes(deps)).route('/ogc', ogcRoutes(deps))
  if (deps.config.basemapPmtiles) app.route('/', basemapRoutes(deps.config.basemapPmtiles))
  // Served from the outer app so that the document covers /api and /tiles alike.
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Zhejiang Green Mine Platform API', version: '1.0.0' },
  })
  app.notFound((c) =>
    c.json(
      errorBody(
        { code: 'not_found', resource: 'route', path: `${c.req.method} ${c.req.path}` },
        requestLang(c.req),
      ),
      404,
    ),
  )
  app.onError(onError)
  return app
}

export type App = ReturnType<typeof createApp>
