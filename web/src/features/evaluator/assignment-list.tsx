// "/evaluator": the agency's assignments, open ones first with their clock (R3.3: one month from the
// county's receipt of the report; a re-check: the rectification deadline), then the filed ones.
import { useI18n } from '../../i18n/i18n'
import { formatDate } from '../../i18n/format'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { useAssignments, type Assignment } from './evaluator-queries'

const FILED_SHOWN = 20

export function AssignmentList() {
  const { t } = useI18n()
  const query = useAssignments()
  return (
    <QueryState query={query}>
      {(list) => {
        const open = list.items.filter((a) => a.open)
        // The filed ones newest first; a phone needs only the recent ones.
        const filed = list.items.filter((a) => !a.open).slice(0, FILED_SHOWN)
        return (
          <>
            <section aria-labelledby="evl-open">
              <h2 id="evl-open">
                {t('evlOpen')} ({open.length})
              </h2>
              <p className="muted">{t('evlClockRule')}</p>
              {open.length === 0 ? (
                <p className="muted">{t('evlNoOpen')}</p>
              ) : (
                <ul className="evl-cards">
                  {open.map((a) => (
                    <AssignmentCard key={a.id} a={a} />
                  ))}
                </ul>
              )}
            </section>
            {filed.length > 0 && (
              <section aria-labelledby="evl-filed">
                <h2 id="evl-filed">
                  {t('evlFiled')} ({filed.length})
                </h2>
                <ul className="evl-cards">
                  {filed.map((a) => (
                    <AssignmentCard key={a.id} a={a} />
                  ))}
                </ul>
              </section>
            )}
          </>
        )
      }}
    </QueryState>
  )
}

function AssignmentCard({ a }: { a: Assignment }) {
  const { t, lang } = useI18n()
  const late = a.daysLeft !== null && a.daysLeft < 0
  return (
    <li className={`evl-card${late ? ' evl-late' : ''}`} data-testid="assignment">
      <div className="evl-card-head">
        <Link href={`/evaluator/mines/${a.mineId}`} aria-label={t('evlOpenForm', { name: a.mineName })}>
          {a.mineName}
        </Link>
        <span className="evl-badge">
          {a.purpose === 'recheck' ? t('evlPurposeRecheck') : t('evlPurposeVerification')}
        </span>
      </div>
      <p className="muted">
        {a.countyName} · {a.mineral}
      </p>
      <p className="evl-dates">
        <span>{t('evlAssignedOn', { date: formatDate(a.assignedOn, lang) })}</span>
        {a.receivedOn && <span>{t('evlReceivedOn', { date: formatDate(a.receivedOn, lang) })}</span>}
        {a.dueOn && <span>{t('evlDueOn', { date: formatDate(a.dueOn, lang) })}</span>}
      </p>
      {a.daysLeft !== null && (
        <p className={late ? 'evl-clock evl-bad' : 'evl-clock'}>
          {late ? t('evlOverdue', { n: -a.daysLeft }) : t('evlDaysLeft', { n: a.daysLeft })}
        </p>
      )}
      {a.filedOn && <p className="muted">{t('evlFiledOn', { date: formatDate(a.filedOn, lang) })}</p>}
    </li>
  )
}
