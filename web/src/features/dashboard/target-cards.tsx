// The action plan's three province targets, each against the figure at its year end (or today, if earlier).
import { PROVINCE_TARGET_COUNT_2018, PROVINCE_TARGET_RATE_2019, PROVINCE_TARGET_RATE_2020 } from '@zgm/domain'
import type { IsoDate, StatsRow } from '../../api/schemas'
import { sumRows, type StatsSeries } from '../stats/use-stats-series'

type Figures = Pick<StatsRow, 'mandatory' | 'inDirectory' | 'inDirectoryTotal' | 'rate'>
import { formatDate, formatNumber, formatPercent } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/dict'

interface Goal {
  due: IsoDate
  label: MessageKey
  met(row: Figures): boolean
  show(row: Figures, lang: 'zh' | 'en'): string
  progress(row: Figures): number
}

const GOALS: Goal[] = [
  {
    due: '2018-12-31',
    label: 'target2018',
    met: (r) => (r.inDirectoryTotal ?? r.inDirectory) >= PROVINCE_TARGET_COUNT_2018,
    show: (r, lang) =>
      `${formatNumber(r.inDirectoryTotal ?? r.inDirectory, lang)} / ${PROVINCE_TARGET_COUNT_2018}`,
    progress: (r) => (r.inDirectoryTotal ?? r.inDirectory) / PROVINCE_TARGET_COUNT_2018,
  },
  {
    due: '2019-12-31',
    label: 'target2019',
    met: (r) => (r.rate ?? 0) >= PROVINCE_TARGET_RATE_2019 - 1e-9,
    show: (r, lang) => formatPercent(r.rate, lang),
    progress: (r) => (r.rate ?? 0) / PROVINCE_TARGET_RATE_2019,
  },
  {
    due: '2020-12-31',
    label: 'target2020',
    met: (r) => (r.rate ?? 0) >= PROVINCE_TARGET_RATE_2020 - 1e-9,
    show: (r, lang) => formatPercent(r.rate, lang),
    progress: (r) => (r.rate ?? 0) / PROVINCE_TARGET_RATE_2020,
  },
]

export function TargetCards({
  series,
  asOf,
  current,
}: {
  series: StatsSeries
  asOf: IsoDate
  current: Figures | undefined
}) {
  const { t, lang } = useI18n()
  return (
    <ol className="target-cards" aria-label={t('targets')}>
      {GOALS.map((goal) => {
        // Before the due date, the card shows progress so far (as of the chosen date).
        const pending = asOf < goal.due
        const cities = series.get(goal.due)
        const row = pending ? current : cities && sumRows(cities)
        const status = !row ? '' : pending ? 'pending' : goal.met(row) ? 'met' : 'missed'
        return (
          <li key={goal.due} className={`target-card ${status}`}>
            <span className="target-title">{t(goal.label)}</span>
            <span className="target-figure">{row ? goal.show(row, lang) : '…'}</span>
            <span className="target-bar" aria-hidden="true">
              <i style={{ width: `${Math.min(100, (row ? goal.progress(row) : 0) * 100)}%` }} />
            </span>
            <span className="target-status">
              {status === 'met'
                ? `✓ ${t('statusMet')}`
                : status === 'missed'
                  ? `✗ ${t('statusBehind')}`
                  : status === 'pending'
                    ? `${t('asOf')} ${formatDate(asOf, lang)}`
                    : t('loading')}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
