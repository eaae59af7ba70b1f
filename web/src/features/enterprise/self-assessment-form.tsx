// The self-assessment (R3.1, §4.2 企业自评): the five prerequisites and the six groups' scores of the
// indicator set in force, checked live with the evaluator's rule; evidence per group and the report
// itself filed as documents; submitted to both county bureaus (land and environment) at the version read.
import { useState } from 'react'
import { todayInZhejiang } from '@zgm/domain'
import { ApiError } from '../../api/client'
import type { MineDetail } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { useIndicatorSets, useMineEvent, type DocumentMeta, type SubmitBody } from './desk-queries'
import { selfVerdict, setOn, type SelfScores } from './self-score'
import { UploadField } from './upload-field'

/** Both county bureaus receive the report (§4.2 分别报送县级国土资源和环境保护部门). */
export const RECIPIENTS = ['county_land', 'county_environment'] as const

const evidenceKind = (file: File) => (file.type.startsWith('image/') ? 'photo' : 'other')

export function SelfAssessmentForm({ mine }: { mine: MineDetail }) {
  const { t, lang } = useI18n()
  const sets = useIndicatorSets()
  return (
    <section className="desk-section self-assessment" aria-labelledby="sa-title">
      <h2 id="sa-title">{t('entSelfAssessment')}</h2>
      <QueryState query={sets} isEmpty={(d) => d.items.length === 0}>
        {(list) => {
          const set = setOn(list.items, todayInZhejiang())!
          return <ScoreForm key={set.id} mine={mine} set={set} lang={lang} />
        }}
      </QueryState>
    </section>
  )
}

type SetView = NonNullable<ReturnType<typeof setOn>>

function ScoreForm({ mine, set, lang }: { mine: MineDetail; set: SetView; lang: 'zh' | 'en' }) {
  const { t } = useI18n()
  const { session } = useSession()
  const [scores, setScores] = useState<SelfScores>({ prerequisites: {}, groups: {} })
  const [evidence, setEvidence] = useState<Record<string, DocumentMeta[]>>({})
  const [report, setReport] = useState<DocumentMeta | null>(null)
  const submit = useMineEvent<SubmitBody>(mine.id, '/api/mines/{id}/events/submit_self_assessment')
  const verdict = selfVerdict(set, scores)
  const result = verdict.result
  /** The set's minimum share of each group, in percent (75 % in the 2020 set). */
  const share = Math.round((set.groupMinShare ?? 0.75) * 100)
  const conflict = submit.error instanceof ApiError && submit.error.status === 409

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault()
    if (!session || !report) return
    const body: SubmitBody = {
      recipients: [...RECIPIENTS],
      documentId: report.id,
      expectedVersion: mine.version,
      selfScores: scores,
      evidence: Object.entries(evidence).flatMap(([group, docs]) =>
        docs.map((d) => ({ group, documentId: d.id })),
      ),
    }
    submit.mutate({ csrf: session.csrfToken, body })
  }

  return (
    <form onSubmit={onSubmit} aria-label={t('entSelfAssessment')}>
      <p className="muted">{t('entSetInForce', { set: lang === 'zh' ? set.titleZh : set.title })}</p>
      {/* The 2024 set lists no prerequisites of its own: no empty box then. */}
      <fieldset hidden={set.prerequisites.length === 0}>
        <legend>{t('entPrerequisites')}</legend>
        {set.prerequisites.map((p) => (
          <label key={p.id} className="check-row">
            <input
              type="checkbox"
              checked={scores.prerequisites[p.id] === true}
              onChange={(e) => {
                const checked = e.currentTarget.checked
                setScores((s) => ({ ...s, prerequisites: { ...s.prerequisites, [p.id]: checked } }))
              }}
            />{' '}
            {p[lang]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('entGroups')}</legend>
        {set.groups.map((g) => {
          const group = result?.groups.find((r) => r.id === g.id)
          return (
            <div key={g.id} className="group-row" data-testid={`group-${g.id}`}>
              <label>
                {g[lang]}{' '}
                <small className="muted">
                  {g.points === null ? t('entPointsUnconfirmed') : t('entPointsOf', { max: g.points })}
                </small>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={g.points ?? undefined}
                  className="input"
                  value={scores.groups[g.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value
                    setScores((s) => {
                      const groups = { ...s.groups }
                      if (value === '') delete groups[g.id]
                      else groups[g.id] = Number(value)
                      return { ...s, groups }
                    })
                  }}
                />
              </label>
              {group && group.min !== null && (
                <small className={group.pass ? 'ok' : 'bad'}>
                  {t(group.pass ? 'entGroupMinMet' : 'entGroupMinMissed', { min: group.min, share })}
                </small>
              )}
              {verdict.invalid === g.id && <small className="bad">{t('entScoreTooHigh')}</small>}
              <UploadField
                mineId={mine.id}
                label={t('entEvidenceFor', { group: g[lang] })}
                kind={evidenceKind}
                onUploaded={(doc) => setEvidence((ev) => ({ ...ev, [g.id]: [...(ev[g.id] ?? []), doc] }))}
              />
              {(evidence[g.id] ?? []).map((d) => (
                <small key={d.id} className="evidence">
                  ✓ {d.filename}
                </small>
              ))}
            </div>
          )
        })}
      </fieldset>
      <div className="verdict" aria-live="polite" data-testid="self-verdict">
        {result ? (
          <>
            <strong>{t('entTotal', { total: result.total, max: result.maxTotal })}</strong>{' '}
            {result.passTotal !== null && <span>{t('entPassLine', { pass: result.passTotal, share })}</span>}{' '}
            <span className={result.pass ? 'ok' : 'bad'}>
              {result.pass ? t('entVerdictPass') : t('entVerdictFail')}
            </span>
            {!result.pass && (
              <ul className="plain-list">
                {result.reasons.map((r, i) => (
                  <li key={i}>{lang === 'zh' ? r.messageZh : r.message}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <span className="bad">{t('entScoreTooHigh')}</span>
        )}
      </div>
      <fieldset>
        <legend>{t('entReport')}</legend>
        <UploadField
          mineId={mine.id}
          label={t('entReportFile')}
          kind="self_assessment_report"
          onUploaded={setReport}
        />
        {report && <small className="evidence">✓ {report.filename}</small>}
      </fieldset>
      <fieldset>
        <legend>{t('entRecipients')}</legend>
        <ul className="plain-list" data-testid="recipients">
          <li>✓ {t('entRecipientLand')}</li>
          <li>✓ {t('entRecipientEnvironment')}</li>
        </ul>
      </fieldset>
      {submit.error && <ErrorNotice error={submit.error} />}
      {conflict && <p className="muted">{t('entConflictKept')}</p>}
      {submit.isSuccess && (
        <p className="saved-note" role="status">
          {t('entSubmitted')}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={!report || submit.isPending}>
        {t('entSubmit')}
      </button>
      {!report && <small className="muted"> {t('entReportNeeded')}</small>}
    </form>
  )
}
