// Bringing a shape in: pasted text or a dropped file goes to the import API as a dry run (nothing is
// written); the records come back in CRS84 with their problems, and one is loaded into the editor.
import { useState, type DragEvent } from 'react'
import type { MultiPolygonGeometry } from '@zgm/domain'
import { formatArea } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { refusalText } from '../../i18n/refusal-text'
import { navigate } from '../../router'
import { ErrorNotice } from '../../shell/error-notice'
import { useSession } from '../auth/session'
import { previewImport, type AreaKind, type ImportReport } from './area-queries'
import { handOver } from './shape-handoff'

/** Pasted text as a file the import API can read: its first character tells the format. */
export function pastedFile(text: string): File {
  const trimmed = text.trim()
  const name = trimmed.startsWith('{')
    ? 'pasted.geojson'
    : trimmed.startsWith('<')
      ? 'pasted.kml'
      : 'pasted.txt'
  return new File([trimmed], name, { type: 'text/plain' })
}

export function ImportShape({ mineId }: { mineId: number }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const [kind, setKind] = useState<AreaKind>('restoration')
  const [text, setText] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<unknown>(null)
  const preview = async (file: File) => {
    if (!session) return
    setError(null)
    setReport(null)
    try {
      setReport(await previewImport(session.csrfToken, mineId, kind, file))
    } catch (e) {
      setError(e)
    }
  }
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    const file = e.dataTransfer.files[0]
    if (file) void preview(file)
  }
  return (
    <div
      className="import-shape"
      data-testid="import-shape"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <h4>{t('importTitle')}</h4>
      <p className="muted small">{t('importHint')}</p>
      <label>
        {t('fieldKind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as AreaKind)}>
          <option value="restoration">{t('kindRestoration')}</option>
          <option value="reclamation">{t('kindReclamation')}</option>
        </select>
      </label>
      <textarea
        aria-label={t('importPaste')}
        placeholder={t('importPaste')}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          className="btn"
          disabled={!text.trim()}
          onClick={() => void preview(pastedFile(text))}
        >
          {t('importPreview')}
        </button>
        <label className="btn btn-quiet">
          {t('importFile')}
          <input
            type="file"
            hidden
            accept=".geojson,.json,.kml,.zip,.gpkg,.txt"
            onChange={(e) => e.target.files?.[0] && void preview(e.target.files[0])}
          />
        </label>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {report && (
        <div data-testid="import-preview">
          <p>{t('importRecords', { n: report.records.length, crs: report.sourceCrs })}</p>
          <ul className="plain-list">
            {report.records.map((r) => (
              <li key={r.index}>
                <strong>{r.name ?? `#${r.index + 1}`}</strong> {formatArea(r.areaM2, lang)}
                {r.problems.length === 0 ? (
                  <small className="muted"> · {t('importNoProblems')}</small>
                ) : (
                  <ul className="live-problems">
                    {r.problems.map((p, i) => (
                      <li key={i}>{refusalText(p, lang)}</li>
                    ))}
                  </ul>
                )}
                {r.geometry && (
                  <button
                    type="button"
                    className="btn btn-quiet"
                    onClick={() => {
                      handOver({ geometry: r.geometry as MultiPolygonGeometry, name: r.name })
                      navigate(`/plan/mines/${mineId}/new/${kind}`)
                    }}
                  >
                    {t('importUse')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
