// The legend: county classes (with how many counties fall in each), mine states, areas.
import { RATE_CLASSES, type RateClass } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import { RATE_CLASS_COLORS, RATE_CLASS_LABELS, rgbCss, type ClassedRow } from '../../map/classing'
import { MINE_GROUPS, MINE_GROUP_COLORS, MINE_GROUP_LABELS, PUBLIC_MINE_COLOR } from '../../map/mine-palette'
import { RECLAMATION_COLOR, RESTORATION_COLOR } from '../../map/layers/areas'
import type { MapMode } from '../../map/style'
import type { LayerId } from '../../state/url-state'
import { wideScreen } from './camera'

export interface LegendProps {
  mode: MapMode
  layers: readonly LayerId[]
  classes: Map<string, ClassedRow>
  targetYear: number | null
}

export function classCounts(classes: Map<string, ClassedRow>): Record<RateClass, number> {
  const counts = Object.fromEntries(RATE_CLASSES.map((c) => [c, 0])) as Record<RateClass, number>
  for (const { cls } of classes.values()) counts[cls] += 1
  return counts
}

export function Legend({ mode, layers, classes, targetYear }: LegendProps) {
  const { t } = useI18n()
  const counts = classCounts(classes)
  const implied = [...classes.values()].some((c) => c.implied)
  return (
    <details className="map-card legend" open={wideScreen()} data-testid="legend">
      <summary>{t('legend')}</summary>
      {layers.includes('counties') && (
        <section>
          <h3>
            {t('legendRate')}
            {targetYear ? ` · ${t('targetYear', { year: targetYear })}` : ''}
          </h3>
          <ul>
            {RATE_CLASSES.map((cls) => (
              <li key={cls}>
                <span className="swatch" style={{ background: rgbCss(RATE_CLASS_COLORS[cls]) }} />
                {t(RATE_CLASS_LABELS[cls])}
                <span className="count">{counts[cls]}</span>
              </li>
            ))}
          </ul>
          {implied && <p className="hint">{t('impliedTarget')}</p>}
        </section>
      )}
      {layers.includes('mines') && (
        <section>
          <h3>{mode === 'public' ? t('layerMines') : t('legendMines')}</h3>
          <ul>
            {mode === 'public' ? (
              <li>
                <span className="swatch dot" style={{ background: rgbCss(PUBLIC_MINE_COLOR) }} />
                {t('mineDirectoryPublic')}
              </li>
            ) : (
              MINE_GROUPS.map((g) => (
                <li key={g}>
                  <span className="swatch dot" style={{ background: rgbCss(MINE_GROUP_COLORS[g]) }} />
                  {t(MINE_GROUP_LABELS[g])}
                </li>
              ))
            )}
          </ul>
        </section>
      )}
      {mode === 'internal' && (layers.includes('restoration') || layers.includes('reclamation')) && (
        <section>
          <ul>
            {layers.includes('restoration') && (
              <li>
                <span className="swatch" style={{ background: RESTORATION_COLOR }} />
                {t('areaRestoration')}
              </li>
            )}
            {layers.includes('reclamation') && (
              <li>
                <span className="swatch" style={{ background: RECLAMATION_COLOR }} />
                {t('areaReclamation')}
              </li>
            )}
            <li>
              <span className="swatch outline outline-solid" />
              {t('legendApproved')}
            </li>
            <li>
              <span className="swatch outline outline-dashed" />
              {t('legendSubmitted')}
            </li>
            <li>
              <span className="swatch outline outline-dotted" />
              {t('legendDraft')}
            </li>
          </ul>
        </section>
      )}
    </details>
  )
}
