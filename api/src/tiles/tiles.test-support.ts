// Shared set-up for the tile tests: a fresh schema with the real boundaries and fixture mines.
import Pbf from 'pbf'
import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile'
import { hashPassword } from '../auth/password'
import { referenceDb } from '../testing/schema-template'
import type { TestDb } from '../testing/test-db'
import type { Backend } from '../testing/global-setup'
import { PASSWORD, signIn, testApp } from '../testing/world'
import { insertTileFixtures } from './tile-fixtures'

export async function tileTestDb(backend: Backend): Promise<TestDb> {
  const test = await referenceDb(backend)
  await insertTileFixtures(test.db, { perCounty: 2 })
  return test
}

/**
 * The app as a signed-in leader sees it (internal tile sets need a bureau, leader or planner
 * session); `anonymous` is the same app without the cookie.
 */
export async function tileTestApp(test: TestDb) {
  const { db } = test
  const anonymous = testApp(test)
  await db
    .insertInto('app_user')
    .values({
      username: 'tiles.leader',
      display_name: 'tiles',
      password_hash: await hashPassword(PASSWORD),
      role: 'leader',
      region_code: '330000',
    })
    .execute()
  const leader = await signIn(anonymous, 'tiles.leader')
  return {
    anonymous,
    request: async (path: string, init: RequestInit = {}) =>
      leader.request(
        init.method ?? 'GET',
        path,
        init.body ?? undefined,
        init.headers as Record<string, string>,
      ),
  }
}

// Copied first: pbf 4 reads doubles through a DataView over the whole underlying buffer,
// which is wrong for a pg Buffer that starts at an offset into a pooled ArrayBuffer.
// (pbf 4's reader is what @mapbox/vector-tile 3 reads through, though it is typed for pbf 5).
export const decodeTile = (bytes: Uint8Array) =>
  new VectorTile(new Pbf(new Uint8Array(bytes)) as unknown as PbfReader)

type PbfReader = ConstructorParameters<typeof VectorTile>[0]

/** The features of one source layer (none when the layer is absent). */
export function featuresOf(bytes: Uint8Array, layer: string): VectorTileFeature[] {
  const l = decodeTile(bytes).layers[layer]
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : []
}

export async function tileBytes(
  app: Awaited<ReturnType<typeof tileTestApp>>,
  path: string,
): Promise<Uint8Array> {
  const res = await app.request(path)
  if (res.status === 204) return new Uint8Array()
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return new Uint8Array(await res.arrayBuffer())
}
