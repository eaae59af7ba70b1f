import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { basename } from 'node:path'
import { Zip, ZipDeflate } from 'fflate'

/** Zips files into `zipPath` (deflate), a chunk at a time: memory stays bounded whatever their size. */
export async function zipFiles(paths: readonly string[], zipPath: string): Promise<void> {
  const out = createWriteStream(zipPath)
  let failure: Error | null = null
  const zip = new Zip((err, chunk) => {
    if (err) failure = err
    else out.write(chunk)
  })
  try {
    for (const path of paths) {
      const entry = new ZipDeflate(basename(path), { level: 6 })
      zip.add(entry)
      for await (const chunk of createReadStream(path)) {
        entry.push(chunk as Uint8Array)
        if (failure) throw failure
        if (out.writableNeedDrain) await once(out, 'drain')
      }
      entry.push(new Uint8Array(0), true)
    }
    zip.end()
    if (failure) throw failure
  } finally {
    out.end()
    await once(out, 'close')
  }
}
