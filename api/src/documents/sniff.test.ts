import { refusalMessage } from '@zgm/domain'
import { describe, expect, it } from 'vitest'
import { MEDIA_TYPES, checkClaim, sniff, zipEntryNames } from './sniff'
import { DOCX, JPEG_HEAD, MINIMAL_PDF, SHAPEFILE_ZIP, TINY_PNG, XLSX, makeZip } from './test-files'

describe('sniff reads the type from the content', () => {
  it.each([
    ['PDF', MINIMAL_PDF, 'pdf', 'PDF'],
    ['PNG', TINY_PNG, 'png', 'PNG image'],
    ['JPEG', JPEG_HEAD, 'jpeg', 'JPEG image'],
    ['docx', DOCX, 'docx', 'Word document (.docx)'],
    ['xlsx', XLSX, 'xlsx', 'Excel workbook (.xlsx)'],
    ['shapefile zip', SHAPEFILE_ZIP, 'zip', 'zipped Shapefile'],
    ['plain zip', makeZip(['readme.txt']), 'zip', 'ZIP archive'],
  ])('%s', (_name, bytes, kind, label) => {
    expect(sniff(bytes)).toEqual({ kind, mediaType: MEDIA_TYPES[kind as keyof typeof MEDIA_TYPES], label })
  })

  it.each([
    ['text', Buffer.from('hello, I am a PDF, honestly')],
    ['empty', Buffer.alloc(0)],
    ['PDF magic not at the start', Buffer.from(' %PDF-1.4')],
    ['an executable', Buffer.from([0x4d, 0x5a, 0x90, 0x00])],
  ])('%s → null', (_name, bytes) => {
    expect(sniff(bytes)).toBeNull()
  })

  it('reads ZIP entry names from the central directory', () => {
    expect(zipEntryNames(SHAPEFILE_ZIP)).toEqual([
      'areas.shp',
      'areas.shx',
      'areas.dbf',
      'areas.prj',
      'areas.cpg',
    ])
    expect(zipEntryNames(Buffer.from('PK\x03\x04 truncated'))).toEqual([])
  })
})

describe('checkClaim: extension and claimed type must agree with the content', () => {
  it.each([
    ['report.pdf', 'application/pdf', MINIMAL_PDF],
    ['REPORT.PDF', 'application/octet-stream', MINIMAL_PDF],
    ['现场照片.jpg', 'image/jpeg', JPEG_HEAD],
    ['photo.jpeg', '', JPEG_HEAD],
    ['自评报告.docx', MEDIA_TYPES.docx, DOCX],
    ['scores.xlsx', MEDIA_TYPES.xlsx, XLSX],
    ['areas.zip', 'application/x-zip-compressed', SHAPEFILE_ZIP],
  ])('accepts %s sent as "%s"', (filename, type, bytes) => {
    expect(checkClaim(bytes, filename, type).ok).toBe(true)
  })

  it.each([
    [
      'a text file named .pdf',
      Buffer.from('just text'),
      'report.pdf',
      'application/pdf',
      'type_mismatch',
      ['.pdf', 'PDF', 'plain text'],
    ],
    ['a PNG named .pdf', TINY_PNG, 'scan.pdf', 'application/pdf', 'type_mismatch', ['.pdf', 'PNG image']],
    [
      'a PDF sent as image/png',
      MINIMAL_PDF,
      'report.pdf',
      'image/png',
      'type_mismatch',
      ['image/png', 'PDF'],
    ],
    ['a docx named .zip', DOCX, 'report.zip', 'application/zip', 'type_mismatch', ['.zip', 'Word document']],
    ['a PDF named .exe', MINIMAL_PDF, 'report.exe', '', 'type_mismatch', ['.exe', 'PDF', 'name it .pdf']],
    ['a PDF without extension', MINIMAL_PDF, 'report', '', 'unsupported_type', ['without an extension']],
    [
      'a text file named .txt',
      Buffer.from('hello'),
      'notes.txt',
      'text/plain',
      'unsupported_type',
      ['plain text', 'accepted are'],
    ],
    [
      'an executable named .jpg',
      Buffer.from([0x4d, 0x5a, 0x90, 0x00]),
      'cat.jpg',
      'image/jpeg',
      'type_mismatch',
      ['JPEG', '4d 5a 90 00'],
    ],
  ] as const)('refuses %s', (_name, bytes, filename, type, code, words) => {
    const result = checkClaim(bytes, filename, type)
    expect(result).toMatchObject({ ok: false, refusal: { code } })
    if (!result.ok) for (const w of words) expect(refusalMessage(result.refusal, 'en')).toContain(w)
  })
})
