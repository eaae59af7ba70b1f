// Every city and county behind the year's target as of the date, sortable; a row flies to the
// region and opens it. Works signed in and out (the public rows carry status and shortfall too).
import { laggards, targetYearOf, type Laggard } from '@zgm/domain'
import { useMemo, useState } from 'react'
import { SortHeader, type SortState } from '../../shell/sort-header'
import type { IsoDate, StatsRow } from '../../api/schemas'
import { formatNumber, formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'

type SortKey = 'name' | 'level' | 'mines' | 'points'

export interface LaggardListProps {
  counties: StatsRow[]
  cities: StatsRow[]
  asOf: IsoDate
  onPick(row: StatsRow): void
}

export function LaggardList({ counties, cities, asOf, onPick }: LaggardListProps) {
  const { t, lang } = useI18n()
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'mines', desc: true })
  const list = useMemo(() => laggards(counties, cities), [counties, cities])
  const sorted = useMemo(() => {
    const value = (l: Laggard<StatsRow>): number | string =>
      sort.key === 'name'
        ? l.row.code
        : sort.key === 'level'
          ? l.row.level
          : sort.key === 'mines'
            ? l.shortfallMines
            : (l.shortfallPoints ?? -Infinity)
    return [...list].sort((a, b) => {
      const [va, vb] = [value(a), value(b)]
      const cmp = va < vb ? -1 : va > vb ? 1 : a.row.code.localeCompare(b.row.code)
      return sort.desc ? -cmp : cmp
    })
  }, [list, sort])
  const nCities = list.filter((l) => l.row.level === 'city').length
  const header = (column: SortKey, label: string) => (
    <SortHeader column={column} label={label} sort={sort} setSort={setSort} />
  )
  return (
    <section className="panel-section" data-testid="laggards">
      <h3>
        {t('laggards', { year: targetYearOf(asOf) })} ·{' '}
        <span data-testid="laggard-counts">
          {t('laggardCounts', { counties: list.length - nCities, cities: nCities })}
        </span>
      </h3>
      {list.length === 0 ? (
        <p className="hint">{t('noLaggards')}</p>
      ) : (
        <div className="table-wrap laggard-wrap">
          <table className="region-table compact" data-testid="laggard-table">
            <caption>{t('laggardsHint')}</caption>
            <thead>
              <tr>
                {header('name', t('region'))}
                {header('level', t('level'))}
                {header('mines', t('shortMines'))}
                {header('points', t('shortPoints'))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((l) => (
                <tr key={l.row.code} data-code={l.row.code}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onPick(l.row)}>
                      {localName(lang, l.row)}
                    </button>
                  </th>
                  <td>{l.row.level === 'city' ? t('city') : t('county')}</td>
                  <td data-col="short-mines">{formatNumber(l.shortfallMines, lang)}</td>
                  <td
                    data-col="short-points"
                    title={`${t('target')} ${formatPercent(l.targetRate, lang, 0)}`}
                  >
                    {l.shortfallPoints === null ? '—' : formatNumber(l.shortfallPoints, lang, 1)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
