// The checklist against the mine's indicator set: pass / fail / not applicable per item, large
// buttons for a thumb, and a note (shown for a fail, where it matters most).
import type { Lang } from '../../i18n/dict'
import { useI18n } from '../../i18n/i18n'
import type { ChecklistItem } from './field-mine-query'

export type CheckResult = 'pass' | 'fail' | 'na'
export type Checks = Record<string, { result: CheckResult; note: string }>

const RESULTS = [
  ['pass', 'fldPass'],
  ['fail', 'fldFail'],
  ['na', 'fldNa'],
] as const

export interface ChecklistSectionProps {
  title: string
  items: readonly ChecklistItem[]
  checks: Checks
  onChange(checks: Checks): void
}

const groupName = (i: ChecklistItem, lang: Lang) => (lang === 'zh' ? i.groupZh : i.groupEn)

export function ChecklistSection({ title, items, checks, onChange }: ChecklistSectionProps) {
  const { t, lang } = useI18n()
  const set = (code: string, patch: Partial<Checks[string]>) =>
    onChange({ ...checks, [code]: { ...(checks[code] ?? { result: 'pass', note: '' }), ...patch } })
  return (
    <section className="fld-section" aria-labelledby="fld-check-h">
      <h2 id="fld-check-h">{t('fldChecklist', { set: title })}</h2>
      <ol className="fld-checks">
        {items.map((item, i) => {
          const current = checks[item.code]
          const label = lang === 'zh' ? item.zh : item.en
          const newGroup = i === 0 || items[i - 1].group !== item.group
          return (
            <li key={item.code} className="fld-check" data-code={item.code}>
              {newGroup && item.group === 'prerequisites' ? (
                <p className="fld-group">{groupName(item, lang)}</p>
              ) : null}
              <p className="fld-check-label" id={`fld-${item.code}`}>
                {label}
                {item.maxScore !== null ? <span className="muted"> · {item.maxScore}</span> : null}
              </p>
              <div className="fld-choices" role="radiogroup" aria-labelledby={`fld-${item.code}`}>
                {RESULTS.map(([value, key]) => (
                  <button
                    key={value}
                    type="button"
                    role="radio"
                    aria-checked={current?.result === value}
                    className={`fld-choice fld-choice-${value}`}
                    onClick={() => set(item.code, { result: value })}
                  >
                    {t(key)}
                  </button>
                ))}
              </div>
              {current?.result === 'fail' ? (
                <input
                  className="fld-note"
                  aria-label={`${t('fldNote')}: ${label}`}
                  placeholder={t('fldNote')}
                  maxLength={500}
                  value={current.note}
                  onChange={(e) => set(item.code, { note: e.currentTarget.value })}
                />
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
