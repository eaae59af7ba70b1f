// §4: who may fire an event, and from which state — the checks every event shares.
import { RuleError } from '../errors'
import { ROLE_LABELS, type Role } from '../roles'

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
    throw new RuleError('R3.unknown_event', `Unknown event "${type}"`, `未知的事项 "${type}"`, { type })
  }
  if (!meta.roles.includes(role)) {
    throw new RuleError(
      'R3.wrong_role',
      `A ${ROLE_LABELS[role]?.en ?? role} may not ${meta.en.toLowerCase()}; only: ${meta.roles.join(', ')}`,
      `${ROLE_LABELS[role]?.zh ?? role}无权办理"${meta.zh}"，应由${meta.roles.map((r) => ROLE_LABELS[r].zh).join('、')}办理`,
      { role, event: type, allowedRoles: meta.roles },
    )
  }
  if (!meta.from.includes(state)) {
    const label = stateLabel(state)
    throw new RuleError(
      'R3.illegal_transition',
      `Cannot ${meta.en.toLowerCase()} while ${subject.en} is "${label?.en ?? state}"; allowed from: ${meta.from.join(', ')}`,
      `${subject.zh}当前状态为"${label?.zh ?? state}"，不能办理"${meta.zh}"`,
      { state, event: type, allowedFrom: meta.from },
    )
  }
}
