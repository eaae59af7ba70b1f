// Walks an OpenAPI 3.1 document and names every place where a client would get no type.

type Schema = boolean | Record<string, unknown>

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, Schema> }
}

interface Operation {
  parameters?: { name: string; schema?: Schema }[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']
/** Keywords that type a value; a schema with none of them accepts anything. */
const TYPING = ['type', '$ref', 'enum', 'const', 'oneOf', 'anyOf', 'allOf']
const REF = '#/components/schemas/'
const isJson = (contentType: string) => /^application\/([\w.-]+\+)?json\b/.test(contentType)
const hasTyping = (s: Record<string, unknown>) => TYPING.some((k) => k in s)

/**
 * Problems as `where: what` lines: untyped schemas (`{}`, `true`, no type keyword, open
 * `additionalProperties`, arrays without items, objects without properties), JSON responses
 * without a schema, and 2xx JSON responses that are not a `$ref` to a named component.
 * Every component is checked once, wherever it is used.
 */
export function untypedPlaces(doc: OpenApiDocument): string[] {
  const problems: string[] = []
  const checked = new Set<string>()
  const report = (where: string, what: string) => {
    problems.push(`${where}: ${what}`)
  }

  const visit = (schema: Schema | undefined, where: string): void => {
    if (schema === undefined) return report(where, 'no schema')
    if (schema === true || (typeof schema === 'object' && !hasTyping(schema))) {
      return report(where, 'untyped schema (accepts any value)')
    }
    if (schema === false) return
    const ref = schema.$ref
    if (typeof ref === 'string') {
      if (!ref.startsWith(REF)) return report(where, `unresolvable $ref ${ref}`)
      const name = ref.slice(REF.length)
      const target = doc.components?.schemas?.[name]
      if (target === undefined) return report(where, `$ref to a missing component ${name}`)
      if (!checked.has(name)) {
        checked.add(name)
        visit(target, `${REF}${name}`)
      }
      return
    }
    const types = ([] as unknown[]).concat(schema.type ?? [])
    if (types.includes('array') && schema.items === undefined && schema.prefixItems === undefined) {
      report(where, 'array without items')
    }
    const additional = schema.additionalProperties
    if (additional === true || (isPlainObject(additional) && Object.keys(additional).length === 0)) {
      report(`${where}/additionalProperties`, 'open additionalProperties (values of any type)')
    } else if (isPlainObject(additional)) {
      visit(additional as Schema, `${where}/additionalProperties`)
    }
    if (types.includes('object') && schema.properties === undefined && additional === undefined) {
      report(where, 'object without properties or additionalProperties')
    }
    for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      visit(sub, `${where}/properties/${key}`)
    }
    if (schema.items !== undefined) visit(schema.items as Schema, `${where}/items`)
    ;((schema.prefixItems ?? []) as Schema[]).forEach((s, i) => visit(s, `${where}/prefixItems/${i}`))
    for (const key of ['oneOf', 'anyOf'] as const) {
      ;((schema[key] ?? []) as Schema[]).forEach((s, i) => visit(s, `${where}/${key}/${i}`))
    }
    // allOf members that only annotate (a description beside a $ref) are fine if another member types.
    const allOf = (schema.allOf ?? []) as Schema[]
    const typedMembers = allOf.filter((s) => typeof s === 'object' && hasTyping(s))
    if (allOf.length && !typedMembers.length) report(where, 'allOf without a typed member')
    typedMembers.forEach((s) => visit(s, `${where}/allOf/${allOf.indexOf(s)}`))
  }

  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      const at = `${method.toUpperCase()} ${path}`
      for (const p of op.parameters ?? []) visit(p.schema, `${at} parameter ${p.name}`)
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        visit(media.schema, `${at} request ${type}`)
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const where = `${at} ${status}`
        const content = Object.entries(response.content ?? {})
        if (!content.length) {
          if (status !== '204' && status !== '304') report(where, 'response without a declared body')
          continue
        }
        for (const [type, media] of content) {
          if (!isJson(type)) continue // binary bodies (tiles, documents) declare their own media type
          if (!media.schema) {
            report(`${where} ${type}`, 'JSON response without a schema')
            continue
          }
          if (status.startsWith('2') && typeof media.schema === 'object' && !media.schema.$ref) {
            report(`${where} ${type}`, 'success response is not a named component ($ref)')
          }
          visit(media.schema, `${where} ${type}`)
        }
      }
    }
  }
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    if (!checked.has(name)) visit({ $ref: `${REF}${name}` }, `${REF}${name}`)
  }
  return problems
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
