// What the live checks say about the drawing: measurements, then each problem in the user's language.
import type { LiveCheck } from '@zgm/domain'
import { formatArea, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { refusalText } from '../../i18n/refusal-text'

export function LiveStatus({ check, hasFootprint }: { check: LiveCheck | null; hasFootprint: boolean }) {
  const { t, lang } = useI18n()
  if (!check)
    return (
      <p className="muted" data-testid="live-status">
        {t('liveEmpty')}
      </p>
    )
  return (
    <div className="live-status" data-testid="live-status" aria-live="polite">
      <dl className="facts measures">
        <dt>{t('measureArea')}</dt>
        <dd data-testid="measure-area">
          {check.areaM2 === null ? '—' : `≈ ${formatArea(check.areaM2, lang)}`}
        </dd>
        <dt>{t('measureDistance')}</dt>
        <dd data-testid="measure-distance">
          {!hasFootprint
            ? t('measureNoFootprint')
            : check.distanceM === null
              ? '—'
              : `${formatNumber(Math.round(check.distanceM), lang, 0)} m`}
        </dd>
        <dt>{t('measureVertices')}</dt>
        <dd>{check.vertices}</dd>
      </dl>
      {check.problems.length === 0 ? (
        <p className="live-ok">{t('liveOk')}</p>
      ) : (
        <div className="live-problems" role="alert" data-testid="live-problems">
          <p>{t('liveProblems')}</p>
          <ul>
            {check.problems.map((p, i) => (
              <li key={i}>{refusalText(p, lang)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
