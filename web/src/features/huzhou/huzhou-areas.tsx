// Restoration and reclamation progress of the five counties (share of area completed), staff only.
import type { StatsRow } from '../../api/types'
import { BarChart } from '../../charts/bar-chart'
import { formatArea, formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { RECLAMATION_COLOR, RESTORATION_COLOR } from '../../map/layers/areas'
import { useAreaProgress, type ProgressByCounty } from './use-area-progress'

const KINDS = ['restoration', 'reclamation'] as const

function total(
  byCounty: ProgressByCounty,
  kind: (typeof KINDS)[number],
  field: 'total' | 'completed',
): number {
  let s = 0
  for (const p of byCounty.values()) s += p[kind][field]
  return s
}

export function HuzhouAreas({ counties, mineIds }: { counties: StatsRow[]; mineIds: number[] }) {
  const { t, lang } = useI18n()
  const progress = useAreaProgress(mineIds)
  return (
    <section className="panel-section" data-testid="huzhou-areas">
      <h3>{t('restorationReclamation')}</h3>
      {progress.done < mineIds.length && (
        <p className="muted" data-testid="huzhou-areas-loading">
          {t('loading')} {progress.done}/{mineIds.length}
        </p>
      )}
      {KINDS.map((kind) => (
        <div key={kind}>
          <p className="hint">
            {kind === 'restoration' ? t('restorationProgress') : t('reclamationRate')}：
            {formatArea(total(progress.byCounty, kind, 'completed'), lang)} /{' '}
            {formatArea(total(progress.byCounty, kind, 'total'), lang)}
          </p>
          <BarChart
            title={kind === 'restoration' ? t('restorationProgress') : t('reclamationRate')}
            max={1}
            bars={counties.map((c) => {
              const p = progress.byCounty.get(c.code)?.[kind]
              const share = p && p.total > 0 ? p.completed / p.total : 0
              return {
                key: `${kind}-${c.code}`,
                label: localName(lang, c),
                value: share,
                valueLabel: p && p.total > 0 ? formatPercent(share, lang, 0) : '—',
                color: kind === 'restoration' ? RESTORATION_COLOR : RECLAMATION_COLOR,
              }
            })}
          />
        </div>
      ))}
    </section>
  )
}
