// "/evaluator" (the agency's assignments) and "/evaluator/mines/:id" (the on-site verification
// form): the evaluator's desk, designed for a phone. Its own chunk.
import { AssignmentList } from '../features/evaluator/assignment-list'
import { VerificationPage } from '../features/evaluator/verification-page'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { DeskPage } from '../shell/desk-page'

/** The mine id of "/evaluator/mines/:id", or null for the list. */
export function evaluatorMineOf(path: string): number | null {
  const m = /^\/evaluator\/mines\/(\d{1,9})\/?$/.exec(path)
  return m ? Number(m[1]) : null
}

export default function EvaluatorRoute() {
  const { t } = useI18n()
  const mineId = evaluatorMineOf(usePath())
  return (
    <DeskPage title={t('evlTitle')} roles={['evaluator']}>
      <div className="evl-desk">
        {mineId === null ? <AssignmentList /> : <VerificationPage key={mineId} mineId={mineId} />}
      </div>
    </DeskPage>
  )
}
