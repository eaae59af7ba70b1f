// §4.3 原件归档: the demo archives the originals of both reports as stored documents (tiny PDFs
// labelled demo data), so that archiving rests on documents, as it does through the API.
import { createHash } from 'node:crypto'
import type { Builder } from './builder'
import type { IsoDate } from './types'

/** A one-page-less PDF that names what it stands for (ASCII only; the sniffing reads `%PDF-`). */
function demoPdf(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ZGM demo data: ${label}\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n` +
      `2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
  )
}

function addDocument(b: Builder, mineId: number, kind: string, filename: string, on: IsoDate): number {
  const content = demoPdf(`${kind} of mine ${mineId}`)
  const id = b.nextId('document')
  b.tables.document.push({
    id,
    sha256: createHash('sha256').update(content).digest('hex'),
    size_bytes: content.length,
    media_type: 'application/pdf',
    filename,
    kind,
    mine_id: mineId,
    content: `\\x${content.toString('hex')}`,
    uploaded_by: null,
    uploaded_at: `${on}T09:00:00+08:00`,
    is_demo: true,
  })
  return id
}

/** Stores both originals and the archive record; returns the document ids the close event names. */
export function archiveOriginals(
  b: Builder,
  archive: { mineId: number; publicityId: number; attempt: number; on: IsoDate },
): { selfAssessmentDocumentId: string; verificationReportDocumentId: string } {
  const { mineId, publicityId, attempt, on } = archive
  const sa = addDocument(b, mineId, 'self_assessment_report', `自评报告-${mineId}-${attempt}.pdf`, on)
  const report = addDocument(
    b,
    mineId,
    'verification_report',
    `现场核查评估报告-${mineId}-${attempt}.pdf`,
    on,
  )
  b.tables.archived_original.push({
    id: b.nextId('archived_original'),
    mine_id: mineId,
    publicity_id: publicityId,
    event_id: null,
    self_assessment_document_id: sa,
    verification_report_document_id: report,
    archived_on: on,
  })
  return { selfAssessmentDocumentId: String(sa), verificationReportDocumentId: String(report) }
}
