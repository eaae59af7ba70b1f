// Restoration and reclamation progress for a set of mines, summed from each mine's area summary
// (GET /api/mines/{id}); fetched three at a time and shown as it accumulates.
import { useEffect, useState } from 'react'
import { getJson } from '../../api/http'
import { internalApi } from '../../api/internal-api'
import { areaTotals, type MineDetail } from '../mine/mine-types'

export interface AreaProgress {
  restoration: { total: number; completed: number }
  reclamation: { total: number; completed: number }
}

export type ProgressByCounty = Map<string, AreaProgress>

const empty = (): AreaProgress => ({
  restoration: { total: 0, completed: 0 },
  reclamation: { total: 0, completed: 0 },
})

export function useAreaProgress(mineIds: readonly number[]): { byCounty: ProgressByCounty; done: number } {
  const [state, setState] = useState<{ byCounty: ProgressByCounty; done: number }>({
    byCounty: new Map(),
    done: 0,
  })
  const key = mineIds.join(',')
  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const queue = key.split(',').map(Number)
    const byCounty: ProgressByCounty = new Map()
    let done = 0
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        try {
          const mine = await getJson<MineDetail>(internalApi.mine(id), controller.signal)
          const totals = areaTotals(mine.areas ?? [])
          const acc = byCounty.get(mine.countyCode) ?? empty()
          for (const kind of ['restoration', 'reclamation'] as const) {
            acc[kind].total += totals[kind].total
            acc[kind].completed += totals[kind].completed
          }
          byCounty.set(mine.countyCode, acc)
        } catch {
          if (controller.signal.aborted) return
        }
        done += 1
        setState({ byCounty: new Map(byCounty), done })
      }
    }
    void Promise.all([worker(), worker(), worker()])
    return () => controller.abort()
  }, [key])
  return state
}
