import { sql } from 'kysely'
import { createDb } from '../../api/src/db/database'
import { TILE_SETS } from '../../api/src/tiles/tile-layers'
import { tileMvtQuery } from '../../api/src/tiles/tile-render.queries'
import { packTile } from '../../api/src/tiles/tile-service'
import { chooseTiles, tilePath } from './tiles'
const db = createDb('postgres://postgres@127.0.0.1:5432/zgm_bench_quick', { max: 1 })
const tiles = await chooseTiles(db, 2)
let q = 0,
  g = 0,
  bytes = 0
const per: string[] = []
for (let pass = 0; pass < 2; pass++) {
  q = 0
  g = 0
  bytes = 0
  per.length = 0
  for (const t of tiles) {
    const t0 = performance.now()
    const { rows } = await tileMvtQuery(TILE_SETS.get(t.set)!, t)!.execute(db)
    const t1 = performance.now()
    packTile(rows[0].mvt)
    const t2 = performance.now()
    q += t1 - t0
    g += t2 - t1
    bytes += rows[0].mvt.length
    per.push(
      `${tilePath(t)} ${(t1 - t0).toFixed(1)} ms ${(rows[0].mvt.length / 1024).toFixed(0)} kB gz ${(t2 - t1).toFixed(1)}`,
    )
  }
  console.log(
    `query ${q.toFixed(0)} ms, pack ${g.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} kB over ${tiles.length}`,
  )
}
console.log(
  per
    .sort((a, b) => Number(b.split(' ')[1]) - Number(a.split(' ')[1]))
    .slice(0, 12)
    .join('\n'),
)
await db.destroy()
