// The verification form's sections: the team (with the R3.4 rule live), the industry standard,
// the prerequisites and the scores per group (with the pass rule live).
import type { EvaluationResult, IndicatorSet } from '@zgm/domain'
import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { Expert } from './evaluator-queries'
import { teamCheck, type VerificationForm } from './verification-form'

export interface SectionProps {
  form: VerificationForm
  change(fn: (f: VerificationForm) => VerificationForm): void
}

export function TeamSection({ form, change, experts }: SectionProps & { experts: readonly Expert[] }) {
  const { t } = useI18n()
  const id = useId()
  const check = teamCheck(form, experts)
  const toggle = (expertId: number, on: boolean) =>
    change((f) => ({ ...f, team: on ? [...f.team, expertId] : f.team.filter((x) => x !== expertId) }))
  return (
    <fieldset className="evl-section">
      <legend>{t('evlTeam')}</legend>
      <p className="muted">{t('evlTeamHint')}</p>
      {experts.length === 0 && <p className="muted">{t('evlNoExperts')}</p>}
      <ul className="evl-checks">
        {experts.map((e) => (
          <li key={e.id}>
            <label>
              <input
                type="checkbox"
                checked={form.team.includes(e.id)}
                onChange={(ev) => toggle(e.id, ev.currentTarget.checked)}
              />
              {e.name}
              {e.senior && <span className="evl-badge">{t('evlSenior')}</span>}
              <span className="muted"> {e.specialty}</span>
            </label>
          </li>
        ))}
      </ul>
      <p id={`${id}-rule`} className={check.ok ? 'evl-rule evl-ok' : 'evl-rule evl-bad'} aria-live="polite">
        {check.ok ? '✓ ' : '✗ '}
        {t('evlTeamRule', { n: check.size, s: check.seniors })} ·{' '}
        {check.ok ? t('evlTeamOk') : t('evlTeamShort')}
      </p>
    </fieldset>
  )
}

export function StandardSection({ form, change, standard }: SectionProps & { standard: string | null }) {
  const { t } = useI18n()
  const name = useId()
  const set = (conforms: boolean) => change((f) => ({ ...f, conforms }))
  return (
    <fieldset className="evl-section">
      <legend>
        {t('evlStandard')}: {standard ?? t('evlStandardUnknown')}
      </legend>
      <label className="evl-radio">
        <input type="radio" name={name} checked={form.conforms === true} onChange={() => set(true)} />
        {t('evlConforms')}
      </label>
      <label className="evl-radio">
        <input type="radio" name={name} checked={form.conforms === false} onChange={() => set(false)} />
        {t('evlNotConforms')}
      </label>
    </fieldset>
  )
}

export function ScoreSections({
  form,
  change,
  set,
  result,
}: SectionProps & { set: IndicatorSet; result: EvaluationResult | undefined }) {
  const { t, lang } = useI18n()
  const share = set.groupMinShare === null ? null : Math.round(set.groupMinShare * 100)
  return (
    <>
      <fieldset className="evl-section">
        <legend>{t('evlPrerequisites')}</legend>
        {set.prerequisites.length === 0 && <p className="muted">{t('none')}</p>}
        <ul className="evl-checks">
          {set.prerequisites.map((p) => (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={form.prerequisites[p.id] === true}
                  onChange={(e) => {
                    const on = e.currentTarget.checked
                    change((f) => ({ ...f, prerequisites: { ...f.prerequisites, [p.id]: on } }))
                  }}
                />
                {lang === 'zh' ? p.zh : p.en}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="evl-section">
        <legend>{t('evlScores')}</legend>
        <p className="muted">{t('evlIndicatorSet', { name: lang === 'zh' ? set.titleZh : set.title })}</p>
        <div className="evl-scores">
          {set.groups.map((g) => {
            const name = lang === 'zh' ? g.zh : g.en
            return (
              <label key={g.id} className="evl-score">
                <span>
                  {name}
                  <span className="muted">
                    {' '}
                    ({g.max === null ? t('evlPointsUnconfirmed') : t('evlPoints', { n: g.max })})
                  </span>
                </span>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={g.max ?? set.maxTotal}
                  step="any"
                  aria-label={t('evlScoreOf', { group: name })}
                  value={form.groups[g.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value
                    change((f) => ({ ...f, groups: { ...f.groups, [g.id]: value } }))
                  }}
                />
              </label>
            )
          })}
        </div>
        {set.passTotal !== null && share !== null && (
          <p className="muted">{t('evlPassRule', { pass: set.passTotal, share })}</p>
        )}
        {result && (
          <div
            className={result.pass ? 'evl-rule evl-ok' : 'evl-rule evl-bad'}
            aria-live="polite"
            data-testid="pass-rule"
          >
            <p>
              <strong>{result.pass ? t('evlWouldPass') : t('evlWouldFail')}</strong> ·{' '}
              {t('evlTotal', { total: result.total, max: result.maxTotal })}
            </p>
            {!result.weightsConfirmed && <p className="muted">{t('evlProvisional')}</p>}
            {result.reasons.length > 0 && (
              <ul>
                {result.reasons.map((r) => (
                  <li key={`${r.code}-${r.subject ?? ''}`}>{lang === 'zh' ? r.messageZh : r.message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </fieldset>
    </>
  )
}
