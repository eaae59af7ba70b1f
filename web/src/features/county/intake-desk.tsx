// "/county": the county bureau's intake desk — received self-assessments with the one-month
// verification clock (R3.3, most urgent first), verified mines waiting for publicity, notices running
// with their objections; links to the spot checks and the area approval queue.
import { GREEN_STATE_META, todayInZhejiang } from '@zgm/domain'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { ClockChip } from '../enterprise/clock-chip'
import {
  useBureauObjections,
  useDeskMines,
  useMineDetails,
  type GreenState,
} from '../enterprise/desk-queries'
import { byUrgency, verificationClock } from './verification-clock'

export function CountyTabs({ current }: { current: 'intake' }) {
  const { t } = useI18n()
  return (
    <nav className="desk-tabs" aria-label={t('cinTabs')}>
      <Link href="/county" aria-current={current === 'intake' ? 'page' : undefined}>
        {t('cinTabIntake')}
      </Link>
      <Link href="/county/spot-checks">{t('cinTabSpotChecks')}</Link>
      <Link href="/plan">{t('cinTabAreas')}</Link>
    </nav>
  )
}

export function IntakeDesk() {
  const { t } = useI18n()
  return (
    <>
      <CountyTabs current="intake" />
      <ReceivedReports />
      <StateList state="verified" title={t('cinVerified')} action={t('cinPublish')} />
      <StateList state="county_publicity" title={t('cinPublicity')} action={t('cinOpen')} />
    </>
  )
}

function useReceived() {
  const received = useDeskMines('self_assessed')
  const assigned = useDeskMines('evaluator_assigned')
  const items = [...(received.data?.items ?? []), ...(assigned.data?.items ?? [])]
  const details = useMineDetails(items.map((m) => m.id))
  const today = todayInZhejiang()
  const rows = byUrgency(
    items.map((m, i) => {
      const detail = details[i]?.data
      return { mine: m, clock: detail ? verificationClock(detail, today) : null }
    }),
  )
  const query = {
    data: received.data && assigned.data ? rows : undefined,
    error: received.error ?? assigned.error,
    refetch: () => Promise.all([received.refetch(), assigned.refetch()]),
  }
  return query
}

function ReceivedReports() {
  const { t, lang } = useI18n()
  const query = useReceived()
  return (
    <section className="desk-section" aria-labelledby="cin-received">
      <h2 id="cin-received">{t('cinReceived')}</h2>
      <p className="muted">{t('cinReceivedHint')}</p>
      <QueryState query={query} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <div className="table-scroll">
            <table className="desk-table" data-testid="received-reports">
              <thead>
                <tr>
                  <th scope="col">{t('cinMine')}</th>
                  <th scope="col">{t('cinState')}</th>
                  <th scope="col">{t('cinReceivedOn')}</th>
                  <th scope="col">{t('cinClock')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ mine, clock }) => (
                  <tr key={mine.id}>
                    <th scope="row">
                      <Link href={`/county/mines/${mine.id}`}>{mine.name}</Link>
                    </th>
                    <td>{GREEN_STATE_META[mine.greenState][lang]}</td>
                    <td>{clock ? formatDate(clock.receivedOn, lang) : '…'}</td>
                    <td>
                      {clock && (
                        <ClockChip label={t('cinVerifyBy')} dueOn={clock.dueOn} daysLeft={clock.daysLeft} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  )
}

function StateList({ state, title, action }: { state: GreenState; title: string; action: string }) {
  const { t } = useI18n()
  const mines = useDeskMines(state)
  const objections = useBureauObjections()
  const pending = (mineId: number) =>
    objections.data?.items.filter((o) => o.mineId === mineId && o.status === 'pending').length ?? 0
  return (
    <section className="desk-section" aria-labelledby={`cin-${state}`}>
      <h2 id={`cin-${state}`}>{title}</h2>
      <QueryState query={mines} isEmpty={(d) => d.items.length === 0}>
        {(page) => (
          <ul className="plain-list" data-testid={`list-${state}`}>
            {page.items.map((m) => (
              <li key={m.id}>
                <Link href={`/county/mines/${m.id}`}>{m.name}</Link>{' '}
                <small className="muted">
                  {m.mineral}
                  {state === 'county_publicity' && pending(m.id) > 0
                    ? ` · ${t('cinPendingObjections', { n: pending(m.id) })}`
                    : ''}
                </small>{' '}
                <Link className="link" href={`/county/mines/${m.id}`} aria-hidden tabIndex={-1}>
                  {action}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  )
}
