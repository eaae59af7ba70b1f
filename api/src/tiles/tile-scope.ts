// Who a tile is drawn for. Internal tile sets show exactly the mines the API shows the caller
// (mines.queries visibleTo), and the cache keeps one copy per scope so that a tile rendered
// for one county is never served to another.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely'
import type { DB } from '../db/schema'
import type { SessionUser } from '../http/env'
import { visibleTo } from '../mines/mines.queries'
import type { TileSet } from './tile-layers'

/** A WHERE on the `mine` table: the mines the caller may see. */
export type MineFilter = (eb: ExpressionBuilder<DB, 'mine'>) => Expression<SqlBool>

export interface TileScope {
  /** Part of the cache key: '' for public sets and whole-province readers. */
  key: string
  /** null: every mine. */
  mines: MineFilter | null
}

/** Public sets and province-wide roles: one shared copy of each tile. */
export const WHOLE_PROVINCE: TileScope = { key: '', mines: null }

/** The scope of `user` on `set` (call after the role check; internal sets need a user). */
export function tileScopeOf(set: TileSet, user: SessionUser | null): TileScope {
  if (set.audience === 'public') return WHOLE_PROVINCE
  if (!user) throw new Error(`tileScopeOf: internal tile set ${set.id} needs a user`)
  switch (user.role) {
    case 'province':
    case 'leader':
      return WHOLE_PROVINCE
    case 'enterprise':
    case 'evaluator':
      return { key: organizationScopeKey(user.role, user.organizationId), mines: visibleTo(user) }
    default:
      return { key: `region:${user.regionCode ?? 'none'}`, mines: visibleTo(user) }
  }
}

/** The cache scope of an enterprise's or agency's users. */
export const organizationScopeKey = (role: 'enterprise' | 'evaluator', organizationId: number | null) =>
  `${role}:${organizationId ?? 'none'}`
