import { useState, type ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'

/** The right-hand panel on wide screens; a bottom sheet (collapsed or open) on phones. */
export function SidePanel({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <aside className={`side-panel${open ? ' is-open' : ''}`} aria-label={label} data-testid="side-panel">
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        aria-label={t('sheetToggle')}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" />
      </button>
      <div className="side-panel-body">{children}</div>
    </aside>
  )
}
