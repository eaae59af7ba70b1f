// Export: the map canvas and the deck.gl canvas drawn onto one 2D canvas with a title (naming the
// region shown), the date, the legend, a scale bar, a north arrow, the review note and the credits
// (data source; the basemap's attribution and 审图号 when one is on), then downloaded as PNG.
import { scaleBar } from './scale-bar'

export interface ExportLegendItem {
  color: string
  label: string
}

export interface ExportSpec {
  title: string
  subtitle: string
  legend: ExportLegendItem[]
  note: string
  /** Data source and, with an online basemap, its attribution and review number: one line each. */
  credits: string[]
  /** At the map's centre, for the scale bar. */
  metresPerPixel: number
  /** The map's bearing in degrees (the north arrow turns with it). */
  bearing: number
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

export function composeMapImage(
  canvases: { map: HTMLCanvasElement; deck: HTMLCanvasElement | null },
  spec: ExportSpec,
): HTMLCanvasElement {
  const { map, deck } = canvases
  const scale = map.width / (map.clientWidth || map.width)
  const header = Math.round(64 * scale)
  const out = document.createElement('canvas')
  out.width = map.width
  out.height = map.height + header
  const ctx = out.getContext('2d')!
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(map, 0, header)
  if (deck) ctx.drawImage(deck, 0, header, map.width, map.height)

  const px = (n: number) => Math.round(n * scale)
  ctx.fillStyle = '#17202a'
  ctx.textBaseline = 'top'
  ctx.font = `700 ${px(22)}px ${FONT}`
  ctx.fillText(spec.title, px(16), px(10))
  ctx.font = `400 ${px(14)}px ${FONT}`
  ctx.fillStyle = '#44525e'
  ctx.fillText(spec.subtitle, px(16), px(40))

  // Legend box, bottom right of the map.
  const row = px(20)
  ctx.font = `400 ${px(13)}px ${FONT}`
  const width = Math.max(...spec.legend.map((l) => ctx.measureText(l.label).width), 0) + px(44)
  const height = spec.legend.length * row + px(16)
  const x0 = out.width - width - px(12)
  const y0 = out.height - height - px(40)
  ctx.fillStyle = 'rgba(255,255,255,0.92)'
  ctx.fillRect(x0, y0, width, height)
  ctx.strokeStyle = '#c5ced6'
  ctx.strokeRect(x0, y0, width, height)
  spec.legend.forEach((item, i) => {
    const y = y0 + px(8) + i * row
    ctx.fillStyle = item.color
    ctx.fillRect(x0 + px(10), y + px(3), px(16), px(12))
    ctx.fillStyle = '#17202a'
    ctx.fillText(item.label, x0 + px(34), y + px(1))
  })

  // Review note and credits, bottom left (where a 审图号 goes), the scale bar above them.
  ctx.font = `400 ${px(12)}px ${FONT}`
  const lines = [spec.note, ...spec.credits]
  const lineHeight = px(17)
  const boxWidth = Math.max(...lines.map((l) => ctx.measureText(l).width)) + px(16)
  const boxTop = out.height - px(8) - lines.length * lineHeight - px(6)
  ctx.fillStyle = 'rgba(255,255,255,0.92)'
  ctx.fillRect(px(8), boxTop, boxWidth, out.height - px(8) - boxTop)
  ctx.fillStyle = '#17202a'
  lines.forEach((l, i) => ctx.fillText(l, px(16), boxTop + px(5) + i * lineHeight))
  drawScaleBar(ctx, spec.metresPerPixel / scale, px(16), boxTop - px(14), px)
  drawNorthArrow(ctx, out.width - px(34), header + px(36), px(16), spec.bearing, px)
  return out
}

type Ctx = CanvasRenderingContext2D

/** A black-and-white bar with its length, `mpp` metres per canvas pixel. */
function drawScaleBar(ctx: Ctx, mpp: number, x: number, y: number, px: (n: number) => number) {
  const bar = scaleBar(mpp, px(120))
  ctx.fillStyle = 'rgba(255,255,255,0.92)'
  ctx.fillRect(x - px(6), y - px(18), bar.px + px(60), px(26))
  ctx.fillStyle = '#17202a'
  ctx.fillRect(x, y, bar.px, px(5))
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x + bar.px / 2, y + px(1), bar.px / 2 - px(1), px(3))
  ctx.fillStyle = '#17202a'
  ctx.font = `400 ${px(12)}px ${FONT}`
  ctx.fillText('0', x - px(3), y - px(15))
  ctx.fillText(bar.label, x + bar.px - px(6), y - px(15))
}

/** An arrow pointing to north (turned by the map's bearing) with 北/N under it. */
function drawNorthArrow(
  ctx: Ctx,
  cx: number,
  cy: number,
  r: number,
  bearing: number,
  px: (n: number) => number,
) {
  ctx.save()
  ctx.fillStyle = 'rgba(255,255,255,0.92)'
  ctx.beginPath()
  ctx.arc(cx, cy + px(6), r + px(12), 0, 2 * Math.PI)
  ctx.fill()
  ctx.translate(cx, cy)
  ctx.rotate((-bearing * Math.PI) / 180)
  ctx.beginPath()
  ctx.moveTo(0, -r)
  ctx.lineTo(r * 0.55, r * 0.7)
  ctx.lineTo(0, r * 0.35)
  ctx.lineTo(-r * 0.55, r * 0.7)
  ctx.closePath()
  ctx.fillStyle = '#17202a'
  ctx.fill()
  ctx.restore()
  ctx.fillStyle = '#17202a'
  ctx.font = `700 ${px(11)}px ${FONT}`
  ctx.textAlign = 'center'
  ctx.fillText('北 N', cx, cy + r * 0.8)
  ctx.textAlign = 'start'
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('canvas is empty'))
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = filename
      document.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
      resolve()
    }, 'image/png'),
  )
}
