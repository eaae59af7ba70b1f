// "/evaluator/mines/:id": the on-site verification form on a phone. Everything typed and every
// photo taken is kept on the device until the server has it; see use-device-draft.ts.
import { useCallback, useMemo } from 'react'
import { ApiError } from '../../api/client'
import { useSession } from '../auth/session'
import { useI18n } from '../../i18n/i18n'
import { formatDate } from '../../i18n/format'
import { Link } from '../../router'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { draftKey, type Draft } from './draft-store'
import {
  fileRecheck,
  fileVerification,
  useAgencyExperts,
  useAssignments,
  useIndicatorSets,
  type Assignment,
} from './evaluator-queries'
import { ScoreSections, StandardSection, TeamSection } from './form-sections'
import { PhotoPanel, pendingPhotoOf } from './photo-panel'
import { useDeviceDraft, type SyncState } from './use-device-draft'
import {
  liveResult,
  recheckBody,
  setInForce,
  verificationBody,
  type VerificationForm,
} from './verification-form'
import type { IndicatorSet } from '@zgm/domain'
import type { MessageKey } from '../../i18n/dict'

export function VerificationPage({ mineId }: { mineId: number }) {
  const { t } = useI18n()
  const assignments = useAssignments()
  const sets = useIndicatorSets()
  return (
    <>
      <p>
        <Link href="/evaluator">← {t('evlBack')}</Link>
      </p>
      <QueryState query={assignments}>
        {(list) => {
          const a =
            list.items.find((x) => x.mineId === mineId && x.open) ??
            list.items.find((x) => x.mineId === mineId)
          if (!a) return <p className="desk-notice">{t('evlNotAssigned')}</p>
          return (
            <QueryState query={sets}>
              {(s) => {
                const set = setInForce(s.items, list.today)
                return set ? <Form a={a} set={set} today={list.today} /> : null
              }}
            </QueryState>
          )
        }}
      </QueryState>
    </>
  )
}

const SYNC_TEXT: Record<Exclude<SyncState, 'loading'>, MessageKey> = {
  saved: 'evlStateSaved',
  waiting: 'evlStateWaiting',
  sending: 'evlStateSending',
  sent: 'evlStateSent',
}

