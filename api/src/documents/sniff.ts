// PRODUCT §6 "files that lie about their type": a document's type is read from its content
// (magic bytes, and for ZIPs the names inside), and what the upload claims must agree with it.
import type { RefusalOf } from '@zgm/domain'

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
} as const

export type SniffedKind = keyof typeof MEDIA_TYPES

export interface Sniffed {
  kind: SniffedKind
  mediaType: string
  /** For people: "PDF", "zipped Shapefile"… */
  label: string
}

const LABELS: Record<SniffedKind, string> = {
  pdf: 'PDF',
  png: 'PNG image',
  jpeg: 'JPEG image',
  docx: 'Word document (.docx)',
  xlsx: 'Excel workbook (.xlsx)',
  zip: 'ZIP archive',
}

/** File extensions and the content each stands for. */
const EXTENSIONS: Record<string, SniffedKind> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  docx: 'docx',
  xlsx: 'xlsx',
  zip: 'zip',
}

/** Content types a client may claim for each kind (besides the neutral octet-stream). */
const CLAIMABLE: Record<SniffedKind, readonly string[]> = {
  pdf: ['application/pdf', 'application/x-pdf'],
  png: ['image/png'],
  jpeg: ['image/jpeg', 'image/pjpeg'],
  docx: [MEDIA_TYPES.docx],
  xlsx: [MEDIA_TYPES.xlsx],
  zip: ['application/zip', 'application/x-zip-compressed', 'application/x-zip'],
}

const NEUTRAL = new Set(['', 'application/octet-stream'])

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b)
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]

/** What the bytes are, or null when they are none of the accepted types. */
export function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, PDF)) return sniffed('pdf')
  if (startsWith(bytes, PNG)) return sniffed('png')
  if (startsWith(bytes, JPEG)) return sniffed('jpeg')
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, EMPTY_ZIP)) return null
  const names = zipEntryNames(bytes)
  const kind = zipKind(names)
  const shapefile = kind === 'zip' && names.some((n) => /\.shp$/i.test(n))
  return sniffed(kind, shapefile ? 'zipped Shapefile' : undefined)
}

const sniffed = (kind: SniffedKind, label = LABELS[kind]): Sniffed => ({
  kind,
  mediaType: MEDIA_TYPES[kind],
  label,
})

function zipKind(names: string[]): SniffedKind {
  if (names.includes('word/document.xml')) return 'docx'
  if (names.includes('xl/workbook.xml')) return 'xlsx'
  return 'zip'
}

/** Entry names from the ZIP central directory (stored uncompressed at the end of the archive). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535.
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  for (let eocd = bytes.length - 22; eocd >= stop; eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue
    const count = view.getUint16(eocd + 10, true)
    let at = view.getUint32(eocd + 16, true)
    const names: string[] = []
    for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
      if (view.getUint32(at, true) !== 0x02014b50) break
      const nameLength = view.getUint16(at + 28, true)
      const extra = view.getUint16(at + 30, true)
      const comment = view.getUint16(at + 32, true)
      names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)))
      at += 46 + nameLength + extra + comment
    }
    return names
  }
  return []
}

/** What unrecognised content is, for the refusal: plain text, or binary with its first bytes. */
export function describeUnknown(
  bytes: Uint8Array,
): { content: 'text' } | { content: 'binary'; head: string } {
  const head = bytes.subarray(0, 512)
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head)
  const printable = head.length > 0 && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)
  if (printable) return { content: 'text' }
  const hex = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ')
  return { content: 'binary', head: hex }
}

export type ClaimCheck =
  | { ok: true; sniffed: Sniffed }
  | { ok: false; refusal: RefusalOf<'type_mismatch'> | RefusalOf<'unsupported_type'> }

/**
 * The content decides; the file name's extension and the claimed Content-Type must both name
 * the same type as the content (a neutral application/octet-stream claims nothing).
 */
export function checkClaim(bytes: Uint8Array, filename: string, claimedType: string): ClaimCheck {
  const sniffed = sniff(bytes)
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? ''
  const byExtension = EXTENSIONS[ext]
  const claimed = claimedType.split(';')[0].trim().toLowerCase()
  const byType = (Object.keys(CLAIMABLE) as SniffedKind[]).find((k) => CLAIMABLE[k].includes(claimed))
  const claim = { extension: ext || null, claimedType: NEUTRAL.has(claimed) ? null : claimed }

  if (!sniffed) {
    const claimedKind = byExtension ?? byType
    if (claimedKind) {
      return {
        ok: false,
        refusal: { code: 'type_mismatch', ...claim, claimed: claimedKind, ...describeUnknown(bytes) },
      }
    }
    return { ok: false, refusal: { code: 'unsupported_type', ...claim, ...describeUnknown(bytes) } }
  }
  if (!byExtension) {
    const renamed = { ...claim, content: sniffed.kind, renameTo: extensionFor(sniffed.kind) }
    return {
      ok: false,
      refusal: ext ? { code: 'type_mismatch', ...renamed } : { code: 'unsupported_type', ...renamed },
    }
  }
  const typeAgrees = NEUTRAL.has(claimed) || byType === sniffed.kind
  if (byExtension !== sniffed.kind || !typeAgrees) {
    return { ok: false, refusal: { code: 'type_mismatch', ...claim, content: sniffed.kind } }
  }
  return { ok: true, sniffed }
}

const extensionFor = (kind: SniffedKind) => (kind === 'jpeg' ? 'jpg' : kind)
