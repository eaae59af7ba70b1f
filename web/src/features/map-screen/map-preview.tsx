// A picture of the map before MapLibre has loaded: the counties' outlines (one small request,
// GET /api/public/outlines) drawn as SVG where the map will open, shaded by class when the figures
// are already there. It is the screen's first paint on a slow device; the map replaces it once
// it has drawn its own first frame.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useOutlines } from '../../api/public-queries'
import { RATE_CLASS_COLORS, rgbCss, type ClassedRow } from '../../map/classing'
import { fitPadding, fitTransform, viewTransform } from '../../map/fit'
import { markOnce } from '../../perf'
import type { PreviewCamera } from './preview-camera'

/** Land without figures, as the map's county fill draws it. */
const LAND = '#f4f1ea'

export function MapPreview({
  camera,
  classes,
  onPainted,
}: {
  camera: PreviewCamera
  classes: ReadonlyMap<string, ClassedRow>
  /** Once, after the browser has painted the outlines. */
  onPainted(): void
}) {
  const outlines = useOutlines('county').data
  const svg = useRef<SVGSVGElement>(null)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  // Measured now and on every resize (a banner above the map shrinks it; the map re-fits then too).
  useLayoutEffect(() => {
    const element = svg.current!
    const measure = () => {
      const box = element.getBoundingClientRect()
      setSize({ width: box.width, height: box.height })
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const drawn = outlines !== undefined && size !== null && size.width > 0
  useEffect(() => {
    if (!drawn) return
    // After the browser has painted the outlines.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        markOnce('zgm:first-paint')
        onPainted()
      }),
    )
    return () => cancelAnimationFrame(frame)
  }, [drawn, onPainted])

  let transform = ''
  if (drawn) {
    const t =
      'view' in camera
        ? viewTransform(camera.view.center, camera.view.zoom, size.width, size.height)
        : fitTransform(camera.bbox, fitPadding(camera.padding), size.width, size.height)
    // Outlines are in zoom-10 pixels of the same world: 2^10 of the zoom-0 pixels the transform takes.
    const k = (t.scale * 512) / outlines.worldPx
    transform = `translate(${t.x} ${t.y}) scale(${k})`
  }
  return (
    <svg ref={svg} className="map-preview" aria-hidden="true" data-testid="map-preview">
      {drawn && (
        <g transform={transform}>
          {outlines.items.map((o) => {
            const cls = classes.get(o.code)?.cls
            return (
              <path
                key={o.code}
                d={o.path}
                data-code={o.code}
                fill={cls ? rgbCss(RATE_CLASS_COLORS[cls]) : LAND}
                fillOpacity={cls ? 0.88 : 1}
                fillRule="evenodd"
                stroke="#ffffff"
                strokeWidth={0.6}
                vectorEffect="non-scaling-stroke"
              />
            )
          })}
        </g>
      )}
    </svg>
  )
}
