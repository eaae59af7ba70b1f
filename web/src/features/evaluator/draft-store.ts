// Drafts kept on the device (IndexedDB): the form as typed, the photos not yet uploaded (their
// bytes), and whether "submit" was pressed while offline. One record per user and mine, so that
// two people sharing a phone never see each other's drafts.
import type { VerificationForm } from './verification-form'

export interface PendingPhoto {
  id: string
  blob: Blob
  name: string
  /** The device's position, asked for only when the file has no EXIF GPS. */
  device: [lng: number, lat: number] | null
  /** What the file's EXIF says, shown at once (the server reads it again itself). */
  exif: [lng: number, lat: number] | null
}

export interface Draft {
  form: VerificationForm
  photos: PendingPhoto[]
  /** Submit was pressed: send when the connection allows. */
  queued: boolean
  /** The mine version the form was filled against (expectedVersion). */
  version: number | null
  savedAt: string
}

const DB_NAME = 'zgm-evaluator'
const STORE = 'drafts'

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb()
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const req = fn(tx.objectStore(STORE))
      tx.oncomplete = () => resolve(req.result)
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  } finally {
    db.close()
  }
}

export const draftKey = (username: string, mineId: number) => `${username}:${mineId}`

export const loadDraft = (key: string) => run<Draft | undefined>('readonly', (s) => s.get(key))
export const saveDraft = (key: string, draft: Draft) => run('readwrite', (s) => s.put(draft, key))
export const deleteDraft = (key: string) => run('readwrite', (s) => s.delete(key))
