// The county's rectification orders (限期整改): the deadline and its clock, the re-check agency (drawn
// here, from the listed agencies other than the original evaluator), the re-check and any removal.
import { ErrorNotice } from '../../shell/error-notice'
import { useI18n } from '../../i18n/i18n'
import { GREEN_STATE_META } from '@zgm/domain'
import { useAssignRecheckAgency, useMineDetail } from './sanctions-queries'
import type { RectificationOrder } from './spot-check-model'

interface Props {
  orders: RectificationOrder[]
  agencies: ReadonlyMap<string, string>
  csrf: string
}

export function RectificationOrders({ orders, agencies, csrf }: Props) {
  const { t } = useI18n()
  return (
    <section className="spc-section" aria-labelledby="spc-orders">
      <h2 id="spc-orders">{t('spcOrders')}</h2>
      {orders.length === 0 ? (
        <p className="muted">{t('spcNoOrders')}</p>
      ) : (
        <div className="table-wrap">
          <table className="region-table compact spc-orders">
            <thead>
              <tr>
                <th scope="col">{t('spcMine')}</th>
                <th scope="col">{t('spcCheckedOn')}</th>
                <th scope="col">{t('spcDeadline')}</th>
                <th scope="col">{t('spcRecheckAgency')}</th>
                <th scope="col">{t('spcRecheck')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <OrderRow key={`${o.drawId}:${o.result.mineId}`} order={o} agencies={agencies} csrf={csrf} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/** The drawn agency of an `assign_recheck_agency` event: in the recorded event, or (seeded history) at the top. */
function agencyOf(payload: unknown): string | null {
  const p = (payload ?? {}) as { agencyId?: unknown; event?: { agencyId?: unknown } }
  const id = p.event?.agencyId ?? p.agencyId
  return id === undefined || id === null || id === '' ? null : String(id)
}

function OrderRow({
  order,
  agencies,
  csrf,
}: {
  order: RectificationOrder
  agencies: ReadonlyMap<string, string>
  csrf: string
}) {
  const { t, lang } = useI18n()
  const { result, deadline, stage, daysLeft } = order
  const open = stage === 'open'
  // The mine's own record says whether an agency was drawn for this order (events after the check).
  const mine = useMineDetail(result.mineId)
  const assign = useAssignRecheckAgency()
  const sinceCheck = (mine.data?.timeline ?? []).filter((e) => e.on >= result.checkedOn)
  const drawn = sinceCheck.filter((e) => e.type === 'assign_recheck_agency').at(-1)
  const agencyId = drawn ? agencyOf(drawn.payload) : null
  const clock =
    daysLeft === null
      ? t('spcClosed')
      : daysLeft < 0
        ? t('spcOverdue', { n: -daysLeft })
        : t('spcDaysLeft', { n: daysLeft })
  return (
    <tr className={daysLeft !== null && daysLeft < 0 ? 'spc-overdue' : undefined}>
      <th scope="row">
        {result.mineName}
        {mine.data && <div className="muted">{GREEN_STATE_META[mine.data.greenState][lang]}</div>}
      </th>
      <td>{result.checkedOn}</td>
      <td>
        {deadline}
        <div className={daysLeft !== null && daysLeft < 0 ? 'spc-late' : 'muted'}>{clock}</div>
      </td>
      <td>
        {agencyId ? (
          (agencies.get(agencyId) ?? `#${agencyId}`)
        ) : open && mine.data?.greenState === 'rectifying' ? (
          <button
            type="button"
            className="btn"
            disabled={assign.isPending}
            aria-label={t('spcAssignAgencyFor', { mine: result.mineName })}
            onClick={() =>
              assign.mutate({ csrf, mineId: result.mineId, expectedVersion: mine.data!.version })
            }
          >
            {t('spcAssignAgency')}
          </button>
        ) : (
          '—'
        )}
        {assign.error && <ErrorNotice error={assign.error} />}
        {mine.error && <ErrorNotice error={mine.error} load />}
      </td>
      <td>
        {stage === 'open' && t('spcRecheckPending')}
        {stage === 'recheck_passed' && `${result.recheckOn} ${t('spcRecheckPassed')}`}
        {stage === 'removal_proposed' && (
          <>
            {result.recheckOn} {t('spcRecheckFailed')} · <strong>{t('spcRemovalProposed')}</strong>
          </>
        )}
        {stage === 'removed' && (
          <>
            {result.recheckOn} {t('spcRecheckFailed')} · {t('spcRemoved')}
          </>
        )}
      </td>
    </tr>
  )
}
