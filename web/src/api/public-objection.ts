// Filing an objection (公示异议): anyone, no account, so no session and no CSRF header. Multipart,
// because an attachment may go along; a refusal becomes the same ApiError as every other call.
import { ApiError } from './client'
import type { Schemas } from './schemas'

export type ObjectionReceipt = Schemas['ObjectionReceipt']

export interface ObjectionInput {
  publicityId: number
  mineId: number
  content: string
  name?: string
  contact?: string
  file?: File | null
}

export async function fileObjection(input: ObjectionInput): Promise<ObjectionReceipt> {
  const form = new FormData()
  form.set('publicityId', String(input.publicityId))
  form.set('mineId', String(input.mineId))
  form.set('content', input.content)
  if (input.name) form.set('name', input.name)
  if (input.contact) form.set('contact', input.contact)
  if (input.file) form.set('file', input.file)
  const res = await globalThis.fetch('/api/public/objections', {
    method: 'POST',
    body: form,
    credentials: 'omit',
    headers: { accept: 'application/json' },
  })
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) throw ApiError.from(res.status, body)
  return body as ObjectionReceipt
}
