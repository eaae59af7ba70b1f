// A mine's status timeline on a desk: every step with its date, what it did and who did it (R8).
import { GREEN_STATE_META, MINE_STATUS_LABELS, ROLE_LABELS, timelineWords, type Role } from '@zgm/domain'
import type { MineDetail } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'

const roleLabel = (role: string, lang: 'zh' | 'en') => ROLE_LABELS[role as Role]?.[lang] ?? role

export function StatusTimeline({ timeline }: { timeline: MineDetail['timeline'] }) {
  const { t, lang } = useI18n()
  const newestFirst = [...timeline].reverse()
  return (
    <section className="desk-section" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('entTimeline')}</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ol className="desk-timeline" data-testid="status-timeline">
          {newestFirst.map((e) => (
            <li key={e.id}>
              <time dateTime={e.on}>{formatDate(e.on, lang)}</time>
              <span className="event">{timelineWords(e)[lang]}</span>
              {e.greenTo && e.greenTo !== e.greenFrom && (
                <span className="muted"> → {GREEN_STATE_META[e.greenTo][lang]}</span>
              )}
              {e.opsTo && e.opsTo !== e.opsFrom && (
                <span className="muted"> → {MINE_STATUS_LABELS[e.opsTo][lang]}</span>
              )}
              <small className="actor">
                {roleLabel(e.actorRole, lang)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </small>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
