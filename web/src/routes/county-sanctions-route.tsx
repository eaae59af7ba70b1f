// "/county/spot-checks": the county bureau's spot checks and rectification orders (R6).
import { useSession } from '../features/auth/session'
import { SpotChecksPage } from '../features/county-sanctions/spot-checks-page'
import { useI18n } from '../i18n/i18n'
import { DeskPage } from '../shell/desk-page'

export default function CountySanctionsRoute() {
  const { t } = useI18n()
  const { session } = useSession()
  return (
    <DeskPage title={t('spcTitle')} roles={['county']}>
      {session && <SpotChecksPage session={session} />}
    </DeskPage>
  )
}
