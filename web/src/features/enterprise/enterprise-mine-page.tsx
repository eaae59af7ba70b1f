// "/enterprise/mines/:id": one mine's deadlines, the self-assessment form (when it may be submitted),
// its documents and its status timeline.
import { GREEN_STATE_META, todayInZhejiang } from '@zgm/domain'
import { useMine } from '../../api/staff-queries'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { ClockChip } from './clock-chip'
import { CLOCK_LABELS } from './enterprise-desk'
import { mineClocks } from './mine-clocks'
import { MineDocuments } from './mine-documents'
import { SelfAssessmentForm } from './self-assessment-form'
import { StatusTimeline } from './status-timeline'
import { formatDate } from '../../i18n/format'

export function EnterpriseMinePage({ id }: { id: number }) {
  const { t, lang } = useI18n()
  const mine = useMine(id)
  return (
    <QueryState query={mine}>
      {(m) => {
        const clocks = mineClocks(m, todayInZhejiang())
        const submitted = m.timeline.filter((e) => e.type === 'submit_self_assessment').at(-1)
        return (
          <article className="desk-mine" aria-labelledby="mine-title">
            <p>
              <Link href="/enterprise">← {t('entMyMines')}</Link>
            </p>
            <h1 id="mine-title">{m.name}</h1>
            <p className="muted">
              {m.countyName} · {m.mineral} · {m.licenceNo} ·{' '}
              <span className="chip" data-testid="mine-state">
                {GREEN_STATE_META[m.greenState][lang]}
              </span>
            </p>
            {clocks.length > 0 && (
              <p className="clock-row">
                {clocks.map((c) => (
                  <ClockChip
                    key={c.kind}
                    label={t(CLOCK_LABELS[c.kind])}
                    dueOn={c.dueOn}
                    daysLeft={c.daysLeft}
                    done={c.done}
                  />
                ))}
              </p>
            )}
            {submitted && m.greenState === 'self_assessed' && (
              <p className="saved-note" role="status" data-testid="submitted-note">
                {t('entSubmittedOn', { date: formatDate(submitted.on, lang) })}
              </p>
            )}
            {m.allowedEvents.includes('submit_self_assessment') && <SelfAssessmentForm mine={m} />}
            <MineDocuments documents={m.documents} />
            <StatusTimeline timeline={m.timeline} />
          </article>
        )
      }}
    </QueryState>
  )
}
