// R3.5 (§4.3 公示): the verification opinion published on the county's portal — its period counted in
// working days on the official holiday calendar while it is typed, and the objection channel.
import { useState } from 'react'
import { addDays, todayInZhejiang } from '@zgm/domain'
import type { MineDetail } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { useSession } from '../auth/session'
import { useMineEvent, type PublishBody } from '../enterprise/desk-queries'
import { countPeriod, earliestEnd } from './publicity-days'

export function PublishForm({ mine }: { mine: MineDetail }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const today = todayInZhejiang()
  const [start, setStart] = useState(today)
  const [end, setEnd] = useState(() => earliestEnd(today))
  const [channel, setChannel] = useState(() => t('cinChannelDefault', { county: mine.countyName }))
  const publish = useMineEvent<PublishBody>(mine.id, '/api/mines/{id}/events/publish_county_publicity')
  const count = start && end ? countPeriod(start, end) : null
  return (
    <section className="desk-section" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('cinPublishTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!session) return
          publish.mutate({
            csrf: session.csrfToken,
            body: { period: { start, end }, objectionChannel: channel, expectedVersion: mine.version },
          })
        }}
      >
        <div className="form-row">
          <label>
            {t('cinPeriodStart')}
            <input
              type="date"
              className="input"
              value={start}
              min={today}
              onChange={(e) => setStart(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('cinPeriodEnd')}
            <input
              type="date"
              className="input"
              value={end}
              min={start ? addDays(start, 1) : undefined}
              onChange={(e) => setEnd(e.currentTarget.value)}
            />
          </label>
        </div>
        {count && (
          <p aria-live="polite" data-testid="working-days" className={count.long ? 'ok' : 'bad'}>
            {count.uncovered !== null
              ? t('cinCalendarMissing', { year: count.uncovered })
              : t('cinWorkingDays', {
                  n: count.workingDays,
                  min: 7,
                  earliest: formatDate(count.earliestEnd, lang),
                })}
          </p>
        )}
        <label className="block">
          {t('cinChannel')}
          <textarea
            className="input"
            rows={3}
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value)}
          />
        </label>
        {publish.error && <ErrorNotice error={publish.error} />}
        {publish.isSuccess && (
          <p className="saved-note" role="status">
            {t('cinPublished')}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={!session || publish.isPending}>
          {t('cinPublishSubmit')}
        </button>
      </form>
    </section>
  )
}
