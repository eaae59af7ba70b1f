// Demo documents: each acceptance (整改验收) that ends a suspension is a stored document the resume
// event cites by id (R4), a one-page PDF naming the record.
import { createHash } from 'node:crypto'
import type { IsoDate } from '@zgm/domain'
import { stamp, type Builder, type DemoMine } from './builder'
import type { DocumentRow } from './types'

/** A minimal valid PDF whose only text is `title` (ASCII; the Chinese name is the file name). */
function onePagePdf(title: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n` +
      `%${title}\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
  )
}

/** Stores a demo document of the mine (a one-page PDF naming what it stands for); returns its id. */
export function addDocument(
  b: Builder,
  mineId: number,
  kind: string,
  filename: string,
  on: IsoDate,
  uploadedBy: number | null = null,
): number {
  const content = onePagePdf(`demo ${kind} of mine ${mineId} ${on}`)
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
    uploaded_by: uploadedBy,
    uploaded_at: stamp(on, 10),
    is_demo: true,
  })
  return id
}

export function acceptanceDocument(
  b: Builder,
  m: DemoMine,
  suspensionId: number,
  acceptedOn: IsoDate,
  uploadedBy: number | null,
): DocumentRow {
  const content = onePagePdf(`demo acceptance ${acceptedOn} mine ${m.row.id} suspension ${suspensionId}`)
  const row: DocumentRow = {
    id: b.nextId('document'),
    sha256: createHash('sha256').update(content).digest('hex'),
    size_bytes: content.length,
    media_type: 'application/pdf',
    filename: `整改验收意见书〔${acceptedOn.slice(0, 4)}〕${suspensionId}号.pdf`,
    kind: 'acceptance',
    mine_id: m.row.id,
    content: `\\x${content.toString('hex')}`,
    uploaded_by: uploadedBy,
    uploaded_at: stamp(acceptedOn, 10),
    is_demo: true,
  }
  b.tables.document.push(row)
  return row
}
