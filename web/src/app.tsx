// Composes the routes; each route is its own chunk so the public map never loads staff code.
import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { createQueryClient } from './api/query-client'
import { I18nProvider } from './i18n/i18n'
import { usePath } from './router'
import { RouteFallback } from './shell/route-fallback'

const HomeRoute = lazy(() => import('./routes/home-route'))
const HuzhouRoute = lazy(() => import('./routes/huzhou-route'))
const PublicRoute = lazy(() => import('./routes/public-route'))
const LoginRoute = lazy(() => import('./routes/login-route'))
const PlannerRoute = lazy(() => import('./routes/planner-route'))
const InboxRoute = lazy(() => import('./routes/inbox-route'))

function routeFor(path: string) {
  if (path.startsWith('/public')) return <PublicRoute />
  if (path.startsWith('/huzhou')) return <HuzhouRoute />
  if (path.startsWith('/login')) return <LoginRoute />
  if (path === '/plan' || path.startsWith('/plan/')) return <PlannerRoute />
  if (path === '/inbox') return <InboxRoute />
  return <HomeRoute />
}

export function App() {
  const path = usePath()
  // One cache for the page's life: routes share what they fetched (health, regions, figures).
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Suspense fallback={<RouteFallback />}>{routeFor(path)}</Suspense>
      </I18nProvider>
    </QueryClientProvider>
  )
}
