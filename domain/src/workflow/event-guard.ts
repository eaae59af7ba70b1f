// §4: who may fire an event, and from which state — the checks every event shares.
import { RuleError } from '../errors'
import type { Role } from '../roles'

interface EventMeta<S extends string> {
  zh: string
  en: string
  roles: readonly Role[]
  from: readonly S[]
}

/**
 * Refuses an unknown event (`R3.unknown_event`), the wrong role (`R3.wrong_role`, checked first)
 * or the wrong state (`R3.illegal_transition`); `stateLabel` names the state for people, `subject`
 * what is in that state (a mine unless told otherwise).
 */
export function guardEvent<S extends string>(
  meta: EventMeta<S> | undefined,
  type: string,
  role: Role,
  state: S,
  stateLabel: (state: S) => { zh: string; en: string } | undefined,
  subject: { zh: string; en: string } = { zh: '矿山', en: 'the mine' },
): asserts meta is EventMeta<S> {
  if (!meta) {
    throw new RuleError({ code: 'R3.unknown_event', event: type })
  }
  if (!meta.roles.includes(role)) {
    throw new RuleError({
      code: 'R3.wrong_role',
      role,
      event: type,
      eventLabel: { zh: meta.zh, en: meta.en },
      allowedRoles: [...meta.roles],
    })
  }
  if (!meta.from.includes(state)) {
    const label = stateLabel(state)
    throw new RuleError({
      code: 'R3.illegal_transition',
      state,
      subject,
      ...(label ? { stateLabel: { zh: label.zh, en: label.en } } : {}),
      event: type,
      eventLabel: { zh: meta.zh, en: meta.en },
      allowedFrom: [...meta.from],
    })
  }
}
