import { z } from '@hono/zod-openapi'
import { USER_ROLES } from './roles'

export const LoginBody = z
  .object({
    username: z.string().min(1).max(100).openapi({ example: 'county.changxing' }),
    password: z.string().min(1).max(1024).openapi({ example: 'demo1234' }),
  })
  .openapi('LoginBody')

export const User = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(USER_ROLES),
    regionCode: z.string().nullable().openapi({
      description: 'Province, city or county code; null for enterprise and evaluator users',
      example: '330522',
    }),
    organizationId: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The enterprise or evaluation agency of the user' }),
  })
  .openapi('User')

export const SessionInfo = z
  .object({
    user: User,
    csrfToken: z
      .string()
      .openapi({ description: 'Send as X-CSRF-Token on every signed-in POST/PUT/PATCH/DELETE' }),
  })
  .openapi('SessionInfo')

export const SECURITY_SCHEMES = {
  cookieAuth: { type: 'apiKey', in: 'cookie', name: 'zgm_session' },
  csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
} as const
