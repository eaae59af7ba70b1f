import { useI18n } from '../i18n/i18n'
import { useHealth } from './use-health'

/** Shown on every screen while the server runs on demo data (and says so when a test clock sets today). */
export function DemoBanner({ demo }: { demo: boolean | undefined }) {
  const { t } = useI18n()
  const health = useHealth()
  if (!demo) return null
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>DEMO</strong> {t('demoBanner')}
      {health?.testClock && <> {t('testClockBanner', { date: health.today })}</>}
    </div>
  )
}
