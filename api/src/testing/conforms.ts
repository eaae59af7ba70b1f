import type { z } from '@hono/zod-openapi'
import { expect } from 'vitest'

/**
 * A response body matches its schema exactly: parsing succeeds, and since zod objects drop keys
 * they do not name, any extra key (at any depth) shows up as a difference. A mapper that drifts
 * from its schema fails here.
 */
export function expectConforms<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new Error(`response does not match its schema: ${parsed.error.message}`)
  expect(parsed.data, 'keys the schema does not name').toEqual(body)
  return parsed.data
}
