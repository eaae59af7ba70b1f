// Composes the routes; each route is its own chunk so the public map never loads staff code.
import { lazy, Suspense } from 'react'
import { I18nProvider } from './i18n/i18n'
import { usePath } from './router'
import { RouteFallback } from './shell/route-fallback'

const HomeRoute = lazy(() => import('./routes/home-route'))
const HuzhouRoute = lazy(() => import('./routes/huzhou-route'))
const PublicRoute = lazy(() => import('./routes/public-route'))
const LoginRoute = lazy(() => import('./routes/login-route'))

function routeFor(path: string) {
  if (path.startsWith('/public')) return <PublicRoute />
  if (path.startsWith('/huzhou')) return <HuzhouRoute />
  if (path.startsWith('/login')) return <LoginRoute />
  return <HomeRoute />
}

export function App() {
  const path = usePath()
  return (
    <I18nProvider>
      <Suspense fallback={<RouteFallback />}>{routeFor(path)}</Suspense>
    </I18nProvider>
  )
}
