// The field pages' map: one MapLibre map made once per mount (the imperative part stays here),
// fed the area's mines and the user's position as GeoJSON.
import * as maplibregl from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { useEffect, useRef } from 'react'
import type { BBox, LngLat } from '@zgm/domain'
import type { FieldMine } from './area-store'
import { circleRing, fieldMapStyle } from './field-map-style'

maplibregl.setWorkerUrl(workerUrl)

export interface FieldMapProps {
  mines: readonly FieldMine[]
  /** Where to look: the area's box (the mines' box when absent). */
  bbox: BBox | null
  position?: { at: LngLat; accuracyM: number } | null
  label: string
}

export function FieldMap({ mines, bbox, position, label }: FieldMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<maplibregl.Map | null>(null)
  const loaded = useRef(false)
  // The data waiting for the style to load (applied on 'load', then directly).
  const pending = useRef<(() => void) | null>(null)

  useEffect(() => {
    const m = new maplibregl.Map({
      container: container.current!,
      style: fieldMapStyle(location.origin),
      center: [120.5, 29.2],
      zoom: 7,
      maxZoom: 18,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    })
    m.touchZoomRotate.disableRotation()
    m.on('load', () => {
      loaded.current = true
      pending.current?.()
      pending.current = null
    })
    map.current = m
    return () => {
      loaded.current = false
      m.remove()
    }
  }, [])

  useEffect(() => {
    const m = map.current
    if (!m) return
    const apply = () => {
      const features = mines.flatMap((mine) => [
        {
          type: 'Feature' as const,
          properties: { kind: 'mine', id: mine.id },
          geometry: { type: 'Point' as const, coordinates: mine.at },
        },
        ...(mine.licence
          ? [
              {
                type: 'Feature' as const,
                properties: { kind: 'licence', id: mine.id },
                geometry: { type: 'MultiPolygon' as const, coordinates: mine.licence },
              },
            ]
          : []),
      ])
      ;(m.getSource('area-mines') as maplibregl.GeoJSONSource).setData({
        type: 'FeatureCollection',
        features,
      })
      const pos = position
        ? [
            {
              type: 'Feature' as const,
              properties: { kind: 'accuracy' },
              geometry: {
                type: 'Polygon' as const,
                coordinates: [circleRing(position.at, position.accuracyM)],
              },
            },
            {
              type: 'Feature' as const,
              properties: { kind: 'position' },
              geometry: { type: 'Point' as const, coordinates: position.at },
            },
          ]
        : []
      ;(m.getSource('position') as maplibregl.GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: pos,
      })
    }
    if (loaded.current) apply()
    else pending.current = apply
  }, [mines, position])

  const positionKey = position ? `${position.at[0].toFixed(5)},${position.at[1].toFixed(5)}` : ''
  useEffect(() => {
    const m = map.current
    if (!m) return
    const box = bbox ?? boxAround(mines.map((x) => x.at))
    if (position) m.jumpTo({ center: position.at, zoom: 14 })
    else if (box)
      m.fitBounds(
        [
          [box[0], box[1]],
          [box[2], box[3]],
        ],
        { padding: 24, animate: false },
      )
    // Re-frame when the area or the position changes, not on every list refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bbox?.join(','), positionKey, mines.length])

  return <div ref={container} className="field-map" role="region" aria-label={label} />
}

function boxAround(points: LngLat[]): BBox | null {
  if (!points.length) return null
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const pad = 0.01
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad]
}
