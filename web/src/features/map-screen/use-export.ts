// The export button: current map + legend + date as a PNG download.
import { RATE_CLASSES, targetYearOf } from '@zgm/domain'
import { useCallback } from 'react'
import type { IsoDate } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import type { MapBridge } from '../../map/bridge'
import { RATE_CLASS_COLORS, RATE_CLASS_LABELS, rgbCss, type ClassedRow } from '../../map/classing'
import { composeMapImage, downloadCanvas, type ExportLegendItem } from '../../map/export-png'
import { MINE_GROUPS, MINE_GROUP_COLORS, MINE_GROUP_LABELS, PUBLIC_MINE_COLOR } from '../../map/mine-palette'
import type { MapMode } from '../../map/style'
import type { LayerId } from '../../state/url-state'
import { classCounts } from './legend'

export function useExport(input: {
  bridge: MapBridge | null
  asOf: IsoDate
  layers: readonly LayerId[]
  mode: MapMode
  classes: Map<string, ClassedRow>
}) {
  const { t, lang } = useI18n()
  const { bridge, asOf, layers, mode, classes } = input
  return useCallback(async () => {
    if (!bridge) return
    await bridge.nextIdle()
    const legend: ExportLegendItem[] = []
    if (layers.includes('counties')) {
      const counts = classCounts(classes)
      for (const cls of RATE_CLASSES)
        legend.push({
          color: rgbCss(RATE_CLASS_COLORS[cls]),
          label: `${t(RATE_CLASS_LABELS[cls])}（${counts[cls]}）`,
        })
    }
    if (layers.includes('mines')) {
      if (mode === 'public')
        legend.push({ color: rgbCss(PUBLIC_MINE_COLOR), label: t('mineDirectoryPublic') })
      else
        for (const g of MINE_GROUPS)
          legend.push({ color: rgbCss(MINE_GROUP_COLORS[g]), label: t(MINE_GROUP_LABELS[g]) })
    }
    const year = targetYearOf(asOf)
    const canvas = composeMapImage(bridge.canvases(), {
      title: t('exportTitle'),
      subtitle: `${t('asOf')} ${formatDate(asOf, lang)} · ${t('legendRate')}（${t('targetYear', { year })}）`,
      legend,
      note: t('reviewPlaceholder'),
    })
    await downloadCanvas(canvas, `zhejiang-green-mines-${asOf}.png`)
  }, [bridge, asOf, layers, mode, classes, t, lang])
}
