// The live checks on what is drawn, re-run on every change of the drawing.
import { useEffect, useMemo, useState } from 'react'
import { liveAreaCheck, type LiveCheck, type MultiPolygonGeometry, type PolygonCoords } from '@zgm/domain'
import { ZHEJIANG_BBOX } from '../map-screen/camera'
import type { EditorBridge } from './editor-bridge'

/** The drawn geometry, re-read whenever the drawing changes. */
export function useDrawnGeometry(editor: EditorBridge | null): MultiPolygonGeometry | null {
  const [geometry, setGeometry] = useState<MultiPolygonGeometry | null>(null)
  useEffect(() => {
    if (!editor) return
    const read = () => setGeometry(editor.geometry())
    read()
    return editor.onChange(read)
  }, [editor])
  return geometry
}

/** Degrees around ZHEJIANG_BBOX that the live check still accepts: the server decides on the outline. */
const PROVINCE_MARGIN_DEG = 0.05

export function useLiveCheck(
  geometry: MultiPolygonGeometry | null,
  footprint: readonly PolygonCoords[] | null,
  maxDistanceM: number,
): LiveCheck | null {
  return useMemo(() => {
    if (!geometry) return null
    const [w, s, e, n] = ZHEJIANG_BBOX
    const m = PROVINCE_MARGIN_DEG
    return liveAreaCheck(geometry, { footprint, maxDistanceM, provinceBBox: [w - m, s - m, e + m, n + m] })
  }, [geometry, footprint, maxDistanceM])
}
