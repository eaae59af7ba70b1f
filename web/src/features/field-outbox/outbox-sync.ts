// Sending the outbox, in order, when there is a connection: on the `online` event, when the app
// starts, and on a retry timer with backoff. Every send carries the item's own id, so a resend
// (the answer lost on the way back) finds the first record on the server instead of making another.
import { ApiError, read } from '../../api/client'
import { writeClient } from '../../api/write-client'
import type { InspectionItem, OutboxItem, PhotoItem } from './outbox-item'
import { backoffMs, nextToSend, nextWake, recovered } from './outbox-order'
import { allItems, putItems } from './outbox-store'
import { notifyOutboxChanged, saveItem } from './outbox'

type Outcome =
  | { kind: 'sent'; serverId: number }
  | { kind: 'refused' | 'conflict'; error: ApiError }
  | { kind: 'retry' }
  | { kind: 'signed_out' }

let running = false
let again = false
let timer: ReturnType<typeof setTimeout> | undefined
let started = false

/** Starts the engine once per page (later calls only trigger a pass); returns a stop function. */
export function startOutboxSync(): () => void {
  if (!started) {
    started = true
    window.addEventListener('online', onOnline)
    void recoverThenSync()
  } else void syncNow()
  return () => {
    started = false
    window.removeEventListener('online', onOnline)
    clearTimeout(timer)
  }
}

const onOnline = () => void syncNow()

async function recoverThenSync() {
  const items = await allItems()
  const stale = items.filter((i) => i.state === 'sending').map(recovered)
  if (stale.length) await putItems(stale)
  await syncNow()
}

/** One pass: sends the next item until none is due, offline, or signed out. */
export async function syncNow(): Promise<void> {
  if (running) {
    again = true
    return
  }
  running = true
  try {
    let csrf: string | null = null
    for (;;) {
      if (!navigator.onLine) break
      const next = nextToSend(await allItems(), Date.now())
      if (!next) break
      csrf ??= await csrfToken()
      if (csrf === null) break
      await saveItem({ ...next, state: 'sending' })
      const outcome = await send(next, csrf)
      if (outcome.kind === 'signed_out') {
        await saveItem({ ...next, state: 'pending' })
        break
      }
      await saveItem(applied(next, outcome))
    }
  } finally {
    running = false
    if (again) {
      again = false
      void syncNow()
    } else void schedule()
  }
}

async function schedule() {
  clearTimeout(timer)
  const wake = nextWake(await allItems(), Date.now())
  if (wake !== null && started) timer = setTimeout(() => void syncNow(), Math.max(250, wake - Date.now()))
}

function applied(item: OutboxItem, outcome: Exclude<Outcome, { kind: 'signed_out' }>): OutboxItem {
  switch (outcome.kind) {
    case 'sent':
      return { ...item, state: 'sent', serverId: outcome.serverId, refusal: undefined }
    case 'retry': {
      const attempts = item.attempts + 1
      return { ...item, state: 'pending', attempts, notBefore: Date.now() + backoffMs(attempts) }
    }
    default: {
      const e = outcome.error
      const refusal = { status: e.status, code: e.code, message: e.message, params: { ...e.params } }
      return { ...item, state: outcome.kind, refusal }
    }
  }
}

async function csrfToken(): Promise<string | null> {
  try {
    return (await read('/api/auth/me')).csrfToken
  } catch {
    return null
  }
}

async function send(item: OutboxItem, csrf: string): Promise<Outcome> {
  try {
    const id = item.kind === 'inspection' ? await sendInspection(item, csrf) : await sendPhoto(item, csrf)
    return { kind: 'sent', serverId: id }
  } catch (err) {
    if (!(err instanceof ApiError)) return { kind: 'retry' } // the network: try again later
    if (err.status === 401) return { kind: 'signed_out' }
    if (err.status >= 500 || err.status === 408 || err.status === 429) return { kind: 'retry' }
    if (err.code === 'version_conflict') return { kind: 'conflict', error: err }
    return { kind: 'refused', error: err }
  }
}

async function sendInspection(item: InspectionItem, csrf: string): Promise<number> {
  const { data, error, response } = await writeClient(csrf).PUT('/api/field/inspections/{clientId}', {
    params: { path: { clientId: item.id } },
    body: item.body,
  })
  if (!response.ok || !data) throw ApiError.from(response.status, error)
  return data.id
}

async function sendPhoto(item: PhotoItem, csrf: string): Promise<number> {
  const form = new FormData()
  form.set('file', new File([item.blob], item.name, { type: item.blob.type || 'image/jpeg' }))
  form.set('clientId', item.id)
  form.set('inspectionClientId', item.inspectionId)
  const { data, error, response } = await writeClient(csrf).POST('/api/mines/{id}/site-photos', {
    params: { path: { id: item.mineId } },
    body: form as never,
    bodySerializer: (body: unknown) => body as FormData,
  })
  if (!response.ok || !data) throw ApiError.from(response.status, error)
  return data.id
}
