import type { AppDeps } from './app-deps'
import { createSessionMemo, SESSION_CHANNEL } from './auth/session-memo'
import { createStatsMemo, STATS_CHANNEL } from './stats/stats-memo'
import { createTileMemo } from './tiles/tile-memo'

export type Memos = Required<Pick<AppDeps, 'tileMemo' | 'statsMemo' | 'sessionMemo'>>

/**
 * The in-process memories of one API instance on the server database at `url`: tiles, statistics
 * answers and sessions, kept coherent with every other instance through the tile LRU's one LISTEN
 * connection (tiles/tile-memo.ts); none is used while that connection is down.
 */
export function createMemos(url: string, reconnectMs?: number): Memos {
  const listening = () => tileMemo.listening
  const statsMemo = createStatsMemo(listening)
  const sessionMemo = createSessionMemo(listening)
  const tileMemo = createTileMemo({
    url,
    reconnectMs,
    alsoListen: {
      [STATS_CHANNEL]: () => statsMemo.forget(),
      [SESSION_CHANNEL]: (ids) => sessionMemo.forget(usersOf(ids)),
    },
  })
  return { tileMemo, statsMemo, sessionMemo }
}

/** The user ids a session notification names; undefined (everyone) for an empty payload or a missed one. */
function usersOf(payload: string | null): number[] | undefined {
  return payload ? payload.split(',').map(Number) : undefined
}
