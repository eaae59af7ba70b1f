// The disturbed-area sketch: the map with the licence and the footprint, the drawing tools
// (terra-draw, loaded with the form so that it works offline once the form has opened) and the
// live area outside the licence.
import { useEffect, useRef, useState } from 'react'
import type { MultiPolygonGeometry } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import { publishHook } from '../../test-hook'
import type { EditorBridge } from '../planner/editor-bridge'
import { outsideArea, type OutsideArea } from './outside-area'
import { bboxOf, createSketchMap, SKETCH_COLORS, type SketchMap } from './sketch-map'

export interface SketchPanelProps {
  licence: MultiPolygonGeometry | null
  footprint: MultiPolygonGeometry | null
  center: [number, number]
  toleranceM2: number
  onChange(sketch: MultiPolygonGeometry | null, measure: OutsideArea | null): void
}

export function SketchPanel({ licence, footprint, center, toleranceM2, onChange }: SketchPanelProps) {
  const { t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const [editor, setEditor] = useState<EditorBridge | null>(null)
  const [measure, setMeasure] = useState<OutsideArea | null>(null)
  const [, redraw] = useState(0)
  const changed = useRef(onChange)
  changed.current = onChange

  useEffect(() => {
    const el = container.current
    if (!el) return
    const d = 0.004
    const [w, s, e, n] = bboxOf([licence, footprint]) ?? [
      center[0] - d,
      center[1] - d,
      center[0] + d,
      center[1] + d,
    ]
    // Room around the licence: what is dug beyond it must be drawable too.
    const mx = (e - w) * 0.25
    const my = (n - s) * 0.25
    const bbox: [number, number, number, number] = [w - mx, s - my, e + mx, n + my]
    const sketch: SketchMap = createSketchMap(el, bbox, t('fldSketch'))
    sketch.setShape('licence', licence)
    sketch.setShape('footprint', footprint)
    let made: EditorBridge | null = null
    let live = true
    void import('../planner/editor-bridge').then(({ createEditorBridge }) =>
      sketch.whenLoaded(() => {
        if (!live) return
        made = createEditorBridge(sketch.map)
        made.setMode('select')
        made.onChange(() => {
          const geometry = made!.geometry()
          const m = outsideArea(geometry, licence)
          sketch.setShape('outside', m?.outside ?? null)
          setMeasure(m)
          redraw((n) => n + 1)
          changed.current(geometry, m)
          publishHook({
            editor: {
              ready: true,
              parts: geometry?.coordinates.length ?? 0,
              problems: [],
              theirs: 0,
              version: 0,
              geometry,
            },
          })
        })
        setEditor(made)
        publishHook({
          editor: { ready: true, parts: 0, problems: [], theirs: 0, version: 0, geometry: null },
          toScreen: ([lng, lat]) => {
            const p = sketch.map.project([lng, lat])
            const box = sketch.map.getCanvas().getBoundingClientRect()
            return [box.left + p.x, box.top + p.y]
          },
        })
      }),
    )
    return () => {
      live = false
      made?.destroy()
      sketch.destroy()
    }
    // The map is made once per mine; its shapes do not change while the form is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const outside = measure && Number.isFinite(measure.outsideM2) ? measure.outsideM2 : null
  return (
    <section className="fld-section" aria-labelledby="fld-sketch-h">
      <h2 id="fld-sketch-h">{t('fldSketch')}</h2>
      <p className="muted">{t('fldSketchHint')}</p>
      <div className="fld-legend" aria-hidden="true">
        <span>
          <i style={{ borderColor: SKETCH_COLORS.licence }} className="fld-swatch fld-swatch-dash" />
          {t('fldLegendLicence')}
        </span>
        <span>
          <i style={{ borderColor: SKETCH_COLORS.footprint }} className="fld-swatch" />
          {t('fldLegendFootprint')}
        </span>
        <span>
          <i style={{ background: SKETCH_COLORS.outside }} className="fld-swatch" />
          {t('fldLegendOutside')}
        </span>
      </div>
      <div ref={container} className="fld-map" data-testid="sketch-map" />
      <div className="fld-tools">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!editor}
          onClick={() => editor?.setMode('polygon')}
        >
          {t('fldDraw')}
        </button>
        <button type="button" className="btn" disabled={!editor?.canUndo()} onClick={() => editor?.undo()}>
          {t('fldUndo')}
        </button>
        <button type="button" className="btn" disabled={!measure} onClick={() => editor?.load(null)}>
          {t('fldClear')}
        </button>
      </div>
      <p className="fld-measure" role="status" data-testid="sketch-measure" data-outside-m2={outside ?? ''}>
        {measure === null ? null : outside === null ? (
          t('fldSketchArea', { a: Math.round(measure.sketchM2) })
        ) : outside > toleranceM2 ? (
          <strong className="fld-alert">
            {t('fldOutsideAlert', { a: Math.round(outside), tol: toleranceM2 })}
          </strong>
        ) : outside > 0 ? (
          t('fldOutside', { a: Math.round(outside) })
        ) : (
          t('fldInside')
        )}
        {measure ? ` · ${t('fldSketchArea', { a: Math.round(measure.sketchM2) })}` : null}
      </p>
    </section>
  )
}