function Form({ a, set, today }: { a: Assignment; set: IndicatorSet; today: string }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const csrf = session?.csrfToken ?? ''
  const experts = useAgencyExperts(a.agencyId, today)
  const recheck = a.purpose === 'recheck'
  const send = useCallback(
    (d: Draft) =>
      recheck
        ? fileRecheck(csrf, a.mineId, recheckBody(d.form, set, d.version ?? a.version))
        : fileVerification(
            csrf,
            a.mineId,
            verificationBody(d.form, set, a.industryStandard ?? '', d.version ?? a.version),
          ),
    [recheck, csrf, a.mineId, a.version, a.industryStandard, set],
  )
  const dd = useDeviceDraft({
    key: draftKey(session?.user.username ?? '', a.mineId),
    mineId: a.mineId,
    csrf,
    version: a.version,
    send,
  })
  const form = dd.draft?.form
  const result = useMemo(() => (form ? liveResult(form, set) : undefined), [form, set])
  if (!dd.draft || !form) return <p className="muted">{t('loading')}</p>
  const change = (fn: (f: VerificationForm) => VerificationForm) =>
    dd.update((d) => ({ ...d, form: fn(d.form) }))
  const addPhotos = async (files: File[]) => {
    const photos = await Promise.all(files.map(pendingPhotoOf))
    dd.update((d) => ({ ...d, photos: [...d.photos, ...photos] }))
  }
  const conflict =
    dd.submitError instanceof ApiError && dd.submitError.code === 'version_conflict'
      ? Number(dd.submitError.params.currentVersion)
      : null
  const statusKey =
    dd.sync === 'loading' ? null : dd.sync === 'saved' && !dd.saved ? null : SYNC_TEXT[dd.sync]
  return (
    <form
      className="evl-form"
      aria-label={t('evlTitle')}
      onSubmit={(e) => {
        e.preventDefault()
        dd.submit()
      }}
    >
      <header className="evl-section">
        <h2>{a.mineName}</h2>
        <p className="muted">
          {a.countyName} · {a.mineral} · {recheck ? t('evlPurposeRecheck') : t('evlPurposeVerification')}
        </p>
        {a.dueOn && (
          <p className={a.daysLeft !== null && a.daysLeft < 0 ? 'evl-clock evl-bad' : 'evl-clock'}>
            {t('evlDueOn', { date: formatDate(a.dueOn, lang) })}
            {a.daysLeft !== null &&
              ` · ${a.daysLeft < 0 ? t('evlOverdue', { n: -a.daysLeft }) : t('evlDaysLeft', { n: a.daysLeft })}`}
          </p>
        )}
      </header>
      {!recheck && (
        <QueryState query={experts}>
          {(list) => <TeamSection form={form} change={change} experts={list} />}
        </QueryState>
      )}
      {!recheck && <StandardSection form={form} change={change} standard={a.industryStandard} />}
      {recheck && <RecheckResult form={form} change={change} />}
      <ScoreSections form={form} change={change} set={set} result={result} />
      <label className="evl-section evl-opinion">
        <span>{t('evlOpinion')}</span>
        <textarea
          rows={4}
          maxLength={2000}
          value={form.opinion}
          onChange={(e) => {
            const opinion = e.currentTarget.value
            change((f) => ({ ...f, opinion }))
          }}
        />
      </label>
      <PhotoPanel
        mineId={a.mineId}
        pending={dd.draft.photos}
        error={dd.photoError}
        onAdd={(f) => void addPhotos(f)}
      />
      <div className="evl-submit">
        {dd.submitError ? <ErrorNotice error={dd.submitError} /> : null}
        {conflict !== null && Number.isFinite(conflict) && (
          <button type="button" className="btn" onClick={() => dd.submit(conflict)}>
            {t('evlRetryCurrent')}
          </button>
        )}
        <p className="evl-sync" role="status" data-sync={dd.sync}>
          {statusKey ? t(statusKey) : ''}
          {dd.draft.photos.length > 0 && ` · ${t('evlPhotosWaiting', { n: dd.draft.photos.length })}`}
        </p>
        {dd.result && (
          <p className="evl-rule evl-ok" role="status">
            {dd.result.greenState === 'verification_failed' ? t('evlResultFailed') : t('evlResultVerified')}
          </p>
        )}
        {!dd.result && (
          <button type="submit" className="btn btn-primary" disabled={dd.draft.queued}>
            {dd.draft.queued ? t('evlSubmitting') : recheck ? t('evlSubmitRecheck') : t('evlSubmit')}
          </button>
        )}
        {!dd.result && !dd.draft.queued && (
          <button type="button" className="btn btn-quiet" onClick={() => void dd.discard()}>
            {t('evlDiscard')}
          </button>
        )}
      </div>
    </form>
  )
}

function RecheckResult({
  form,
  change,
}: {
  form: VerificationForm
  change(fn: (f: VerificationForm) => VerificationForm): void
}) {
  const { t } = useI18n()
  const set = (recheckResult: 'pass' | 'fail') => change((f) => ({ ...f, recheckResult }))
  return (
    <fieldset className="evl-section">
      <legend>{t('evlRecheckResult')}</legend>
      <label className="evl-radio">
        <input
          type="radio"
          name="recheck"
          checked={form.recheckResult === 'pass'}
          onChange={() => set('pass')}
        />
        {t('evlResultPass')}
      </label>
      <label className="evl-radio">
        <input
          type="radio"
          name="recheck"
          checked={form.recheckResult === 'fail'}
          onChange={() => set('fail')}
        />
        {t('evlResultFail')}
      </label>
    </fieldset>
  )
}
