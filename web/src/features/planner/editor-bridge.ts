// The drawing tools on the map (terra-draw with its MapLibre adapter), loaded only on the
// planner's route: polygons drawn and edited, parts and holes, snapping, undo/redo.
import type { Map as MapLibreMap } from 'maplibre-gl'
import {
  TerraDraw,
  TerraDrawModeUndoRedo,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  TerraDrawSessionUndoRedo,
  type GeoJSONStoreFeatures,
} from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import {
  assembleParts,
  ringsOf,
  type LngLat,
  type MultiPolygonGeometry,
  type PolygonCoords,
} from '@zgm/domain'
import { snapTarget } from './snap'

export type EditorMode = 'polygon' | 'select'

export interface EditorBridge {
  setMode(mode: EditorMode): void
  mode(): EditorMode
  /** Replaces what is drawn (null: nothing) and clears undo history. */
  load(geometry: MultiPolygonGeometry | null): void
  /** What is drawn, as one MultiPolygon (rings inside others become holes); null when nothing. */
  geometry(): MultiPolygonGeometry | null
  onChange(fn: () => void): () => void
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
  deleteSelected(): boolean
  setSnapVertices(vertices: readonly LngLat[]): void
  destroy(): void
}

function ringOf(feature: GeoJSONStoreFeatures): LngLat[] | null {
  if (feature.geometry.type !== 'Polygon') return null
  const ring = feature.geometry.coordinates[0] as LngLat[] | undefined
  return ring && ring.length >= 4 ? ring : null
}

export function createEditorBridge(map: MapLibreMap): EditorBridge {
  let snapVertices: readonly LngLat[] = []
  const toCustom = (event: { containerX: number; containerY: number }) =>
    snapTarget({ x: event.containerX, y: event.containerY }, snapVertices, (lng, lat) =>
      map.project([lng, lat]),
    )
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'area-editor' }),
    modes: [
      new TerraDrawPolygonMode({
        // Close a ring only when the click is really on its first point (the default 40 px closes small shapes early).
        pointerDistance: 16,
        snapping: { toCoordinate: true, toCustom },
        styles: { fillColor: '#1f9e89', outlineColor: '#0b5d50', outlineWidth: 2, fillOpacity: 0.3 },
      }),
      new TerraDrawSelectMode({
        flags: {
          polygon: {
            feature: {
              draggable: true,
              // The live checks name a self-intersection; the tool must not silently refuse the move.
              selfIntersectable: true,
              coordinates: {
                draggable: true,
                deletable: true,
                midpoints: true,
                snappable: { toCoordinate: true, toCustom },
              },
            },
          },
        },
      }),
    ],
    undoRedo: { modeLevel: new TerraDrawModeUndoRedo(), sessionLevel: new TerraDrawSessionUndoRedo() },
  })
  draw.start()
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((fn) => fn())
  draw.on('change', notify)
  draw.on('finish', () => {
    // After closing a polygon, move on to editing it (a second part or hole: press the polygon tool again).
    draw.setMode('select')
    notify()
  })

  const bridge: EditorBridge = {
    setMode(mode) {
      draw.setMode(mode)
      notify()
    },
    mode: () => (draw.getMode() === 'polygon' ? 'polygon' : 'select'),
    load(geometry) {
      draw.clear()
      if (geometry) {
        draw.addFeatures(
          ringsOf(geometry.coordinates).map((ring) => ({
            id: crypto.randomUUID(),
            type: 'Feature',
            geometry: { type: 'Polygon', coordinates: [ring] },
            properties: { mode: 'polygon' },
          })),
        )
      }
      draw.clearUndoRedoHistory()
      draw.setMode(geometry ? 'select' : 'polygon')
      notify()
    },
    geometry() {
      const rings = draw
        .getSnapshot()
        .filter((f) => f.properties.mode === 'polygon')
        .map(ringOf)
        .filter((ring): ring is LngLat[] => ring !== null)
      if (rings.length === 0) return null
      return { type: 'MultiPolygon', coordinates: assembleParts(rings) as PolygonCoords[] }
    },
    onChange(fn) {
      listeners.add(fn)
      return () => void listeners.delete(fn)
    },
    undo: () => void (draw.undo() && notify()),
    redo: () => void (draw.redo() && notify()),
    canUndo: () => draw.canUndo(),
    canRedo: () => draw.canRedo(),
    deleteSelected() {
      const selected = draw.getSnapshot().filter((f) => f.properties.selected)
      if (!selected.length) return false
      draw.removeFeatures(selected.map((f) => f.id!))
      notify()
      return true
    },
    setSnapVertices(vertices) {
      snapVertices = vertices
    },
    destroy() {
      listeners.clear()
      draw.stop()
    },
  }
  return bridge
}
