import { z } from '@hono/zod-openapi'

/** The one error shape, `{"error":{"code","message","details"?}}`, as documented in OpenAPI. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_credentials' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('ApiError')

export const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ApiError } },
  description,
})
