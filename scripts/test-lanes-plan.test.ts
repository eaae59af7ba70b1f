import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lanes } from './test-lanes-plan'
import { ROOT } from './web-build'

describe('npm test lanes', () => {
  it('run every file of the db project once, in one of the two db lanes, the demo world files in dbw', () => {
    const listed = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'list', '--project', 'db', '--filesOnly'],
      { cwd: ROOT, encoding: 'utf8' },
    )
    const vitestFiles = [...listed.matchAll(/^\[db\] (\S+)$/gm)].map((m) => m[1]).sort()
    expect(vitestFiles.length).toBeGreaterThan(50)
    const db = lanes().filter((l) => l.projects.includes('db'))
    expect(db.map((l) => l.name)).toEqual(['db', 'dbw'])
    const laned = db.flatMap((l) => l.files!).sort()
    expect(laned).toEqual(vitestFiles)
    const world = db.find((l) => l.name === 'dbw')!.files!
    expect(world).toContain('api/src/seed/demo-present.test.ts')
    expect(world).toContain('api/src/seed/demo.test.ts')
    expect(world).toContain('api/src/assessment/assessment.test.ts')
  })
})
