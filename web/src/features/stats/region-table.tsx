// A sortable table of regions against their targets (cities with the annex columns, or counties).
import { classifyRows } from '@zgm/domain'
import { useMemo, useState } from 'react'
import { SortHeader, type SortState } from '../../shell/sort-header'
import type { StatsRow } from '../../api/schemas'
import { formatNumber, formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { RATE_CLASS_COLORS, RATE_CLASS_LABELS, rgbCss } from '../../map/classing'
import { ANNEX_BY_CITY } from './annex'

type SortKey = 'name' | 'mandatory' | 'inDirectory' | 'rate' | 'gap'

export interface RegionTableProps {
  caption: string
  rows: StatsRow[]
  parents: StatsRow[]
  withAnnex: boolean
  onPick(row: StatsRow): void
  testId?: string
}

export function RegionTable({ caption, rows, parents, withAnnex, onPick, testId }: RegionTableProps) {
  const { t, lang } = useI18n()
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'name', desc: false })
  const classed = useMemo(() => classifyRows(rows, parents), [rows, parents])
  const sorted = useMemo(() => {
    const value = (r: StatsRow): number | string => {
      const c = classed.get(r.code)
      if (sort.key === 'name') return r.code
      if (sort.key === 'gap') return c?.targetRate == null ? -Infinity : (r.rate ?? 0) - c.targetRate
      return r[sort.key] ?? -Infinity
    }
    return [...rows].sort((a, b) => {
      const [va, vb] = [value(a), value(b)]
      const cmp = va < vb ? -1 : va > vb ? 1 : 0
      return sort.desc ? -cmp : cmp
    })
  }, [rows, classed, sort])

  const header = (column: SortKey, label: string) => (
    <SortHeader column={column} label={label} sort={sort} setSort={setSort} />
  )
  return (
    <div className="table-wrap">
      <table className="region-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('name', withAnnex ? t('city') : t('county'))}
            {header('mandatory', t('mandatory'))}
            {header('inDirectory', t('inDirectory'))}
            {header('rate', t('rate'))}
            {header('gap', t('target'))}
            {withAnnex && (
              <>
                <th scope="col">{t('annex2018')}</th>
                <th scope="col">{t('annex2019')}</th>
                <th scope="col">{t('annex2020')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const c = classed.get(r.code)!
            const annex = ANNEX_BY_CITY.get(r.code)
            return (
              <tr key={r.code} data-code={r.code}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onPick(r)}>
                    <span
                      className="swatch"
                      style={{ background: rgbCss(RATE_CLASS_COLORS[c.cls]) }}
                      title={t(RATE_CLASS_LABELS[c.cls])}
                    />
                    {localName(lang, r)}
                  </button>
                </th>
                <td data-col="mandatory">{formatNumber(r.mandatory, lang)}</td>
                <td data-col="inDirectory">{formatNumber(r.inDirectory, lang)}</td>
                <td data-col="rate">{formatPercent(r.rate, lang)}</td>
                <td data-col="target">
                  {r.target?.kind === 'count'
                    ? t('targetCount', { n: r.target.value })
                    : formatPercent(c.targetRate, lang, 0)}
                  {c.implied ? '*' : ''}
                </td>
                {withAnnex && (
                  <>
                    <td>{annex ? formatNumber(annex.targetCount2018, lang) : '—'}</td>
                    <td>{annex ? formatPercent(annex.targetRate2019, lang, 0) : '—'}</td>
                    <td>{annex ? formatPercent(annex.targetRate2020, lang, 0) : '—'}</td>
                  </>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
