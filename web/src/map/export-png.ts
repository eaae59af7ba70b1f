// Export: the map canvas and the deck.gl canvas drawn onto one 2D canvas with a title, the date,
// the legend and the review note, then downloaded as PNG.

export interface ExportLegendItem {
  color: string
  label: string
}

export interface ExportSpec {
  title: string
  subtitle: string
  legend: ExportLegendItem[]
  note: string
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

  // Review note, bottom left (where a 审图号 would go).
  ctx.font = `400 ${px(12)}px ${FONT}`
  const noteWidth = ctx.measureText(spec.note).width + px(16)
  ctx.fillStyle = 'rgba(255,255,255,0.92)'
  ctx.fillRect(px(8), out.height - px(30), noteWidth, px(22))
  ctx.fillStyle = '#17202a'
  ctx.fillText(spec.note, px(16), out.height - px(26))
  return out
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
