// Evidence attached to an area: the restoration plan, site photos. Listed for everyone who may see
// the area; those who may edit it attach more (checked by content on the server).
import { useState } from 'react'
import { formatDate, formatNumber } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { useAreaDocuments, useAttachDocument, type AreaDocumentKind } from './area-queries'

const KIND_KEY = { restoration_plan: 'docPlan', photo: 'docPhoto', other: 'docOther' } as const

export function AreaDocuments({ areaId, canAttach }: { areaId: number; canAttach: boolean }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const attach = useAttachDocument(areaId)
  const [kind, setKind] = useState<AreaDocumentKind>('restoration_plan')
  return (
    <section className="panel-section" data-testid="area-documents">
      <h3>{t('evidenceTitle')}</h3>
      <QueryState query={useAreaDocuments(areaId)}>
        {({ documents }) =>
          documents.length === 0 ? (
            <p className="muted">{t('noDocuments')}</p>
          ) : (
            <ul className="documents">
              {documents.map((d) => (
                <li key={d.id}>
                  <a href={`/api/documents/${d.id}`} target="_blank" rel="noreferrer">
                    {d.filename}
                  </a>{' '}
                  <small className="muted">
                    {d.kind in KIND_KEY ? t(KIND_KEY[d.kind as AreaDocumentKind]) : d.kind} ·{' '}
                    {formatNumber(d.sizeBytes / 1024, lang, 0)} KB ·{' '}
                    {formatDate(d.uploadedAt.slice(0, 10), lang)}
                  </small>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {canAttach && session && (
        <div className="button-row">
          <select
            aria-label={t('fieldKind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as AreaDocumentKind)}
          >
            {(Object.keys(KIND_KEY) as AreaDocumentKind[]).map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEY[k])}
              </option>
            ))}
          </select>
          <label className="btn btn-quiet">
            {t('evidenceAttach')}
            <input
              type="file"
              hidden
              accept=".pdf,.png,.jpg,.jpeg,.zip,.docx,.xlsx"
              onChange={(e) => {
                const file = e.target.files?.[0]
                if (file) attach.mutate({ csrf: session.csrfToken, file, kind })
                e.target.value = ''
              }}
            />
          </label>
        </div>
      )}
      {attach.error && <ErrorNotice error={attach.error} />}
    </section>
  )
}
