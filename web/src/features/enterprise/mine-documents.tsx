// A mine's stored documents on a desk (names link to the download; the server checks who may read).
import type { MineDetail } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { documentKindLabel } from './document-kinds'

export function MineDocuments({ documents }: { documents: MineDetail['documents'] }) {
  const { t, lang } = useI18n()
  return (
    <section className="desk-section" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('entDocuments')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="plain-list" data-testid="mine-documents">
          {documents.map((d) => (
            <li key={d.id}>
              <a href={`/api/documents/${d.id}`} target="_blank" rel="noreferrer">
                {d.filename}
              </a>{' '}
              <small className="muted">
                {documentKindLabel(d.kind, t)} · {formatDate(d.uploadedAt.slice(0, 10), lang)}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
