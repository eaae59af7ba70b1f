// A download read from PostgreSQL page by page, each page one short query keyed by the last id
// read (a keyset cursor), so that neither the process nor a connection holds the whole selection.

/** Features a download reads per query. */
export const DOWNLOAD_PAGE = 500

export interface KeysetPage<T> {
  value: T
  /** The last feature id of the page (the next page starts after it). */
  lastId: number
  /** Features in the page. */
  n: number
}

export interface Cursor {
  afterId: number | null
  offset: number
  limit: number
}

/**
 * The pages of a selection of at most `range.limit` features after skipping `range.offset`:
 * `read` fetches one page at a cursor, null when there is nothing more.
 */
export async function* keysetPages<T>(
  range: { limit: number; offset: number },
  read: (at: Cursor) => Promise<KeysetPage<T> | null>,
  pageSize = DOWNLOAD_PAGE,
): AsyncGenerator<T> {
  let left = range.limit
  let afterId: number | null = null
  while (left > 0) {
    const limit = Math.min(pageSize, left)
    const page = await read({ afterId, offset: range.offset, limit })
    if (!page) return
    yield page.value
    left -= page.n
    if (page.n < limit) return
    afterId = page.lastId
  }
}

/** An async iterator as a web stream that asks for the next piece only when the reader wants it. */
export function pull<T>(pieces: AsyncIterator<T>): ReadableStream<T> {
  return new ReadableStream<T>({
    async pull(controller) {
      const next = await pieces.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel() {
      await pieces.return?.()
    },
  })
}
