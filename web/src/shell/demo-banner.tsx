import { useI18n } from '../i18n/i18n'

/** Shown on every screen while the server runs on demo data. */
export function DemoBanner({ demo }: { demo: boolean | undefined }) {
  const { t } = useI18n()
  if (!demo) return null
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <strong>DEMO</strong> {t('demoBanner')}
    </div>
  )
}
