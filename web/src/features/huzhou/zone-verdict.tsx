// The demonstration zone's verdict as of the chosen date: each criterion with its source, what the
// platform measures, and "not recorded" for what it does not (never an estimate), plus milestones.
import { ZONE_MILESTONES, zoneVerdict, type CriterionStatus, type ZoneVerdictKind } from '@zgm/domain'
import type { IsoDate, StatsRow } from '../../api/schemas'
import type { MessageKey } from '../../i18n/dict'
import { formatDate, formatNumber, formatPercent } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'

const VERDICT_WORDS: Record<ZoneVerdictKind, MessageKey> = {
  met: 'zoneMet',
  in_progress: 'zoneInProgress',
  missed: 'zoneMissed',
  unconfirmed: 'zoneUnconfirmed',
}
const STATUS_WORDS: Record<CriterionStatus, MessageKey> = {
  met: 'criterionMet',
  in_progress: 'criterionInProgress',
  missed: 'criterionMissed',
  not_recorded: 'notRecorded',
}

export function ZoneVerdict({ city, asOf }: { city: StatsRow | undefined; asOf: IsoDate }) {
  const { t, lang } = useI18n()
  if (!city) return null
  const v = zoneVerdict(asOf, { directory_rate: city.rate })
  return (
    <section className="panel-section zone-verdict" data-testid="zone-verdict" data-verdict={v.verdict}>
      <h3>
        {t('zoneVerdict')} · {formatDate(asOf, lang)}
      </h3>
      <p className={`verdict verdict-${v.verdict}`} data-testid="zone-verdict-text">
        {t(VERDICT_WORDS[v.verdict])}
      </p>
      <ul className="criteria">
        {v.criteria.map((c) => (
          <li
            key={c.criterion.id}
            data-criterion={c.criterion.id}
            data-status={c.status}
            className={`criterion ${c.status}`}
          >
            <span className="criterion-name">{c.criterion[lang]}</span>
            <span className="criterion-value">
              {c.value === null ? (
                <em>{t('notRecorded')}</em>
              ) : c.criterion.measure === 'directory_rate' ? (
                <>
                  {formatPercent(c.value, lang)} ({formatNumber(city.inDirectory, lang)} /{' '}
                  {formatNumber(city.mandatory, lang)})
                </>
              ) : (
                formatPercent(c.value, lang)
              )}{' '}
              · <strong>{t(STATUS_WORDS[c.status])}</strong>
            </span>
            <small className="muted">
              {t('dueBy', { date: formatDate(c.criterion.dueOn, lang) })} · {c.criterion.source[lang]}
            </small>
          </li>
        ))}
      </ul>
      <h4>{t('zoneMilestones')}</h4>
      <ol className="timeline" data-testid="zone-milestones">
        {ZONE_MILESTONES.map((m) => (
          <li key={m.on} className={m.on > asOf ? 'future' : ''}>
            <time dateTime={m.on}>{formatDate(m.on, lang)}</time> <span className="event">{m[lang]}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
