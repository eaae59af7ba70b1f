// "/county/mines/:id": one mine at the county's intake — the verification clock, the evaluator draw,
// publishing the verification opinion, objections and archiving, as the mine's state allows.
import { GREEN_STATE_META, todayInZhejiang } from '@zgm/domain'
import { useMine } from '../../api/staff-queries'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { ClockChip } from '../enterprise/clock-chip'
import { MineDocuments } from '../enterprise/mine-documents'
import { StatusTimeline } from '../enterprise/status-timeline'
import { ArchivePanel } from './archive-panel'
import { DrawPanel } from './draw-panel'
import { CountyTabs } from './intake-desk'
import { ObjectionsPanel } from './objections-panel'
import { PublishForm } from './publish-form'
import { verificationClock } from './verification-clock'

const RECIPIENT_KEYS = {
  county_land: 'entRecipientLand',
  county_environment: 'entRecipientEnvironment',
} as const

export function CountyMinePage({ id }: { id: number }) {
  const { t, lang } = useI18n()
  const mine = useMine(id)
  return (
    <>
      <CountyTabs current="intake" />
      <QueryState query={mine}>
        {(m) => {
          const clock = verificationClock(m, todayInZhejiang())
          const drawStage = m.greenState === 'self_assessed' || m.greenState === 'evaluator_assigned'
          return (
            <article className="desk-mine" aria-labelledby="mine-title">
              <h1 id="mine-title">{m.name}</h1>
              <p className="muted">
                {m.enterpriseName} · {m.mineral} · {m.licenceNo} ·{' '}
                <span className="chip" data-testid="mine-state">
                  {GREEN_STATE_META[m.greenState][lang]}
                </span>{' '}
                <Link href={`/?s=mine:${m.id}`}>{t('showOnMap')}</Link>
              </p>
              {clock && (
                <p className="clock-row">
                  <ClockChip label={t('cinVerifyBy')} dueOn={clock.dueOn} daysLeft={clock.daysLeft} />{' '}
                  <small className="muted">
                    {t('cinRecipients')}{' '}
                    {clock.recipients
                      .map((r) =>
                        r in RECIPIENT_KEYS ? t(RECIPIENT_KEYS[r as keyof typeof RECIPIENT_KEYS]) : r,
                      )
                      .join('、')}
                  </small>
                </p>
              )}
              {drawStage && <DrawPanel mine={m} />}
              {m.allowedEvents.includes('publish_county_publicity') && <PublishForm mine={m} />}
              {m.greenState === 'county_publicity' && <ObjectionsPanel mineId={m.id} />}
              {m.allowedEvents.includes('close_county_publicity') && <ArchivePanel mine={m} />}
              <MineDocuments documents={m.documents} />
              <StatusTimeline timeline={m.timeline} />
            </article>
          )
        }}
      </QueryState>
    </>
  )
}
