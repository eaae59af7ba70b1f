// Makes a staff page the installable field app: links the manifest and registers the service
// worker (production builds only). Never imported by the public map, which stays a plain page.
// A new version waits until the user asks for it (registerType 'prompt'): no switch mid-form.
import { Workbox } from 'workbox-window'

type Listener = () => void
const listeners = new Set<Listener>()
let workbox: Workbox | null = null
let updateReady = false

/** Idempotent: the first staff page to mount does the work. */
export function enableStaffApp(): void {
  if (!document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link')
    link.rel = 'manifest'
    link.href = '/manifest.webmanifest'
    document.head.append(link)
  }
  if (workbox || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  workbox = new Workbox('/sw.js', { scope: '/' })
  workbox.addEventListener('waiting', () => {
    updateReady = true
    for (const fn of listeners) fn()
  })
  void workbox.register()
}

export const isUpdateReady = () => updateReady

export function onUpdateReady(fn: Listener): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** The user said "reload": the waiting worker takes over, then the page reloads once on it. */
export function applyUpdate(): void {
  if (!workbox) return location.reload()
  workbox.addEventListener('controlling', () => location.reload())
  workbox.messageSkipWaiting()
}
