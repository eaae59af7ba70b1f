// "/enterprise": the enterprise's mines, each with its deadlines (R4 clocks, rectification) and state.
import { GREEN_STATE_META, todayInZhejiang } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { ClockChip } from './clock-chip'
import { useDeskMines, useMineDetails } from './desk-queries'
import { mineClocks, type ClockKind } from './mine-clocks'
import type { MessageKey } from '../../i18n/dict'

export const CLOCK_LABELS: Record<ClockKind, MessageKey> = {
  construction: 'entClockConstruction',
  suspension: 'entClockSuspension',
  rectification: 'entClockRectification',
}

export function EnterpriseDesk() {
  const { t, lang } = useI18n()
  const mines = useDeskMines()
  const ids = mines.data?.items.map((m) => m.id) ?? []
  const details = useMineDetails(ids)
  const today = todayInZhejiang()
  return (
    <section className="desk-section" aria-labelledby="ent-mines-title">
      <h2 id="ent-mines-title">{t('entMyMines')}</h2>
      <QueryState query={mines} isEmpty={(d) => d.items.length === 0}>
        {(page) => (
          <ul className="desk-cards" data-testid="enterprise-mines">
            {page.items.map((m, i) => {
              const detail = details[i]?.data
              const clocks = detail ? mineClocks(detail, today).filter((c) => !c.done) : []
              return (
                <li key={m.id} className="desk-card">
                  <h3>
                    <Link href={`/enterprise/mines/${m.id}`}>{m.name}</Link>
                  </h3>
                  <p className="muted">
                    {m.countyName} · {m.mineral} ·{' '}
                    <span className="chip">{GREEN_STATE_META[m.greenState][lang]}</span>
                  </p>
                  {detail === undefined ? (
                    <p className="muted">{t('loading')}</p>
                  ) : clocks.length === 0 ? (
                    <p className="muted">{t('entNoDeadline')}</p>
                  ) : (
                    <p className="clock-row">
                      {clocks.map((c) => (
                        <ClockChip
                          key={c.kind}
                          label={t(CLOCK_LABELS[c.kind])}
                          dueOn={c.dueOn}
                          daysLeft={c.daysLeft}
                        />
                      ))}
                    </p>
                  )}
                  {detail?.allowedEvents.includes('submit_self_assessment') && (
                    <Link className="btn btn-primary" href={`/enterprise/mines/${m.id}`}>
                      {t('entFillSelfAssessment')}
                    </Link>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </QueryState>
    </section>
  )
}
