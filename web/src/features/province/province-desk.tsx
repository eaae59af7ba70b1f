// The province desk (/province/<section>): a menu of its six kinds of work, one section shown at a
// time, each with its own address so that a link or a reload comes back to it.
import type { ReactNode } from 'react'
import type { MessageKey } from '../../i18n/dict'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { AgenciesSection } from './agencies-section'
import { ApprovalsSection } from './approvals-section'
import { IndicatorsSection } from './indicators-section'
import { ListSection } from './list-section'
import { RemovalsSection } from './removals-section'
import { YearSection } from './year-section'

export const PROVINCE_SECTIONS = ['lists', 'removals', 'agencies', 'year', 'approvals', 'indicators'] as const
export type ProvinceSection = (typeof PROVINCE_SECTIONS)[number]

const LABELS: Record<ProvinceSection, MessageKey> = {
  lists: 'prvNavLists',
  removals: 'prvNavRemovals',
  agencies: 'prvNavAgencies',
  year: 'prvNavYear',
  approvals: 'prvNavApprovals',
  indicators: 'prvNavIndicators',
}

const SECTIONS: Record<ProvinceSection, () => ReactNode> = {
  lists: () => <ListSection />,
  removals: () => <RemovalsSection />,
  agencies: () => <AgenciesSection />,
  year: () => <YearSection />,
  approvals: () => <ApprovalsSection />,
  indicators: () => <IndicatorsSection />,
}

/** The section a path names (`/province` and anything unknown: the provincial list). */
export function sectionOf(path: string): ProvinceSection {
  const name = path.split('/')[2] ?? ''
  return (PROVINCE_SECTIONS as readonly string[]).includes(name) ? (name as ProvinceSection) : 'lists'
}

export function ProvinceDesk({ section }: { section: ProvinceSection }) {
  const { t } = useI18n()
  return (
    <div className="prv-desk">
      <nav className="prv-menu" aria-label={t('prvMenu')}>
        <ul>
          {PROVINCE_SECTIONS.map((s) => (
            <li key={s}>
              <Link href={`/province/${s}`} aria-current={s === section ? 'page' : undefined}>
                {t(LABELS[s])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="prv-section" data-testid={`prv-section-${section}`}>
        <h2>{t(LABELS[section])}</h2>
        {SECTIONS[section]()}
      </div>
    </div>
  )
}
