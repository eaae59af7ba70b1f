// Section 3, the provincial list of third-party agencies (R3.2): the agencies listed today with
// their listings and registered experts; add an agency with its first listing, add a listing,
// register an expert (seniority) or end a registration.
import { addDays, todayInZhejiang } from '@zgm/domain'
import { useState } from 'react'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { ListingFields, emptyListing, type ListingDraft } from './listing-fields'
import { useAgencies, useProvinceWrite, writes, type Agency } from './province-queries'

export function AgenciesSection() {
  const { t } = useI18n()
  const query = useAgencies()
  return (
    <>
      <section className="prv-block" aria-labelledby="prv-agencies">
        <h3 id="prv-agencies">{t('prvAgencies')}</h3>
        <QueryState query={query}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="muted">{t('prvAgenciesEmpty')}</p>
            ) : (
              <ul className="prv-rows">
                {items.map((a) => (
                  <AgencyRow key={a.id} agency={a} />
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
      <AddAgency />
    </>
  )
}

function AddAgency() {
  const { t } = useI18n()
  const { session } = useSession()
  const [name, setName] = useState('')
  const [listing, setListing] = useState<ListingDraft>(emptyListing)
  const add = useProvinceWrite(writes.addAgency)
  return (
    <section className="prv-block" aria-labelledby="prv-add-agency">
      <h3 id="prv-add-agency">{t('prvAddAgency')}</h3>
      <form
        className="prv-fields"
        onSubmit={(e) => {
          e.preventDefault()
          if (session)
            add.mutate(
              { csrf: session.csrfToken, name: name.trim(), listing },
              { onSuccess: () => setName('') },
            )
        }}
      >
        <label className="prv-wide">
          {t('prvAgencyName')}
          <input
            type="text"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <ListingFields value={listing} onChange={setListing} />
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          {t('prvAddAgencySubmit')}
        </button>
        {add.error && <ErrorNotice error={add.error} />}
      </form>
    </section>
  )
}

function AgencyRow({ agency: a }: { agency: Agency }) {
  const { t, lang } = useI18n()
  const [adding, setAdding] = useState<'none' | 'expert' | 'listing'>('none')
  const current = a.experts.filter((x) => !x.registeredTo || x.registeredTo >= todayInZhejiang())
  return (
    <li data-testid={`prv-agency-${a.id}`}>
      <strong>{a.name}</strong>
      <ul className="small">
        {a.listings.map((l) => (
          <li key={`${l.listName}-${l.validFrom}`}>
            {l.listName} · {formatDate(l.validFrom, lang)} – {formatDate(l.validTo, lang)} ·{' '}
            {t('prvStaff', { staff: l.staffCount, senior: l.seniorCount })} · {l.applicationRef}
          </li>
        ))}
      </ul>
      <table className="prv-table">
        <caption className="small">{t('prvExperts', { n: current.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('prvExpertName')}</th>
            <th scope="col">{t('prvSenior')}</th>
            <th scope="col">{t('prvSpecialty')}</th>
            <th scope="col">{t('prvRegistered')}</th>
            <th scope="col">
              <span className="sr-only">{t('prvActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {current.map((x) => (
            <ExpertRow key={x.id} expert={x} />
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button
          type="button"
          className="btn"
          aria-expanded={adding === 'expert'}
          onClick={() => setAdding(adding === 'expert' ? 'none' : 'expert')}
        >
          {t('prvAddExpertTo', { name: a.name })}
        </button>
        <button
          type="button"
          className="btn"
          aria-expanded={adding === 'listing'}
          onClick={() => setAdding(adding === 'listing' ? 'none' : 'listing')}
        >
          {t('prvAddListingTo', { name: a.name })}
        </button>
      </div>
      {adding === 'expert' && <AddExpert agencyId={a.id} />}
      {adding === 'listing' && <AddListing agencyId={a.id} />}
    </li>
  )
}

type Expert = Agency['experts'][number]

function ExpertRow({ expert: x }: { expert: Expert }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const end = useProvinceWrite(writes.deregisterExpert)
  return (
    <tr>
      <td>{x.name}</td>
      <td>{x.senior ? t('prvYes') : t('prvNo')}</td>
      <td>{x.specialty}</td>
      <td>
        {formatDate(x.registeredFrom, lang)}
        {x.registeredTo ? ` – ${formatDate(x.registeredTo, lang)}` : ''}
      </td>
      <td>
        <button type="button" className="btn btn-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('prvDeregisterName', { name: x.name })}
        </button>
        {open && (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              if (session)
                end.mutate({
                  csrf: session.csrfToken,
                  id: x.id,
                  registeredTo: todayInZhejiang(),
                  reason: reason.trim(),
                })
            }}
          >
            <label>
              {t('prvDeregisterReason')}
              <input type="text" required value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="submit" className="btn" disabled={!reason.trim() || end.isPending}>
              {t('prvDeregister')}
            </button>
            {end.error && <ErrorNotice error={end.error} />}
          </form>
        )}
      </td>
    </tr>
  )
}

function AddExpert({ agencyId }: { agencyId: number }) {
  const { t } = useI18n()
  const { session } = useSession()
  const [name, setName] = useState('')
  const [senior, setSenior] = useState(false)
  const [specialty, setSpecialty] = useState('')
  const [from, setFrom] = useState(todayInZhejiang())
  const add = useProvinceWrite(writes.addExpert)
  return (
    <form
      className="prv-fields"
      onSubmit={(e) => {
        e.preventDefault()
        if (!session) return
        add.mutate(
          {
            csrf: session.csrfToken,
            agencyId,
            expert: { name: name.trim(), senior, specialty: specialty.trim(), registeredFrom: from },
          },
          { onSuccess: () => setName('') },
        )
      }}
    >
      <label>
        {t('prvExpertName')}
        <input type="text" required maxLength={50} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('prvSpecialty')}
        <input
          type="text"
          required
          maxLength={100}
          value={specialty}
          onChange={(e) => setSpecialty(e.target.value)}
        />
      </label>
      <label>
        {t('prvRegisteredFrom')}
        <input type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label className="prv-check">
        <input type="checkbox" checked={senior} onChange={(e) => setSenior(e.target.checked)} />
        {t('prvSeniorTitle')}
      </label>
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        {t('prvRegisterExpert')}
      </button>
      {add.error && <ErrorNotice error={add.error} />}
    </form>
  )
}

function AddListing({ agencyId }: { agencyId: number }) {
  const { t } = useI18n()
  const { session } = useSession()
  const [listing, setListing] = useState<ListingDraft>(() => ({
    ...emptyListing,
    validFrom: addDays(todayInZhejiang(), 1),
  }))
  const add = useProvinceWrite(writes.addListing)
  return (
    <form
      className="prv-fields"
      onSubmit={(e) => {
        e.preventDefault()
        if (session) add.mutate({ csrf: session.csrfToken, agencyId, listing })
      }}
    >
      <ListingFields value={listing} onChange={setListing} />
      <button type="submit" className="btn btn-primary" disabled={add.isPending}>
        {t('prvAddListing')}
      </button>
      {add.error && <ErrorNotice error={add.error} />}
    </form>
  )
}
