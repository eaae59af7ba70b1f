import { describe, expect, it } from 'vitest'
import type { WorkItem } from './home-queries'
import { itemsIn } from './work-buckets'

const item = (daysLeft: number | null, kind: WorkItem['kind'] = 'draw_evaluator'): WorkItem => ({
  kind,
  mineId: 1,
  mineName: '测试矿',
  regionCode: '330522',
  dueOn: daysLeft === null ? null : '2026-12-01',
  opensOn: null,
  overdue: daysLeft !== null && daysLeft < 0,
  daysLeft,
  rule: 'R3.3',
  deskPath: '/county/mines/1',
})

describe('work queue buckets', () => {
  const items = [item(-3), item(0), item(30), item(31), item(null, 'publish_publicity')]
  it('waiting holds everything; overdue the late ones; due soon what is due within 30 days and not late', () => {
    expect(itemsIn('waiting', items)).toHaveLength(5)
    expect(itemsIn('overdue', items).map((i) => i.daysLeft)).toEqual([-3])
    expect(itemsIn('dueSoon', items).map((i) => i.daysLeft)).toEqual([0, 30])
  })
})
