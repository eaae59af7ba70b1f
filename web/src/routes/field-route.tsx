// "/field/inspect/:mineId" (the field inspection form) and "/field/outbox" (what waits to be sent):
// the inspector's phone pages, on the desk frame. Starting here also starts the outbox's sending.
import { useEffect } from 'react'
import { FieldInspectPage } from '../features/field-inspection/field-inspect-page'
import { OutboxPage } from '../features/field-outbox/outbox-page'
import { startOutboxSync } from '../features/field-outbox/outbox-sync'
import { useI18n } from '../i18n/i18n'
import { usePath } from '../router'
import { DeskPage } from '../shell/desk-page'

/** The mine id of "/field/inspect/:mineId", or null. */
export function inspectedMineOf(path: string): number | null {
  const m = /^\/field\/inspect\/(\d{1,9})\/?$/.exec(path)
  return m ? Number(m[1]) : null
}

export default function FieldRoute() {
  const { t } = useI18n()
  const path = usePath()
  const mineId = inspectedMineOf(path)
  useEffect(() => startOutboxSync(), [])
  return (
    <DeskPage
      title={mineId === null ? t('fldOutboxTitle') : t('fldTitle')}
      roles={['county', 'city', 'province']}
    >
      <div className="fld-desk">
        {mineId === null ? <OutboxPage /> : <FieldInspectPage key={mineId} mineId={mineId} />}
      </div>
    </DeskPage>
  )
}
