// Map buttons: zoom, fit to the selection, export PNG, copy the permalink.
import { useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../shell/icons'
import { useMapBridge } from './map-view'

export interface MapToolsProps {
  onFit(): void
  canFit: boolean
  onExport(): Promise<void>
}

export function MapTools({ onFit, canFit, onExport }: MapToolsProps) {
  const { t } = useI18n()
  const bridge = useMapBridge()
  const [note, setNote] = useState<string | null>(null)
  const flash = (text: string) => {
    setNote(text)
    setTimeout(() => setNote(null), 1800)
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href)
      flash(t('linkCopied'))
    } catch {
      flash(location.href)
    }
  }
  return (
    <div className="map-tools" role="toolbar" aria-label={t('layers')}>
      <button
        type="button"
        className="tool"
        aria-label={t('zoomIn')}
        title={t('zoomIn')}
        onClick={() => bridge?.zoomBy(1)}
      >
        <Icon name="plus" />
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('zoomOut')}
        title={t('zoomOut')}
        onClick={() => bridge?.zoomBy(-1)}
      >
        <Icon name="minus" />
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('fitSelection')}
        title={t('fitSelection')}
        onClick={onFit}
        disabled={!canFit}
      >
        <Icon name="fit" />
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('exportPng')}
        title={t('exportPng')}
        onClick={() => void onExport()}
        data-testid="export-png"
      >
        <Icon name="download" />
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('copyLink')}
        title={t('copyLink')}
        onClick={() => void copy()}
      >
        <Icon name="link" />
      </button>
      {note && (
        <div className="tool-note" role="status">
          {note}
        </div>
      )}
    </div>
  )
}
