import { describe, expect, it } from 'vitest'
import type { InspectionItem, OutboxItem, PhotoItem } from './outbox-item'
import { backoffMs, nextToSend, nextWake, recovered, waitingCount } from './outbox-order'

const base = { mineId: 1, mineName: 'm', createdAt: '', attempts: 0, notBefore: 0 }
const inspection = (id: string, seq: number, state: OutboxItem['state'] = 'pending'): InspectionItem => ({
  ...base,
  kind: 'inspection',
  id,
  seq,
  state,
  outsideM2: null,
  body: { mineId: 1, on: '2026-11-30', recordedAt: '', baseVersion: 1, checklist: [], findings: '' },
})
const photo = (id: string, seq: number, of: string, state: OutboxItem['state'] = 'pending'): PhotoItem => ({
  ...base,
  kind: 'photo',
  id,
  seq,
  state,
  inspectionId: of,
  blob: new Blob(),
  name: 'p.jpg',
  exif: null,
})

describe('outbox order', () => {
  it('sends the oldest pending item first, whatever order they are stored in', () => {
    const items = [inspection('b', 20), inspection('a', 10), inspection('c', 30)]
    expect(nextToSend(items, 0)?.id).toBe('a')
    expect(nextToSend([inspection('a', 10, 'sent'), ...items.slice(0, 1), items[2]], 0)?.id).toBe('b')
  })

  it("holds a photo until its inspection is sent; a conflict or refusal doesn't block other inspections", () => {
    const items = [inspection('i', 10, 'conflict'), photo('p', 11, 'i'), inspection('j', 20)]
    expect(nextToSend(items, 0)?.id).toBe('j')
    expect(nextToSend([inspection('i', 10, 'sent'), photo('p', 11, 'i')], 0)?.id).toBe('p')
    // A photo whose inspection is gone (discarded after a sent photo) is not held forever.
    expect(nextToSend([photo('p', 11, 'gone')], 0)?.id).toBe('p')
  })

  it('waits out the backoff: 1 s, 2 s, 4 s … capped at 2 minutes', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([1000, 2000, 4000, 8000])
    expect(backoffMs(30)).toBe(120_000)
    const waiting = { ...inspection('a', 10), notBefore: 5000 }
    expect(nextToSend([waiting], 4999)).toBeUndefined()
    expect(nextToSend([waiting], 5000)?.id).toBe('a')
    expect(nextWake([waiting], 1000)).toBe(5000)
    expect(nextWake([inspection('a', 1, 'sent')], 0)).toBeNull()
  })

  it('an item left sending by a closed page is pending again; sent and refused items are not counted', () => {
    expect(recovered(inspection('a', 1, 'sending')).state).toBe('pending')
    expect(recovered(inspection('a', 1, 'sent')).state).toBe('sent')
    const items = ['pending', 'sending', 'conflict', 'sent', 'refused'].map((s, i) =>
      inspection(String(i), i, s as OutboxItem['state']),
    )
    expect(waitingCount(items)).toBe(3)
  })
})
