// The outbox in IndexedDB (idb): one object store of items keyed by their id. Blobs (photos) are
// stored as they are; nothing is lost on a reload or when the phone closes the tab.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { OutboxItem } from './outbox-item'

interface OutboxDb extends DBSchema {
  items: { key: string; value: OutboxItem }
}

const DB_NAME = 'zgm-field-outbox'
let opened: Promise<IDBPDatabase<OutboxDb>> | null = null

function db(): Promise<IDBPDatabase<OutboxDb>> {
  opened ??= openDB<OutboxDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('items', { keyPath: 'id' })
    },
  })
  return opened
}

export async function allItems(): Promise<OutboxItem[]> {
  return (await db()).getAll('items')
}

export async function getItem(id: string): Promise<OutboxItem | undefined> {
  return (await db()).get('items', id)
}

/** Writes several items in one IndexedDB transaction (an inspection and its photos together). */
export async function putItems(items: readonly OutboxItem[]): Promise<void> {
  const tx = (await db()).transaction('items', 'readwrite')
  await Promise.all([...items.map((i) => tx.store.put(i)), tx.done])
}

export async function deleteItems(ids: readonly string[]): Promise<void> {
  const tx = (await db()).transaction('items', 'readwrite')
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done])
}
