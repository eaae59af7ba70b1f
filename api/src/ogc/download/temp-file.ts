// Files that are built whole before the first byte can be sent (their headers hold counts and
// bounds): written into a temporary directory, then streamed from disk, so memory stays bounded.
import { mkdtemp, open, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'

export interface FileStream {
  stream: ReadableStream<Uint8Array>
  size: number
}

/** Runs `build` in a fresh temporary directory; the directory is removed if it fails. */
export async function inTempDir<T>(build: (dir: string) => Promise<T>): Promise<{ dir: string; value: T }> {
  const dir = await mkdtemp(join(tmpdir(), 'zgm-download-'))
  try {
    return { dir, value: await build(dir) }
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw e
  }
}

/**
 * A stream of the file, the temporary directory already removed: the open handle keeps the data
 * until the stream ends or the client goes away (then the handle is closed and the space freed).
 */
export async function streamAndForget(dir: string, path: string): Promise<FileStream> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    await rm(dir, { recursive: true, force: true })
    const stream = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>
    return { stream, size }
  } catch (e) {
    await handle.close()
    throw e
  }
}

/** The whole file as bytes (small files: tests and the import round trips). */
export async function readAndForget(dir: string, path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
