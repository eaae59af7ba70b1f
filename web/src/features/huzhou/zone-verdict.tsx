// The demonstration zone's verdict as of the chosen date: each criterion with its source, what the
// platform measures, and "not recorded" for what it does not (never an estimate), plus milestones.
import { ZONE_MILESTONES, zoneVerdict, type CriterionStatus, type ZoneVerdictKind } from '@zgm/domain'
import type { AreaProgressFigures, IsoDate, StatsRow } from '../../api/schemas'
import { useAreaProgress } from '../../api/staff-queries'
import type { MessageKey } from '../../i18n/dict'
import { formatArea, formatDate, formatNumber, formatPercent } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { HUZHOU_CODE } from './huzhou'

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

const M2_PER_HA = 10_000

export function ZoneVerdict({
  city,
  asOf,
  signedIn,
}: {
  city: StatsRow | undefined
  asOf: IsoDate
  /** Area figures are staff data: shown measured when signed in, else not listed. */
  signedIn: boolean
}) {
  const { t, lang } = useI18n()
  const areas = useAreaProgress(HUZHOU_CODE, asOf, signedIn).data
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
      {areas && (
        <ul className="criteria" data-testid="zone-areas">
          {(['restoration', 'reclamation'] as const).map((kind) => (
            <AreaLine
              key={kind}
              label={kind === 'restoration' ? t('restorationProgress') : t('reclamationRate')}
              figures={areas.total[kind]}
            />
          ))}
        </ul>
      )}
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

/** A recorded figure without a target of the zone's own: completed against planned area. */
function AreaLine({ label, figures }: { label: string; figures: AreaProgressFigures }) {
  const { t, lang } = useI18n()
  const share = figures.hectares > 0 ? figures.completedHectares / figures.hectares : null
  return (
    <li className="criterion measured">
      <span className="criterion-name">{label}</span>
      <span className="criterion-value">
        {formatArea(figures.completedHectares * M2_PER_HA, lang)} /{' '}
        {formatArea(figures.hectares * M2_PER_HA, lang)} ({formatPercent(share, lang, 0)})
      </span>
      <small className="muted">{t('measuredNoTarget')}</small>
    </li>
  )
}
