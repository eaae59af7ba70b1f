import { z } from '@hono/zod-openapi'
import { IsoDateTime } from '../http/common.schemas'
import { AREA_DOCUMENT_KINDS, DOCUMENT_KINDS } from './document-policy'

export const DocumentUpload = z
  .object({
    file: z.instanceof(File).openapi({
      type: 'string',
      format: 'binary',
      description: 'PDF, PNG, JPEG or ZIP (.docx, .xlsx, zipped Shapefile), ≤ 20 MB',
    }),
    kind: z.enum(DOCUMENT_KINDS),
  })
  .openapi('DocumentUpload')

export const AreaDocumentUpload = z
  .object({
    file: DocumentUpload.shape.file,
    kind: z.enum(AREA_DOCUMENT_KINDS).openapi({ description: 'restoration_plan (方案), photo, other' }),
  })
  .openapi('AreaDocumentUpload')

export const DocumentMeta = z
  .object({
    id: z.number().int(),
    mineId: z.number().int().nullable(),
    areaId: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The restoration/reclamation area it is evidence for, if any' }),
    kind: z.string().openapi({ example: 'self_assessment_report' }),
    filename: z.string().openapi({ example: '自评报告.pdf' }),
    mediaType: z.string().openapi({ description: 'Sniffed from the content', example: 'application/pdf' }),
    sizeBytes: z.number().int(),
    sha256: z.string().openapi({
      description: 'SHA-256 of the content, hex',
      example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    }),
    uploadedAt: IsoDateTime,
    uploadedBy: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
    isDemo: z.boolean(),
  })
  .openapi('DocumentMeta')

export const DocumentList = z.object({ documents: z.array(DocumentMeta) }).openapi('DocumentList')

export type DocumentMetaShape = z.infer<typeof DocumentMeta>
