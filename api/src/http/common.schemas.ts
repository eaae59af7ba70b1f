import { z } from '@hono/zod-openapi'

/**
 * A calendar date YYYY-MM-DD that exists (zod's ISO date checks month lengths and leap years:
 * 2019-02-30 is refused as `invalid_format` date), in the years PostgreSQL and the programme
 * can mean. The one date schema of every request and response.
 */
export const IsoDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2999-12-31', { params: { issue: 'date_range' } })
  .openapi({ format: 'date', example: '2019-12-31' })

/** PostgreSQL `integer` (int4) ids: anything larger cannot name a row. */
export const INT4_MAX = 2_147_483_647

/** A row id in a body: a positive int4. */
export const DbId = z.number().int().positive().max(INT4_MAX)

/** An instant, always in UTC with a `Z`. */
export const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'must be an ISO 8601 UTC date-time')
  .openapi({ format: 'date-time', example: '2019-03-12T04:20:00.000Z' })

/** A Zhejiang GB/T 2260 region code (province, city or county). */
export const RegionCode = z
  .string()
  .regex(/^33\d{4}$/, 'must be a GB/T 2260 code 33xxxx')
  .openapi({ example: '330522' })

/** Longitude and latitude in degrees (CGCS2000 ≈ WGS 84). */
export const LngLat = z.tuple([z.number(), z.number()]).openapi({ description: '[lng, lat]' })

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/**
 * Any JSON value. Only for records whose shape is set by whoever wrote them (event payloads,
 * audit snapshots); every other field has its own schema.
 */
export const JsonValue: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(JsonValue),
      z.record(z.string(), JsonValue),
    ]),
  )
  .openapi('JsonValue')

/**
 * A JSON object of recorded facts (see JsonValue). Never `.nullable()` or `.openapi({...})` a named
 * schema where it is used: zod-to-openapi writes that change into the shared component.
 */
export const JsonObject = z.record(z.string(), JsonValue).openapi('JsonObject')

/** The id of a row, in the path. */
export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(INT4_MAX)
    .openapi({ param: { name: 'id', in: 'path' }, example: 12 }),
})

/**
 * A text column narrowed to the closed set its API schema names. A value outside the set is a
 * bug in the data, not a client error, so it throws (500) instead of leaving the schema untrue.
 */
export function oneOf<const T extends string>(values: readonly T[], value: string, what: string): T {
  if ((values as readonly string[]).includes(value)) return value as T
  throw new Error(`${what}: unexpected value ${JSON.stringify(value)}`)
}
