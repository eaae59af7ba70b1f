// The outbox's rules as pure functions: what to send next, how long to wait after a failure, what
// a reload finds, and what the count of waiting items is.
import type { OutboxItem } from './outbox-item'

/** 1 s, 2 s, 4 s … capped at 2 minutes: a phone in a valley retries, without draining its battery. */
export function backoffMs(attempts: number): number {
  return Math.min(120_000, 1000 * 2 ** Math.max(0, attempts - 1))
}

/** Oldest first (the order the inspector recorded them). */
export const inOrder = (items: readonly OutboxItem[]) => [...items].sort((a, b) => a.seq - b.seq)

/**
 * The next item to send at `now`: the oldest pending one whose backoff has passed. A photo waits
 * for its inspection while that is unsent (pending, sending or in conflict), so a discarded or
 * refused inspection never leaves a photo that reached the server ahead of it unexplained.
 */
export function nextToSend(items: readonly OutboxItem[], now: number): OutboxItem | undefined {
  const byId = new Map(items.map((i) => [i.id, i]))
  return inOrder(items).find((item) => {
    if (item.state !== 'pending' || item.notBefore > now) return false
    if (item.kind === 'photo') {
      const parent = byId.get(item.inspectionId)
      if (parent && parent.state !== 'sent') return false
    }
    return true
  })
}

/** An item left `sending` by a closed page is pending again on the next start (the server dedupes). */
export function recovered(item: OutboxItem): OutboxItem {
  return item.state === 'sending' ? { ...item, state: 'pending', notBefore: 0 } : item
}

/** Items still to be sent or decided on (pending, sending, conflict). */
export function waitingCount(items: readonly OutboxItem[]): number {
  return items.filter((i) => i.state === 'pending' || i.state === 'sending' || i.state === 'conflict').length
}

/** The next moment worth waking up for (the earliest backoff among pending items), or null. */
export function nextWake(items: readonly OutboxItem[], now: number): number | null {
  const times = items.filter((i) => i.state === 'pending').map((i) => Math.max(now, i.notBefore))
  return times.length ? Math.min(...times) : null
}
