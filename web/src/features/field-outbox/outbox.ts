// The outbox's small public API (also read by the installable app's screens): add what was
// recorded, list it, count what waits, hear about changes, and resolve a conflict or discard.
// Sending lives in outbox-sync.ts.
import type { LngLat } from '@zgm/domain'
import type { InspectionBody, InspectionItem, OutboxItem, PhotoItem } from './outbox-item'
import { inOrder, waitingCount } from './outbox-order'
import { allItems, deleteItems, getItem, putItems } from './outbox-store'

export type { OutboxItem, InspectionItem, PhotoItem, OutboxState } from './outbox-item'

const events = new EventTarget()
const CHANGE = 'change'

/** Tells every listener (this page) that the outbox changed. */
export function notifyOutboxChanged(): void {
  events.dispatchEvent(new Event(CHANGE))
}

/** Calls `fn` after every change of the outbox; returns the unsubscribe function. */
export function subscribeOutbox(fn: () => void): () => void {
  events.addEventListener(CHANGE, fn)
  return () => events.removeEventListener(CHANGE, fn)
}

/** Items still to send or to decide on (pending, sending, conflict). */
export async function pendingCount(): Promise<number> {
  return waitingCount(await allItems())
}

/** Every item, oldest first. */
export async function outboxItems(): Promise<OutboxItem[]> {
  return inOrder(await allItems())
}

export interface NewPhoto {
  blob: Blob
  name: string
  exif: LngLat | null
}

/** Writes an inspection and its photos to the outbox in one transaction; returns the inspection's id. */
export async function recordInspection(
  mine: { id: number; name: string },
  body: InspectionBody,
  outsideM2: number | null,
  photos: readonly NewPhoto[],
): Promise<string> {
  const now = Date.now()
  const base = {
    mineId: mine.id,
    mineName: mine.name,
    createdAt: new Date(now).toISOString(),
    state: 'pending' as const,
    attempts: 0,
    notBefore: 0,
  }
  const inspection: InspectionItem = {
    ...base,
    kind: 'inspection',
    id: crypto.randomUUID(),
    seq: now * 100,
    body,
    outsideM2,
  }
  const items: PhotoItem[] = photos.map((p, i) => ({
    ...base,
    kind: 'photo',
    id: crypto.randomUUID(),
    seq: now * 100 + i + 1,
    inspectionId: inspection.id,
    blob: p.blob,
    name: p.name,
    exif: p.exif,
  }))
  await putItems([inspection, ...items])
  notifyOutboxChanged()
  return inspection.id
}

/** "Record against the current state": the same id, the mine version the server now has, sent again. */
export async function recordAgainstCurrent(id: string, currentVersion: number): Promise<void> {
  const item = await getItem(id)
  if (!item || item.kind !== 'inspection' || item.state !== 'conflict') return
  await putItems([
    {
      ...item,
      body: { ...item.body, baseVersion: currentVersion },
      state: 'pending',
      refusal: undefined,
      attempts: 0,
      notBefore: 0,
    },
  ])
  notifyOutboxChanged()
}

/** Drops an unsent item (and an inspection's unsent photos): nothing of it reaches the server. */
export async function discardItem(id: string): Promise<void> {
  const items = await allItems()
  const ids = items
    .filter((i) => i.id === id || (i.kind === 'photo' && i.inspectionId === id && i.state !== 'sent'))
    .map((i) => i.id)
  await deleteItems(ids)
  notifyOutboxChanged()
}

/** Replaces one item as it now stands (the sync engine's writes). */
export async function saveItem(item: OutboxItem): Promise<void> {
  await putItems([item])
  notifyOutboxChanged()
}
