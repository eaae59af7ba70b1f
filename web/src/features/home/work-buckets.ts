// The work queue's three counts and the items behind each (the server counts the same way).
import type { MessageKey } from '../../i18n/dict'
import type { WorkItem } from './home-queries'

export type Bucket = 'waiting' | 'dueSoon' | 'overdue'
export const BUCKETS: readonly Bucket[] = ['waiting', 'dueSoon', 'overdue']
export const BUCKET_LABEL: Record<Bucket, MessageKey> = {
  waiting: 'homeWaiting',
  dueSoon: 'homeDueSoon',
  overdue: 'homeOverdue',
}

export const DUE_SOON_DAYS = 30

/** The items behind a count. */
export function itemsIn(bucket: Bucket, items: readonly WorkItem[]): WorkItem[] {
  if (bucket === 'overdue') return items.filter((i) => i.overdue)
  if (bucket === 'dueSoon')
    return items.filter((i) => !i.overdue && i.daysLeft !== null && i.daysLeft <= DUE_SOON_DAYS)
  return [...items]
}
