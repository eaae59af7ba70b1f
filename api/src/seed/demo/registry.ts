// The registry's dated facts of each demo mine: its licence's term history (each renewal adds a term,
// the licence row keeps the current one) with each renewal and a closed mine's cancellation as
// licence events, and the machine-made sand equipment installed from the licence's first day.
import { stamp, type Builder, type DemoMine } from './builder'
import type { LicenceTermRow } from './types'

function termsOf(m: DemoMine): Omit<LicenceTermRow, 'id'>[] {
  const l = m.licence
  const firstRenewal = m.renewals[0]
  const first = firstRenewal
    ? { from: firstRenewal.previousValidFrom, to: firstRenewal.previousValidTo }
    : { from: l.valid_from, to: l.valid_to }
  const granted = {
    licence_id: l.id,
    seq: 1,
    valid_from: first.from,
    valid_to: first.to,
    registered_on: first.from < l.status_on ? first.from : l.status_on,
    kind: 'granted' as const,
    recorded_at: l.created_at,
  }
  const renewed = m.renewals.map((r, i) => ({
    licence_id: l.id,
    seq: i + 2,
    valid_from: r.validFrom,
    valid_to: r.validTo,
    registered_on: r.on,
    kind: 'renewed' as const,
    recorded_at: stamp(r.on),
  }))
  return [granted, ...renewed]
}

export function addRegistryFacts(b: Builder): void {
  for (const m of b.mines) {
    for (const term of termsOf(m)) b.tables.licence_term.push({ id: b.nextId('licence_term'), ...term })
    for (const renewal of m.renewals) {
      b.tables.licence_event.push({
        id: b.nextId('licence_event'),
        licence_id: m.licence.id,
        kind: 'renewed',
        occurred_on: renewal.on,
        reason: '',
        recorded_at: stamp(renewal.on),
      })
    }
    if (m.licence.status === 'cancelled') {
      b.tables.licence_event.push({
        id: b.nextId('licence_event'),
        licence_id: m.licence.id,
        kind: 'cancelled',
        occurred_on: m.licence.status_on,
        reason: m.closeReason ?? '',
        recorded_at: stamp(m.licence.status_on),
      })
    }
    if (m.row.has_sand_equipment) {
      const on = b.tables.licence_term.find((t) => t.licence_id === m.licence.id)!.valid_from
      b.tables.mine_equipment_event.push({
        id: b.nextId('mine_equipment_event'),
        mine_id: m.row.id,
        change: 'installed',
        occurred_on: on,
        recorded_at: stamp(on < '2018-01-02' ? '2018-01-02' : on),
      })
    }
  }
}
