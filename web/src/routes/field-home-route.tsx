// "/field" and "/field/near": the installable field app's own pages (offline work areas, near me).
// "/field/inspect/:mineId" and "/field/outbox" are the inspection pages' route (field-route.tsx).
import { FieldHome } from '../features/field/field-home'
import { NearMe } from '../features/field/near-me'
import { useSession } from '../features/auth/session'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { DeskPage } from '../shell/desk-page'
import { FIELD_ROLES } from '../shell/role-nav'

export default function FieldHomeRoute() {
  const { t } = useI18n()
  const path = usePath()
  const near = path === '/field/near'
  return (
    <DeskPage title={near ? t('fieldAppNearTitle') : t('fieldAppTitle')} roles={FIELD_ROLES}>
      <FieldPage near={near} />
    </DeskPage>
  )
}

function FieldPage({ near }: { near: boolean }) {
  const { session } = useSession()
  const user = session!.user
  return near ? (
    <NearMe username={user.username} />
  ) : (
    <FieldHome username={user.username} role={user.role} regionCode={user.regionCode} />
  )
}
