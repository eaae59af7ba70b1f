// "/province/<section>": the provincial department's desk. Its own chunk: no other role loads it.
import { ProvinceDesk, sectionOf } from '../features/province/province-desk'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { DeskPage } from '../shell/desk-page'

export default function ProvinceRoute() {
  const { t } = useI18n()
  const section = sectionOf(usePath())
  return (
    <DeskPage title={t('prvTitle')} roles={['province']}>
      <ProvinceDesk section={section} />
    </DeskPage>
  )
}
