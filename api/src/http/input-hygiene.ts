import { createMiddleware } from 'hono/factory'
import { HttpError } from './errors'
import type { AppEnv } from './env'

/** Deeper JSON than this is refused before any schema walks it (GeoJSON needs 6). */
export const MAX_JSON_DEPTH = 32

const refuse = (field: string, issue: 'nul_character' | 'too_deep') =>
  new HttpError({
    code: 'invalid_input',
    field,
    issue,
    ...(issue === 'too_deep' ? { maximum: MAX_JSON_DEPTH } : {}),
  })

/**
 * Refuses, as 400 `invalid_input` naming the field, what PostgreSQL or a recursive schema would
 * otherwise fail on with a 500: a NUL character in the path, a query value or a JSON string,
 * and JSON nested deeper than MAX_JSON_DEPTH. Malformed JSON is left to the validator's own
 * refusal.
 */
export const inputHygiene = createMiddleware<AppEnv>(async (c, next) => {
  if (safeDecode(c.req.path).includes('\0')) throw refuse('(path)', 'nul_character')
  for (const [key, value] of new URL(c.req.url).searchParams) {
    if (key.includes('\0') || value.includes('\0')) throw refuse(key.replaceAll('\0', ''), 'nul_character')
  }
  if (/json/i.test(c.req.header('content-type') ?? '') && c.req.method !== 'GET') {
    // A clone: the route's own body limit and validator still read the original stream.
    let body: unknown
    try {
      body = JSON.parse(await c.req.raw.clone().text())
    } catch {
      return next()
    }
    checkJson(body)
  }
  await next()
})

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** Walks the value without recursion (a hostile body may be nested a million levels deep). */
export function checkJson(root: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string') {
      if (value.includes('\0')) throw refuse(path || '(body)', 'nul_character')
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (depth >= MAX_JSON_DEPTH) throw refuse(path || '(body)', 'too_deep')
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key
      if (key.includes('\0')) throw refuse(at.replaceAll('\0', ''), 'nul_character')
      stack.push({ value: child, path: at, depth: depth + 1 })
    }
  }
}
