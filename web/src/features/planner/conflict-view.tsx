// Someone saved first: both shapes are on the map (theirs dashed red, the planner's own in the
// editor), and the planner chooses; nothing is overwritten or dropped without a choice.
import { formatArea } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import type { AreaFeature } from './area-queries'

export interface Conflict {
  current: AreaFeature
  currentVersion: number
}

export function ConflictView({
  conflict,
  onTakeTheirs,
  onKeepMine,
}: {
  conflict: Conflict
  onTakeTheirs(): void
  onKeepMine(): void
}) {
  const { t, lang } = useI18n()
  return (
    <div className="conflict-view" role="alert" data-testid="conflict-view">
      <h4>{t('conflictTitle', { n: conflict.currentVersion })}</h4>
      <p>{t('conflictText')}</p>
      <p className="muted">
        {conflict.current.properties.name} · {formatArea(conflict.current.properties.areaM2, lang)}
      </p>
      <div className="button-row">
        <button type="button" className="btn" onClick={onTakeTheirs}>
          {t('conflictTakeTheirs')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onKeepMine}>
          {t('conflictKeepMine', { n: conflict.currentVersion + 1 })}
        </button>
      </div>
    </div>
  )
}
