// /field: the field app's home. Save a work area while online; offline, the saved areas' map and
// mines still show (the service worker answers from their caches), each with its inspection link.
import type { Role } from '@zgm/domain'
import { useCallback, useEffect, useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { saveArea } from './area-save'
import { listAreas, minesOf, removeArea, savedPacks, type AreaPack, type SavedArea } from './area-store'
import { FieldMap } from './field-map'
import { SaveAreaForm } from './save-area-form'
import { SavedAreas } from './saved-areas'
import { TaskList } from './task-list'
import { useOnline } from './use-online'

interface Props {
  username: string
  role: Role
  regionCode: string | null
}

export function FieldHome({ username, role, regionCode }: Props) {
  const { t } = useI18n()
  const online = useOnline()
  const [areas, setAreas] = useState<SavedArea[]>([])
  const [packs, setPacks] = useState<AreaPack[]>([])
  const [busy, setBusy] = useState(false)
  const reload = useCallback(async () => {
    setAreas(await listAreas(username))
    setPacks(await savedPacks(username))
  }, [username])
  useEffect(() => {
    void reload()
  }, [reload])

  const mines = minesOf(packs)
  const newest = packs.find((p) => p.bbox)
  return (
    <div className="field-page">
      <p className={online ? 'field-net online' : 'field-net offline'} role="status" data-testid="field-net">
        {online ? t('fieldAppOnline') : t('fieldAppOffline')}
      </p>
      <nav className="field-links">
        <Link href="/field/near" className="btn btn-primary">
          {t('fieldAppNearLink')}
        </Link>
        <Link href="/field/outbox" className="btn">
          {t('fieldAppOutbox')}
        </Link>
      </nav>
      <FieldMap mines={mines} bbox={newest?.bbox ?? null} label={t('fieldAppMapLabel')} />
      {online && (
        <SaveAreaForm role={role} regionCode={regionCode} username={username} onSaved={() => void reload()} />
      )}
      <SavedAreas
        areas={areas}
        online={online}
        busy={busy}
        onRefresh={async (a) => {
          setBusy(true)
          try {
            await saveArea(a.packUrl, username, role, () => {})
          } finally {
            setBusy(false)
            await reload()
          }
        }}
        onRemove={async (a) => {
          setBusy(true)
          try {
            await removeArea(a.id)
          } finally {
            setBusy(false)
            await reload()
          }
        }}
      />
      <section className="field-card" aria-labelledby="field-mines-heading">
        <h2 id="field-mines-heading">{t('fieldAppMinesHeading')}</h2>
        <ul className="field-mines" data-testid="field-mines">
          {mines.map((m) => (
            <li key={m.id}>
              <Link
                href={`/field/inspect/${m.id}`}
                className="field-mine-link"
                aria-label={t('fieldAppInspect', { mine: m.name })}
              >
                {m.name}
              </Link>
              <span className="muted"> · {m.mineral}</span>
              <TaskList mine={m} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
