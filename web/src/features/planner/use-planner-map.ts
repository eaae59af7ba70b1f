// The planner's tools on the screen's map: the overlays at once, the drawing tools (terra-draw,
// a chunk of its own) when asked for. Both are removed when the panel goes away.
import { useEffect, useState } from 'react'
import type { MapBridge } from '../../map/bridge'
import type { EditorBridge } from './editor-bridge'
import { createMapOverlays, type MapOverlays } from './map-overlays'

export function useMapOverlays(bridge: MapBridge | null): MapOverlays | null {
  const [overlays, setOverlays] = useState<MapOverlays | null>(null)
  useEffect(() => {
    if (!bridge) return
    let made: MapOverlays | null = null
    let live = true
    bridge.whenStyleReady(() => {
      if (!live) return
      made = createMapOverlays(bridge.map)
      setOverlays(made)
    })
    return () => {
      live = false
      made?.destroy()
      setOverlays(null)
    }
  }, [bridge])
  return overlays
}

/** The drawing tools, loaded on first use (the public and leaders' routes never load them). */
export function useEditorBridge(bridge: MapBridge | null, enabled: boolean): EditorBridge | null {
  const [editor, setEditor] = useState<EditorBridge | null>(null)
  useEffect(() => {
    if (!bridge || !enabled) return
    let made: EditorBridge | null = null
    let live = true
    void import('./editor-bridge').then(({ createEditorBridge }) =>
      bridge.whenStyleReady(() => {
        if (!live) return
        made = createEditorBridge(bridge.map)
        setEditor(made)
      }),
    )
    return () => {
      live = false
      made?.destroy()
      setEditor(null)
    }
  }, [bridge, enabled])
  return editor
}
