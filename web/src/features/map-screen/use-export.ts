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
import { metresPerPixel } from '../../map/scale-bar'
import type { MapMode } from '../../map/style'
import type { LayerId } from '../../state/url-state'
import { classCounts } from './legend'

export function useExport(input: {
  bridge: MapBridge | null
  asOf: IsoDate
  layers: readonly LayerId[]
  mode: MapMode
  classes: Map<string, ClassedRow>
  /** The selected city or county, named in the title (the province when none). */
  regionName: string | null
  /** The online basemap's review number (审图号) when one is shown, else null (none on). */
  basemap: { reviewNo: string | null } | null
}) {
  const { t, lang } = useI18n()
  const { bridge, asOf, layers, mode, classes, regionName, basemap } = input
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
    const view = bridge.getView()
    const credits = [t('exportDataSource'), t('boundarySource')]
    if (basemap)
      credits.push(
        `© 天地图 国家地理信息公共服务平台 · ${t('reviewTianditu', { no: basemap.reviewNo ?? '—' })}`,
      )
    const canvas = composeMapImage(bridge.canvases(), {
      title: regionName ? t('exportTitleRegion', { region: regionName }) : t('exportTitle'),
      subtitle: `${t('asOf')} ${formatDate(asOf, lang)} · ${t('legendRate')}（${t('targetYear', { year })}）`,
      legend,
      note: t('reviewPlaceholder'),
      credits,
      metresPerPixel: metresPerPixel(view.center[1], view.zoom),
      bearing: bridge.map.getBearing(),
    })
    await downloadCanvas(canvas, `zhejiang-green-mines-${asOf}.png`)
  }, [bridge, asOf, layers, mode, classes, regionName, basemap, t, lang])
}
