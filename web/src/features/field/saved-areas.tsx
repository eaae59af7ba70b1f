// The saved work areas (newest first) with their date and stored size, refresh and remove, and
// what the browser says about storage (navigator.storage: usage, quota, persistence).
import { formatBytes } from '@zgm/domain'
import { useEffect, useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { SavedArea } from './area-store'

interface Props {
  areas: readonly SavedArea[]
  online: boolean
  busy: boolean
  onRefresh(area: SavedArea): void
  onRemove(area: SavedArea): void
}

interface StorageFacts {
  usage: number
  quota: number
  persisted: boolean
}

export function SavedAreas({ areas, online, busy, onRefresh, onRemove }: Props) {
  const { t } = useI18n()
  const storage = useStorageFacts(areas)
  return (
    <section className="field-card" aria-labelledby="field-saved-heading">
      <h2 id="field-saved-heading">{t('fieldAppSavedHeading')}</h2>
      {areas.length === 0 ? (
        <p>{t('fieldAppNoSaved')}</p>
      ) : (
        <ul className="field-saved" data-testid="field-saved">
          {areas.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>
              <span className="muted">
                {t('fieldAppSavedRow', {
                  date: a.savedAt.slice(0, 16).replace('T', ' '),
                  mines: a.mineCount,
                  tiles: a.tileCount,
                  size: formatBytes(a.bytes),
                })}
              </span>
              <span className="field-actions">
                <button
                  type="button"
                  className="btn"
                  disabled={!online || busy}
                  onClick={() => onRefresh(a)}
                  aria-label={t('fieldAppRefresh', { name: a.name })}
                >
                  {t('fieldAppRefreshShort')}
                </button>
                <button
                  type="button"
                  className="btn btn-quiet"
                  disabled={busy}
                  onClick={() => onRemove(a)}
                  aria-label={t('fieldAppRemove', { name: a.name })}
                >
                  {t('fieldAppRemoveShort')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {storage && (
        <p className="muted" data-testid="field-storage">
          {t('fieldAppStorage', { usage: formatBytes(storage.usage), quota: formatBytes(storage.quota) })}
          <br />
          {storage.persisted ? t('fieldAppPersisted') : t('fieldAppNotPersisted')}
        </p>
      )}
    </section>
  )
}

function useStorageFacts(deps: unknown): StorageFacts | null {
  const [facts, setFacts] = useState<StorageFacts | null>(null)
  useEffect(() => {
    let live = true
    void (async () => {
      if (!navigator.storage?.estimate) return
      const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
        navigator.storage.estimate(),
        navigator.storage.persisted?.() ?? Promise.resolve(false),
      ])
      if (live) setFacts({ usage, quota, persisted })
    })()
    return () => {
      live = false
    }
  }, [deps])
  return facts
}
