import { describe, expect, it } from 'vitest'
import { generateSchemaText, readSchemaFile } from './api-types'

describe('web/src/api/schema.gen.ts', () => {
  it('matches the API’s OpenAPI document (else run `npm run api:types` and commit the result)', async () => {
    const fresh = await generateSchemaText()
    const checkedIn = await readSchemaFile()
    expect(checkedIn, 'web/src/api/schema.gen.ts is missing: run `npm run api:types`').not.toBeNull()
    // A plain boolean first, so that the failure names the command rather than only a long diff.
    expect(checkedIn === fresh, 'web/src/api/schema.gen.ts is stale: run `npm run api:types`').toBe(true)
  }, 60_000)
})
