// The public panel: directory mines, publicity notices, county rates. Public endpoints only.
import { lazy, Suspense, useState, type KeyboardEvent } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/dict'
import { RegionTable } from '../stats/region-table'
import { pointBBox } from '../map-screen/camera'
import type { ScreenContext } from '../map-screen/screen-context'
import { DirectoryList } from './directory-list'
import { PublicMineCard } from './public-mine-card'
import { PublicityList } from './publicity-list'

// The work sections load when their tab opens, so the public map's first paint does not wait for them.
const ObjectionSection = lazy(() => import('./objection-section'))
const SanctionsSection = lazy(() => import('./sanctions-section'))
const SpotCheckSection = lazy(() => import('./spot-check-section'))

type TabId = 'directory' | 'publicity' | 'rates' | 'objections' | 'sanctions' | 'spotChecks'

const TABS: { id: TabId; label: MessageKey }[] = [
  { id: 'directory', label: 'directoryMines' },
  { id: 'publicity', label: 'publicity' },
  { id: 'rates', label: 'countyRates' },
  { id: 'objections', label: 'pubTabObjections' },
  { id: 'sanctions', label: 'pubTabSanctions' },
  { id: 'spotChecks', label: 'pubTabSpotChecks' },
]

/** `/public#objections` (and the other tab ids) opens that tab: a link can point at the objection form. */
function initialTab(): TabId {
  const hash = location.hash.slice(1)
  return TABS.some((x) => x.id === hash) ? (hash as TabId) : 'directory'
}

export function PublicPanel({ ctx }: { ctx: ScreenContext }) {
  const { t } = useI18n()
  const [tab, setTab] = useState<TabId>(initialTab)
  const sel = ctx.selection
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab)
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : -1
    if (next < 0) return
    setTab(TABS[next]!.id)
    document.getElementById(`tab-${TABS[next]!.id}`)?.focus()
  }
  return (
    <div className="public-panel" data-testid="public-panel">
      <p className="lead">{t('publicLead')}</p>
      {sel?.kind === 'mine' && <PublicMineCard ctx={ctx} id={sel.id} />}
      <div className="tabs" role="tablist" aria-label={t('publicTitle')} onKeyDown={onKey}>
        {TABS.map((x) => (
          <button
            key={x.id}
            id={`tab-${x.id}`}
            type="button"
            role="tab"
            aria-selected={tab === x.id}
            aria-controls={`panel-${x.id}`}
            tabIndex={tab === x.id ? 0 : -1}
            onClick={() => setTab(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'directory' && (
          <DirectoryList
            county={sel?.kind === 'county' ? sel.code : null}
            onPick={(m) => ctx.focus({ kind: 'mine', id: m.id }, pointBBox(m.lng, m.lat))}
          />
        )}
        {tab === 'publicity' && <PublicityList />}
        {tab === 'rates' && (
          <RegionTable
            caption={t('countyRates')}
            rows={ctx.data.counties}
            parents={ctx.data.cities}
            withAnnex={false}
            onPick={(r) => ctx.focus({ kind: 'county', code: r.code })}
            testId="public-county-table"
          />
        )}
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          {tab === 'objections' && <ObjectionSection />}
          {tab === 'sanctions' && <SanctionsSection />}
          {tab === 'spotChecks' && <SpotCheckSection />}
        </Suspense>
      </div>
    </div>
  )
}
