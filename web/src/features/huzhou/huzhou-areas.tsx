// Restoration and reclamation progress of the five counties (share of area completed), staff only:
// one request (GET /api/areas/progress) for the whole city as of the date.
import type { AreaProgressFigures, IsoDate, StatsRow } from '../../api/schemas'
import { useAreaProgress } from '../../api/staff-queries'
import { BarChart } from '../../charts/bar-chart'
import { formatArea, formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { RECLAMATION_COLOR, RESTORATION_COLOR } from '../../map/layers/areas'
import { QueryState } from '../../shell/query-state'
import { HUZHOU_CODE } from './huzhou'

const KINDS = ['restoration', 'reclamation'] as const
const M2_PER_HA = 10_000

const share = (f: AreaProgressFigures | undefined) =>
  f && f.hectares > 0 ? f.completedHectares / f.hectares : null

export function HuzhouAreas({ counties, asOf }: { counties: StatsRow[]; asOf: IsoDate }) {
  const { t, lang } = useI18n()
  return (
    <section className="panel-section" data-testid="huzhou-areas">
      <h3>{t('restorationReclamation')}</h3>
      <QueryState query={useAreaProgress(HUZHOU_CODE, asOf)}>
        {(progress) =>
          KINDS.map((kind) => (
            <div key={kind}>
              <p className="hint" data-testid={`huzhou-${kind}-total`}>
                {kind === 'restoration' ? t('restorationProgress') : t('reclamationRate')}：
                {formatArea(progress.total[kind].completedHectares * M2_PER_HA, lang)} /{' '}
                {formatArea(progress.total[kind].hectares * M2_PER_HA, lang)}
              </p>
              <BarChart
                title={kind === 'restoration' ? t('restorationProgress') : t('reclamationRate')}
                max={1}
                bars={counties.map((c) => {
                  const value = share(progress.counties.find((p) => p.code === c.code)?.[kind])
                  return {
                    key: `${kind}-${c.code}`,
                    label: localName(lang, c),
                    value: value ?? 0,
                    valueLabel: value === null ? '—' : formatPercent(value, lang, 0),
                    color: kind === 'restoration' ? RESTORATION_COLOR : RECLAMATION_COLOR,
                  }
                })}
              />
            </div>
          ))
        }
      </QueryState>
    </section>
  )
}
