// §4.3 原件归档: the demo archives the originals of both reports as stored documents (tiny PDFs
// labelled demo data), so that archiving rests on documents, as it does through the API.
import type { Builder } from './builder'
import { addDocument } from './documents'
import type { IsoDate } from './types'

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
