// "A new version is ready" with a reload button, shown on staff pages once a new service worker
// waits. Nothing switches until the user presses it, so a half-filled form is never lost.
import { useEffect, useSyncExternalStore } from 'react'
import { useI18n } from '../i18n/i18n'
import { applyUpdate, enableStaffApp, isUpdateReady, onUpdateReady } from './register'

export function UpdateBanner() {
  const { t } = useI18n()
  useEffect(enableStaffApp, [])
  const ready = useSyncExternalStore(onUpdateReady, isUpdateReady)
  if (!ready) return null
  return (
    <div className="pwa-update" role="status">
      <span>{t('pwaUpdateReady')}</span>
      <button type="button" onClick={applyUpdate}>
        {t('pwaReload')}
      </button>
    </div>
  )
}
