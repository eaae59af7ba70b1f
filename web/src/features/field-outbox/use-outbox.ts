// The outbox and the connection as React state: re-read on every outbox change.
import { useEffect, useState } from 'react'
import { outboxItems, subscribeOutbox, type OutboxItem } from './outbox'
import { waitingCount } from './outbox-order'

/** Every outbox item, oldest first; null until read from IndexedDB. */
export function useOutboxItems(): OutboxItem[] | null {
  const [items, setItems] = useState<OutboxItem[] | null>(null)
  useEffect(() => {
    let live = true
    const load = () => void outboxItems().then((list) => live && setItems(list))
    load()
    const stop = subscribeOutbox(load)
    return () => {
      live = false
      stop()
    }
  }, [])
  return items
}

export function useWaitingCount(): number {
  const items = useOutboxItems()
  return items ? waitingCount(items) : 0
}

/** navigator.onLine, kept current. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine)
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    return () => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    }
  }, [])
  return online
}
