// Composes the routes; each route is its own chunk so the public map never loads staff code.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { healthQuery, outlinesQuery } from './api/public-queries'
import { createQueryClient } from './api/query-client'
import { drawsPreview } from './features/map-screen/preview-camera'
import { I18nProvider } from './i18n/i18n'
import { usePath } from './router'
import { RouteFallback } from './shell/route-fallback'
import { todayIso } from './state/dates'
import { decodeUrlState } from './state/url-state'

const HomeRoute = lazy(() => import('./routes/home-route'))
const HuzhouRoute = lazy(() => import('./routes/huzhou-route'))
const PublicRoute = lazy(() => import('./routes/public-route'))
const LoginRoute = lazy(() => import('./routes/login-route'))
const PlannerRoute = lazy(() => import('./routes/planner-route'))
const ProvinceRoute = lazy(() => import('./routes/province-route'))
const EvaluatorRoute = lazy(() => import('./routes/evaluator-route'))
const EnterpriseRoute = lazy(() => import('./routes/enterprise-route'))
const CountyRoute = lazy(() => import('./routes/county-route'))
const PublicDrawRoute = lazy(() => import('./routes/public-draw-route'))
const CountySanctionsRoute = lazy(() => import('./routes/county-sanctions-route'))
const CityRoute = lazy(() => import('./routes/city-route'))
const InboxRoute = lazy(() => import('./routes/inbox-route'))
const FieldRoute = lazy(() => import('./routes/field-route'))
const FieldHomeRoute = lazy(() => import('./routes/field-home-route'))

function routeFor(path: string) {
  if (path.startsWith('/public/draws/')) return <PublicDrawRoute />
  if (path.startsWith('/public')) return <PublicRoute />
  if (path.startsWith('/huzhou')) return <HuzhouRoute />
  if (path.startsWith('/login')) return <LoginRoute />
  if (path === '/plan' || path.startsWith('/plan/')) return <PlannerRoute />
  if (path === '/province' || path.startsWith('/province/')) return <ProvinceRoute />
  if (path === '/evaluator' || path.startsWith('/evaluator/')) return <EvaluatorRoute />
  if (path === '/enterprise' || path.startsWith('/enterprise/')) return <EnterpriseRoute />
  if (path === '/county' || path.startsWith('/county/mines/')) return <CountyRoute />
  if (path.startsWith('/county/spot-checks')) return <CountySanctionsRoute />
  if (path === '/city' || path.startsWith('/city/')) return <CityRoute />
  if (path === '/inbox') return <InboxRoute />
  if (path.startsWith('/field/inspect/') || path === '/field/outbox') return <FieldRoute />
  if (path === '/field' || path === '/field/near') return <FieldHomeRoute />
  return <HomeRoute />
}

/** The routes that open on the map screen, which may draw a picture of the map before MapLibre. */
const MAP_ROUTES: ReadonlySet<unknown> = new Set([HomeRoute, HuzhouRoute, PublicRoute])

/**
 * What the first paint waits for is asked with the app, not after the route's code has loaded
 * (about 0.5 s later; docs/performance.md): health on every route, and the counties' outlines
 * where the map screen will draw its picture of them.
 */
function prefetchFirstPaint(client: QueryClient): QueryClient {
  void client.prefetchQuery(healthQuery)
  if (
    MAP_ROUTES.has(routeFor(location.pathname).type) &&
    drawsPreview(decodeUrlState(location.search, todayIso()))
  )
    void client.prefetchQuery(outlinesQuery('county'))
  return client
}

export function App() {
  const path = usePath()
  // One cache for the page's life: routes share what they fetched (health, regions, figures).
  const [queryClient] = useState(() => prefetchFirstPaint(createQueryClient()))
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Suspense fallback={<RouteFallback />}>{routeFor(path)}</Suspense>
      </I18nProvider>
    </QueryClientProvider>
  )
}
