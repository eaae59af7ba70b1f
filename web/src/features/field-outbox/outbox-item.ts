// What the phone's outbox holds (issue 16 §5): every inspection and photo recorded in the field, under
// its own id (the server's idempotency key), with where it stands. Pure data, no IndexedDB.
import type { LngLat } from '@zgm/domain'
import type { Schemas } from '../../api/schemas'

export type InspectionBody = Schemas['FieldInspectionInput']

export type OutboxState = 'pending' | 'sending' | 'sent' | 'refused' | 'conflict'

/** A refusal as the server sent it (rendered in zh or en from code and params, never from `message`). */
export interface ServerRefusal {
  status: number
  code: string
  message: string
  params: Record<string, unknown>
}

interface ItemBase {
  /** A UUID made on the phone: the server's key, so a resend never makes a second record. */
  id: string
  /** Order of recording; items are sent in this order. */
  seq: number
  mineId: number
  mineName: string
  createdAt: string
  state: OutboxState
  attempts: number
  /** Epoch ms before which no new attempt is made (backoff after a failed send). */
  notBefore: number
  refusal?: ServerRefusal
  /** For `sent`: the server's record id. */
  serverId?: number
}

export interface InspectionItem extends ItemBase {
  kind: 'inspection'
  body: InspectionBody
  /** Outside area the phone computed before sending (turf), for the list. */
  outsideM2: number | null
}

export interface PhotoItem extends ItemBase {
  kind: 'photo'
  inspectionId: string
  blob: Blob
  name: string
  /** EXIF GPS read in the browser, for display; the server reads the file itself. */
  exif: LngLat | null
}

export type OutboxItem = InspectionItem | PhotoItem
