import { describe, expect, it } from 'vitest'
import { allowedOpsEvents, applyOpsEvent, type OpsRecord } from './ops'

const suspended: OpsRecord = {
  status: 'suspended',
  productionStartedOn: '2018-05-01',
  suspendedOn: '2019-05-10',
  suspensionReason: 'R4',
}

describe('R4 operational status', () => {
  it('R4: start_production records the formal production date', () => {
    const r = applyOpsEvent(
      { status: 'construction' },
      { type: 'start_production', productionStartedOn: '2018-05-01' },
      { role: 'county', on: '2018-05-03' },
    )
    expect(r.status).toBe('producing')
    expect(r.record.productionStartedOn).toBe('2018-05-01')
    expect(r.effects[0]).toMatchObject({ kind: 'transition', from: 'construction', to: 'producing' })
  })

  it('R4: a suspended mine resumes only with an acceptance document dated after the suspension', () => {
    const resume = (acceptance: { documentId: string; acceptedOn: string } | null) => () =>
      applyOpsEvent(suspended, { type: 'resume', acceptance }, { role: 'county', on: '2019-08-01' })
    expect(resume(null)).toThrow(expect.objectContaining({ code: 'R4.no_acceptance', rule: 'R4' }))
    expect(resume({ documentId: ' ', acceptedOn: '2019-07-20' })).toThrow(
      expect.objectContaining({ code: 'R4.no_acceptance' }),
    )
    expect(resume({ documentId: '12', acceptedOn: '2019-05-01' })).toThrow(
      expect.objectContaining({ code: 'R4.no_acceptance' }),
    )
    expect(resume({ documentId: '12', acceptedOn: '2019-08-02' })).toThrow(
      expect.objectContaining({ code: 'R4.no_acceptance' }),
    )
    const ok = resume({ documentId: '12', acceptedOn: '2019-07-20' })()
    expect(ok.record).toMatchObject({
      status: 'producing',
      suspendedOn: null,
      lastAcceptance: { acceptedOn: '2019-07-20' },
    })
  })

  it('R4: a stop-production order needs a full year of production outside the directory, and a deadline', () => {
    const producing: OpsRecord = { status: 'producing', productionStartedOn: '2018-05-01' }
    const order = (record: OpsRecord, on: string, deadline?: string) => () =>
      applyOpsEvent(record, { type: 'suspend', reason: 'R4', deadline }, { role: 'county', on })
    // Exactly twelve months on is not yet "满一年"; the next day is.
    expect(order(producing, '2019-05-01', '2019-08-01')).toThrow(
      expect.objectContaining({
        code: 'R4.order_not_due',
        refusal: expect.objectContaining({ dueOn: '2019-05-01' }),
      }),
    )
    expect(order(producing, '2018-06-01', '2018-09-01')).toThrow(
      expect.objectContaining({ code: 'R4.order_not_due' }),
    )
    expect(order({ status: 'producing' }, '2019-06-01', '2019-09-01')).toThrow(
      expect.objectContaining({ code: 'R4.order_not_due' }),
    )
    expect(order({ ...producing, enteredDirectoryOn: '2019-03-01' }, '2019-06-01', '2019-09-01')).toThrow(
      expect.objectContaining({ code: 'R4.order_not_due' }),
    )
    expect(order(producing, '2019-05-02')).toThrow(expect.objectContaining({ code: 'R4.deadline_required' }))
    expect(order(producing, '2019-05-02', '2019-05-02')).toThrow(
      expect.objectContaining({ code: 'R4.deadline_required' }),
    )
    expect(order(producing, '2019-05-02', '2019-08-02')().record).toMatchObject({
      status: 'suspended',
      suspensionReason: 'R4',
    })
  })

  it('R4: suspend and close follow the status machine and its roles', () => {
    const producing: OpsRecord = { status: 'producing' }
    expect(
      applyOpsEvent(producing, { type: 'suspend', reason: 'safety' }, { role: 'county', on: '2019-05-10' })
        .record,
    ).toMatchObject({ status: 'suspended', suspensionReason: 'safety' })
    expect(() =>
      applyOpsEvent(producing, { type: 'resume', acceptance: null }, { role: 'county', on: '2019-05-10' }),
    ).toThrow(expect.objectContaining({ code: 'R3.illegal_transition' }))
    expect(() =>
      applyOpsEvent(producing, { type: 'close' }, { role: 'enterprise', on: '2019-05-10' }),
    ).toThrow(expect.objectContaining({ code: 'R3.wrong_role' }))
    expect(allowedOpsEvents('suspended', 'county')).toEqual(['resume', 'close'])
    expect(allowedOpsEvents('closed', 'province')).toEqual([])
  })
})
