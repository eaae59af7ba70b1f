// R3.5 (§4.3 公示无异议的，做好…原件归档): closing the county notice with the originals of both reports,
// chosen from the mine's stored documents or uploaded here when missing.
import { useState } from 'react'
import type { MineDetail } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { useSession } from '../auth/session'
import { useMineEvent, type CloseBody } from '../enterprise/desk-queries'
import { UploadField } from '../enterprise/upload-field'

type Kind = 'self_assessment_report' | 'verification_report'

export function ArchivePanel({ mine }: { mine: MineDetail }) {
  const { t } = useI18n()
  const { session } = useSession()
  const close = useMineEvent<CloseBody>(mine.id, '/api/mines/{id}/events/close_county_publicity')
  const latest = (kind: Kind) => mine.documents.find((d) => d.kind === kind)?.id ?? null
  const [chosen, setChosen] = useState<Record<Kind, number | null>>({
    self_assessment_report: latest('self_assessment_report'),
    verification_report: latest('verification_report'),
  })
  const picker = (kind: Kind, label: string) => {
    const docs = mine.documents.filter((d) => d.kind === kind)
    return (
      <div className="archive-original">
        <label>
          {label}
          <select
            className="input"
            value={chosen[kind] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value
              setChosen((c) => ({ ...c, [kind]: value ? Number(value) : null }))
            }}
          >
            <option value="">{t('cinNoneChosen')}</option>
            {docs.map((d) => (
              <option key={d.id} value={d.id}>
                {d.filename}
              </option>
            ))}
          </select>
        </label>
        <UploadField
          mineId={mine.id}
          label={t('cinUploadOriginal', { what: label })}
          kind={kind}
          onUploaded={(doc) => setChosen((c) => ({ ...c, [kind]: doc.id }))}
        />
      </div>
    )
  }
  const sa = chosen.self_assessment_report
  const vr = chosen.verification_report
  return (
    <section className="desk-section" aria-labelledby="archive-title">
      <h2 id="archive-title">{t('cinArchiveTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          if (!session || sa === null || vr === null) return
          close.mutate({
            csrf: session.csrfToken,
            body: {
              objectionUpheld: false,
              archived: { selfAssessmentDocumentId: sa, verificationReportDocumentId: vr },
              expectedVersion: mine.version,
            },
          })
        }}
      >
        {picker('self_assessment_report', t('cinOriginalSelfAssessment'))}
        {picker('verification_report', t('cinOriginalVerification'))}
        {close.error && <ErrorNotice error={close.error} />}
        {close.isSuccess && (
          <p className="saved-note" role="status">
            {t('cinArchived')}
          </p>
        )}
        <button
          type="submit"
          className="btn btn-primary"
          disabled={!session || sa === null || vr === null || close.isPending}
        >
          {t('cinArchiveSubmit')}
        </button>
      </form>
    </section>
  )
}
