// "/county" (the intake desk: received reports, verified mines, notices) and "/county/mines/:id" (one
// mine: the evaluator draw, the verification opinion's publicity, objections, archiving).
import { CountyMinePage } from '../features/county/county-mine-page'
import { IntakeDesk } from '../features/county/intake-desk'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { DeskPage } from '../shell/desk-page'

export default function CountyRoute() {
  const { t } = useI18n()
  const mineId = /^\/county\/mines\/(\d+)/.exec(usePath())?.[1]
  return (
    <DeskPage title={t('cinTitle')} roles={['county']}>
      {mineId ? <CountyMinePage key={mineId} id={Number(mineId)} /> : <IntakeDesk />}
    </DeskPage>
  )
}
