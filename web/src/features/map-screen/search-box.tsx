// Search by mine name, licence number or county: regions match locally, mines on the server.
import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { Region } from '../../api/schemas'
import { localName, useI18n } from '../../i18n/i18n'
import { useDebounced } from '../../state/use-debounced'
import type { MapDataSource, SearchHit } from './data-source'

export type SearchPick = { kind: 'region'; region: Region } | { kind: 'mine'; hit: SearchHit }

export interface SearchBoxProps {
  regions: readonly Region[]
  source: MapDataSource
  onPick(pick: SearchPick): void
}

export function SearchBox({ regions, source, onPick }: SearchBoxProps) {
  const { t, lang } = useI18n()
  const id = useId()
  const [q, setQ] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const settled = useDebounced(q.trim(), 250)
  const found = useQuery({ ...source.search(settled), enabled: settled.length > 0 }).data
  const mines = (settled.length > 0 && found) || NO_HITS

  const regionHits = useMemo(() => {
    const needle = q.trim().toLowerCase()
    if (!needle) return []
    return regions
      .filter((r) => r.name.includes(q.trim()) || r.nameEn.toLowerCase().includes(needle))
      .slice(0, 5)
  }, [q, regions])

  const picks: SearchPick[] = [
    ...regionHits.map((region) => ({ kind: 'region' as const, region })),
    ...mines.map((hit) => ({ kind: 'mine' as const, hit })),
  ]
  const choose = (pick: SearchPick | undefined) => {
    if (!pick) return
    onPick(pick)
    setOpen(false)
    setQ('')
  }
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, picks.length - 1))
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0))
    else if (e.key === 'Enter') choose(picks[active])
    else if (e.key === 'Escape') setOpen(false)
    else return
    e.preventDefault()
  }
  const showList = open && q.trim().length > 0
  return (
    <div className="search-box" role="search">
      <input
        type="search"
        value={q}
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList && picks.length ? `${id}-${active}` : undefined}
        onChange={(e) => {
          setQ(e.target.value)
          setOpen(true)
          setActive(0)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      {showList && (
        <ul id={`${id}-list`} role="listbox" className="search-list">
          {picks.length === 0 && <li className="muted">{t('searchNoResults')}</li>}
          {picks.map((pick, i) => (
            <li
              key={pick.kind === 'region' ? `r${pick.region.code}` : `m${pick.hit.id}`}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault()
                choose(pick)
              }}
            >
              {pick.kind === 'region' ? (
                <>
                  <span className="tag">{t('searchRegions')}</span> {localName(lang, pick.region)}
                </>
              ) : (
                <>
                  <span className="tag">{t('searchMines')}</span> {pick.hit.name}
                  <small>{pick.hit.detail}</small>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
const NO_HITS: SearchHit[] = []
