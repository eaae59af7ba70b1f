// Test helpers: render a hook or a component into happy-dom with the app's providers (a fresh
// query cache, the i18n context) — no testing library needed for what the web tests ask.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from '../api/query-client'
import { I18nProvider } from '../i18n/i18n'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

export interface Rendered {
  container: HTMLElement
  queryClient: QueryClient
  rerender(node: ReactNode): Promise<void>
  unmount(): Promise<void>
}

export async function render(node: ReactNode, queryClient = createQueryClient()): Promise<Rendered> {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const wrap = (n: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>{n}</I18nProvider>
    </QueryClientProvider>
  )
  await act(async () => root.render(wrap(node)))
  return {
    container,
    queryClient,
    rerender: (n) => act(async () => root.render(wrap(n))),
    unmount: async () => {
      await act(async () => root.unmount())
      container.remove()
    },
  }
}

/** Renders a hook; `result.current` is its latest return value. */
export async function renderHook<P, T>(hook: (props: P) => T, props: NoInfer<P>, queryClient?: QueryClient) {
  const result = { current: undefined as T }
  function Probe({ p }: { p: P }) {
    result.current = hook(p)
    return null
  }
  const rendered = await render(<Probe p={props} />, queryClient)
  return { ...rendered, result, rerender: (p: P) => rendered.rerender(<Probe p={p} />) }
}

/** Lets timers, promises and React settle until `check` passes (or fails after `ms`). */
export async function until(check: () => void, ms = 3000): Promise<void> {
  const end = Date.now() + ms
  for (;;) {
    try {
      check()
      return
    } catch (e) {
      if (Date.now() > end) throw e
      await act(async () => new Promise((r) => setTimeout(r, 20)))
    }
  }
}
