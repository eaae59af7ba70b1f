import { unzipSync } from 'fflate'
import { refuse } from './source-file'

export const ZIP_LIMITS = { entries: 50, expandedBytes: 32 * 1024 * 1024 }

/**
 * The entries of a zip, refusing unsafe names (absolute, `..`, backslashes, drive letters) and
 * archives that would expand beyond the limit (checked on the declared sizes before inflating
 * anything, and again on what was inflated).
 */
export function safeUnzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0
  let entries = 0
  let refusal: Error | undefined
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter(f) {
        if (refusal) return false
        const parts = f.name.split('/')
        if (
          f.name.startsWith('/') ||
          f.name.includes('\\') ||
          /^[a-z]:/i.test(f.name) ||
          parts.includes('..')
        ) {
          refusal = refuse('unsafe_zip_path', f.name)
          return false
        }
        total += f.originalSize
        entries += 1
        if (entries > ZIP_LIMITS.entries || total > ZIP_LIMITS.expandedBytes) {
          refusal = refuse('zip_too_large', `> ${ZIP_LIMITS.expandedBytes / 1024 / 1024} MB`)
          return false
        }
        return !f.name.endsWith('/')
      },
    })
  } catch (e) {
    throw refusal ?? refuse('broken_file', (e as Error).message)
  }
  if (refusal) throw refusal
  const inflated = Object.values(files).reduce((n, f) => n + f.length, 0)
  if (inflated > ZIP_LIMITS.expandedBytes) throw refuse('zip_too_large')
  return files
}
