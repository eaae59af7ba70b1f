// Section 2, removals and the blacklist (R6): a failed re-check proposes removal, the province
// confirms it (responsible persons, reason) — removal, exposure and blacklist in one step — and
// records delistings.
import { useState } from 'react'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import {
  useBlacklist,
  useMinesInState,
  useProvinceWrite,
  writes,
  type BlacklistEntry,
  type MineItem,
} from './province-queries'

export function RemovalsSection() {
  return (
    <>
      <Removals />
      <Blacklist />
    </>
  )
}

function Removals() {
  const { t } = useI18n()
  const query = useMinesInState('rectifying')
  return (
    <section className="prv-block" aria-labelledby="prv-removals">
      <h3 id="prv-removals">{t('prvRemovals')}</h3>
      <p className="muted small">{t('prvRemovalsHint')}</p>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('prvRemovalsEmpty')}</p>
          ) : (
            <ul className="prv-rows">
              {items.map((m) => (
                <RemovalRow key={m.id} mine={m} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  )
}

function RemovalRow({ mine }: { mine: MineItem }) {
  const { t } = useI18n()
  const { session } = useSession()
  const [open, setOpen] = useState(false)
  const [persons, setPersons] = useState('')
  const [reason, setReason] = useState('')
  const confirm = useProvinceWrite(writes.confirmRemoval)
  return (
    <li data-testid={`prv-removal-${mine.id}`}>
      <strong>{mine.name}</strong> <span className="muted small">{mine.countyName}</span>{' '}
      <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('prvConfirmRemoval')}
      </button>
      {open && (
        <form
          className="prv-fields"
          onSubmit={(e) => {
            e.preventDefault()
            if (!session) return
            confirm.mutate({
              csrf: session.csrfToken,
              mineId: mine.id,
              expectedVersion: mine.version,
              responsiblePersons: persons
                .split(/[,，、\n]/)
                .map((p) => p.trim())
                .filter(Boolean),
              reason: reason.trim(),
            })
          }}
        >
          <label className="prv-wide">
            {t('prvResponsible')}
            <input type="text" value={persons} onChange={(e) => setPersons(e.target.value)} />
          </label>
          <label className="prv-wide">
            {t('prvRemovalReason')}
            <textarea rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="btn btn-primary" disabled={confirm.isPending}>
            {t('prvConfirmRemovalOf', { name: mine.name })}
          </button>
        </form>
      )}
      {confirm.error && <ErrorNotice error={confirm.error} />}
    </li>
  )
}

function Blacklist() {
  const { t } = useI18n()
  const query = useBlacklist()
  return (
    <section className="prv-block" aria-labelledby="prv-blacklist">
      <h3 id="prv-blacklist">{t('prvBlacklist')}</h3>
      <QueryState query={query}>
        {({ blacklist }) =>
          blacklist.length === 0 ? (
            <p className="muted">{t('prvBlacklistEmpty')}</p>
          ) : (
            <ul className="prv-rows">
              {blacklist.map((b) => (
                <BlacklistRow key={b.id} entry={b} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  )
}

function BlacklistRow({ entry: b }: { entry: BlacklistEntry }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const [reason, setReason] = useState('')
  const delist = useProvinceWrite(writes.delist)
  const who = b.subject === 'person' ? `${b.personName ?? ''}（${b.enterpriseName}）` : b.enterpriseName
  return (
    <li data-testid={`prv-blacklist-${b.id}`}>
      <strong>{who}</strong> {b.mineName && <span className="muted small">{b.mineName}</span>}
      <div className="small">
        {t('prvListedOn', { date: formatDate(b.listedOn, lang) })} · {b.reason}
      </div>
      {b.delistedOn ? (
        <p className="small">
          {t('prvDelistedOn', { date: formatDate(b.delistedOn, lang) })} · {b.delistingReason}
        </p>
      ) : (
        <form
          className="prv-fields"
          onSubmit={(e) => {
            e.preventDefault()
            if (session) delist.mutate({ csrf: session.csrfToken, id: b.id, reason: reason.trim() })
          }}
        >
          <label className="prv-wide">
            {t('prvDelistReason')}
            <input type="text" required value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="btn" disabled={!reason.trim() || delist.isPending}>
            {t('prvDelist')}
          </button>
          {delist.error && <ErrorNotice error={delist.error} />}
        </form>
      )}
    </li>
  )
}
