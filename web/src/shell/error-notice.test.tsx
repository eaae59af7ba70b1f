import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import type { LngLat } from '@zgm/domain'
import type { MapBridge } from '../map/bridge'
import { MapBridgeContext } from '../map/bridge-context'
import { refusalText } from '../i18n/refusal-text'
import { render, type Rendered } from '../testing/render'
import { ErrorNotice } from './error-notice'
import { QueryState } from './query-state'

/** A bridge that only records the marks it is asked for. */
function recordingBridge() {
  const marks: (LngLat | null)[] = []
  const bridge = { markProblem: (at: LngLat | null) => marks.push(at) } as unknown as MapBridge
  return { bridge, marks }
}

let shown: Rendered | undefined
afterEach(async () => {
  await shown?.unmount()
  shown = undefined
})

describe('ErrorNotice', () => {
  // The server's message is not what the user reads: the dictionary renders the code and params.
  const refusal = new ApiError(422, 'geometry_self_intersection', 'SERVER TEXT', { at: [119.9005, 31.0012] })

  it('marks the place a refusal names, offers to go there, and clears the mark when it goes', async () => {
    const { bridge, marks } = recordingBridge()
    shown = await render(
      <MapBridgeContext.Provider value={bridge}>
        <ErrorNotice error={refusal} />
      </MapBridgeContext.Provider>,
    )
    expect(shown.container.textContent).toContain(refusalText(refusal, 'zh'))
    expect(shown.container.textContent).toContain('自相交')
    expect(shown.container.textContent).not.toContain('SERVER TEXT')
    expect(marks).toEqual([[119.9005, 31.0012]])
    const button = [...shown.container.querySelectorAll('button')].find(
      (b) => b.textContent === '在地图上查看',
    )!
    await act(async () => button.click())
    expect(marks).toEqual([
      [119.9005, 31.0012],
      [119.9005, 31.0012],
    ])
    await shown.unmount()
    shown = undefined
    expect(marks.at(-1)).toBeNull()
  })

  it('shows no map button for an error without a place, or without a map', async () => {
    const { bridge, marks } = recordingBridge()
    shown = await render(
      <MapBridgeContext.Provider value={bridge}>
        <ErrorNotice error={new ApiError(403, 'forbidden', 'not yours')} />
      </MapBridgeContext.Provider>,
    )
    expect(shown.container.querySelector('button')).toBeNull()
    expect(marks).toEqual([])
    await shown.rerender(<ErrorNotice error={refusal} />)
    expect(shown.container.querySelector('button')).toBeNull()
  })
})

describe('QueryState', () => {
  const query = <T,>(data: T | undefined, error: Error | null = null) => ({ data, error, refetch: () => {} })

  it('shows loading, then the error with a retry, then empty or the data', async () => {
    const view = (q: ReturnType<typeof query<string[]>>) => (
      <QueryState query={q} isEmpty={(d) => d.length === 0}>
        {(d) => (
          <ul>
            {d.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        )}
      </QueryState>
    )
    shown = await render(view(query<string[]>(undefined)))
    expect(shown.container.textContent).toBe('加载中…')
    await shown.rerender(
      view(query<string[]>(undefined, new ApiError(500, 'internal', 'internal server error'))),
    )
    expect(shown.container.textContent).toContain('加载失败：服务器内部错误')
    expect(shown.container.textContent).not.toContain('internal server error')
    expect(shown.container.textContent).toContain('重试')
    await shown.rerender(view(query<string[]>([])))
    expect(shown.container.textContent).toBe('无')
    await shown.rerender(view(query(['长兴县'])))
    expect(shown.container.querySelectorAll('li')).toHaveLength(1)
  })
})
