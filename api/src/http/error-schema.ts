import { z } from '@hono/zod-openapi'
import { REFUSAL_CODES } from '@zgm/domain'
import { JsonValue } from './common.schemas'

/** The one error shape, `{"error":{"code","message","params"}}`, as documented in OpenAPI. */
export const ApiError = z
  .object({
    error: z.object({
      code: z.enum(REFUSAL_CODES).openapi({
        description: 'What was refused: one of a closed list (domain/src/refusals/refusal.ts)',
        example: 'invalid_credentials',
      }),
      message: z.string().openapi({
        description:
          'The refusal in words, rendered from code and params in the request language: Chinese by default, ' +
          'English for `Accept-Language: en…`, `?lang=en` or `X-Lang: en`',
        example: '登录失败：用户名或密码错误',
      }),
      params: z.record(z.string(), JsonValue).openapi({
        description:
          'The parameters of the refusal; which keys it has depends on `code` (see docs/api.md), e.g. ' +
          '`{"field":"pageSize","issue":"too_big","maximum":200}` for invalid_input or ' +
          '`{"at":[120.041,30.949]}` for geometry_self_intersection',
        example: { at: [120.041, 30.949] },
      }),
    }),
  })
  .openapi('ApiError')

export const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ApiError } },
  description,
})
