// Which layers are on. The Tianditu basemaps appear only when the server has a key for them.
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/dict'
import type { LayerId } from '../../state/url-state'
import type { MapMode } from '../../map/style'
import { wideScreen } from './camera'

const LABELS: Record<LayerId, MessageKey> = {
  counties: 'layerCounties',
  cities: 'layerCities',
  mines: 'layerMines',
  restoration: 'layerRestoration',
  reclamation: 'layerReclamation',
  labels: 'layerLabels',
  'tdt-vec': 'layerBasemapVec',
  'tdt-img': 'layerBasemapImg',
}

export interface LayerSwitcherProps {
  mode: MapMode
  layers: readonly LayerId[]
  basemapAvailable: boolean
  onChange(layers: LayerId[]): void
}

export function LayerSwitcher({ mode, layers, basemapAvailable, onChange }: LayerSwitcherProps) {
  const { t } = useI18n()
  const offered: LayerId[] =
    mode === 'public'
      ? ['counties', 'cities', 'mines', 'labels']
      : ['counties', 'cities', 'mines', 'restoration', 'reclamation', 'labels']
  if (basemapAvailable) offered.push('tdt-vec', 'tdt-img')
  const toggle = (id: LayerId, on: boolean) => {
    let next = on ? [...layers, id] : layers.filter((l) => l !== id)
    // One basemap at a time.
    if (on && id === 'tdt-vec') next = next.filter((l) => l !== 'tdt-img')
    if (on && id === 'tdt-img') next = next.filter((l) => l !== 'tdt-vec')
    onChange(next)
  }
  return (
    <details className="map-card layer-switcher" open={wideScreen()}>
      <summary>{t('layers')}</summary>
      <fieldset>
        <legend className="sr-only">{t('layers')}</legend>
        {offered.map((id) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              checked={layers.includes(id)}
              onChange={(e) => toggle(id, e.target.checked)}
            />
            {t(LABELS[id])}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
