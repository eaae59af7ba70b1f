// "/city": the city bureau's desk (passed lists and reporting windows, target split).
import { useSession } from '../features/auth/session'
import { CityPage } from '../features/city/city-page'
import { useI18n } from '../i18n/i18n'
import { DeskPage } from '../shell/desk-page'

export default function CityRoute() {
  const { t } = useI18n()
  const { session } = useSession()
  return (
    <DeskPage title={t('cityTitle')} roles={['city']}>
      {session && <CityPage session={session} />}
    </DeskPage>
  )
}
