// The area's attributes: kind, name, target land class, planned start and end, responsible party,
// progress, notes. A controlled form; the editor saves it with the shape.
import { LAND_CLASSES } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import type { AreaAttributes } from './area-queries'

const PROGRESS = ['planned', 'in_progress', 'completed'] as const
const PROGRESS_KEY = {
  planned: 'progressPlanned',
  in_progress: 'progressInProgress',
  completed: 'progressCompleted',
} as const

export function AttributeForm({
  value,
  onChange,
}: {
  value: AreaAttributes
  onChange(next: AreaAttributes): void
}) {
  const { t } = useI18n()
  const set = (patch: Partial<AreaAttributes>) => onChange({ ...value, ...patch })
  const text = (v: string) => (v.trim() === '' ? null : v)
  return (
    <div className="attribute-form" data-testid="attribute-form">
      <label>
        {t('fieldKind')}
        <select value={value.kind} onChange={(e) => set({ kind: e.target.value as AreaAttributes['kind'] })}>
          <option value="restoration">{t('kindRestoration')}</option>
          <option value="reclamation">{t('kindReclamation')}</option>
        </select>
      </label>
      <label>
        {t('fieldName')}
        <input value={value.name} maxLength={200} required onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label>
        {t('fieldLandClass')}
        <select
          value={value.targetLandClass ?? ''}
          onChange={(e) => set({ targetLandClass: text(e.target.value) })}
        >
          <option value="">—</option>
          {Object.entries(LAND_CLASSES).map(([code, name]) => (
            <option key={code} value={code}>
              {code} {name}
            </option>
          ))}
        </select>
      </label>
      <div className="form-row">
        <label>
          {t('fieldPlannedStart')}
          <input
            type="date"
            value={value.plannedStart ?? ''}
            onChange={(e) => set({ plannedStart: text(e.target.value) })}
          />
        </label>
        <label>
          {t('fieldPlannedEnd')}
          <input
            type="date"
            value={value.plannedEnd ?? ''}
            onChange={(e) => set({ plannedEnd: text(e.target.value) })}
          />
        </label>
      </div>
      <label>
        {t('fieldResponsible')}
        <input
          value={value.responsibleParty ?? ''}
          maxLength={200}
          onChange={(e) => set({ responsibleParty: text(e.target.value) })}
        />
      </label>
      <label>
        {t('fieldProgress')}
        <select
          value={value.progress ?? 'planned'}
          onChange={(e) => set({ progress: e.target.value as AreaAttributes['progress'] })}
        >
          {PROGRESS.map((p) => (
            <option key={p} value={p}>
              {t(PROGRESS_KEY[p])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fieldNotes')}
        <textarea
          value={value.notes ?? ''}
          maxLength={2000}
          rows={2}
          onChange={(e) => set({ notes: text(e.target.value) })}
        />
      </label>
    </div>
  )
}
