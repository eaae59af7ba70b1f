// "/enterprise" (the enterprise's mines and clocks) and "/enterprise/mines/:id" (one mine: the
// self-assessment form, documents, status timeline).
import { EnterpriseDesk } from '../features/enterprise/enterprise-desk'
import { EnterpriseMinePage } from '../features/enterprise/enterprise-mine-page'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { DeskPage } from '../shell/desk-page'

export default function EnterpriseRoute() {
  const { t } = useI18n()
  const mineId = /^\/enterprise\/mines\/(\d+)/.exec(usePath())?.[1]
  return (
    <DeskPage title={t('entTitle')} roles={['enterprise']}>
      {mineId ? <EnterpriseMinePage key={mineId} id={Number(mineId)} /> : <EnterpriseDesk />}
    </DeskPage>
  )
}
