// A sortable table column header: click to sort by it, again to reverse. Names sort ascending
// first, figures descending (the largest first is what a reader of a ranking looks for).
import type { Dispatch, SetStateAction } from 'react'
import { useI18n } from '../i18n/i18n'

export interface SortState<K extends string> {
  key: K
  desc: boolean
}

export function SortHeader<K extends string>({
  column,
  label,
  sort,
  setSort,
}: {
  column: K
  label: string
  sort: SortState<K>
  setSort: Dispatch<SetStateAction<SortState<K>>>
}) {
  const { t } = useI18n()
  const active = sort.key === column
  return (
    <th scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="th-sort"
        aria-label={t('sortBy', { col: label })}
        onClick={() =>
          setSort((s) => ({ key: column, desc: s.key === column ? !s.desc : column !== 'name' }))
        }
      >
        {label}
        <span aria-hidden="true">{active ? (sort.desc ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>
  )
}
