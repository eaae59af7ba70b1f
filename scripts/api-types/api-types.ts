// Writes web/src/api/schema.gen.ts: the web's API types, generated from the API's own OpenAPI
// document (the real createApp, on a database that refuses every query: the document needs none).
// Run with `npm run api:types`; scripts/api-types/api-types.test.ts fails when the file is stale.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import * as prettier from 'prettier'
import ts from 'typescript'
import { createApp } from '../../api/src/app'
import { readConfig } from '../../api/src/config'
import { noDatabase } from '../../api/src/db/no-database'

export const SCHEMA_FILE = fileURLToPath(new URL('../../web/src/api/schema.gen.ts', import.meta.url))

const HEADER = `// GENERATED FILE — do not edit. The API's OpenAPI document (/api/openapi.json) as TypeScript types,
// made by openapi-typescript. Regenerate with \`npm run api:types\` after changing an API schema;
// the test scripts/api-types/api-types.test.ts fails while this file is out of date.

/** Recorded free-form JSON (event payloads, audit before/after), as a plain recursive alias. */
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
`

/** The OpenAPI document exactly as the API serves it. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const app = createApp({
    config: readConfig({}),
    db: noDatabase(),
    backend: 'embedded',
    databaseUrl: '',
    demo: false,
  })
  const res = await app.request('/api/openapi.json')
  if (res.status !== 200) throw new Error(`/api/openapi.json answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as OpenAPI3
}

/** The text schema.gen.ts should have: generated types, prettier-formatted like the rest of the code. */
export async function generateSchemaText(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), {
    // A recursive component through components['schemas'] is a circular type to TypeScript (TS2502).
    transform: (_schema, { path }) =>
      path === '#/components/schemas/JsonValue' ? ts.factory.createTypeReferenceNode('JsonValue') : undefined,
  })
  const config = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {}
  return prettier.format(HEADER + astToString(ast), { ...config, parser: 'typescript' })
}

export async function readSchemaFile(): Promise<string | null> {
  return readFile(SCHEMA_FILE, 'utf8').catch(() => null)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generateSchemaText()
  if ((await readSchemaFile()) === text) console.log(`${SCHEMA_FILE} is up to date`)
  else {
    await writeFile(SCHEMA_FILE, text)
    console.log(`wrote ${SCHEMA_FILE}`)
  }
}
