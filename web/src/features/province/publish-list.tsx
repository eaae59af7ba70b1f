// Publishing the provincial list (R3.7): the mines the cities reported, ticked, put on one notice
// with its period (counted live in working days on the official calendar) and objection channel.
import { addDays, todayInZhejiang } from '@zgm/domain'
import { useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { freshNotices, useMinesInState, useProvinceWrite, writes, type MineItem } from './province-queries'
import { periodWorkingDays } from './working-days'

const DEFAULT_CHANNEL = '书面或电子邮件实名反映：浙江省自然资源厅矿产资源管理处，电话 0571-87053000'

/** Publishes each ticked mine in turn: the first opens the notice, the others join it. */
async function publishAll(
  call: (v: Parameters<typeof writes.publishList>[1]) => Promise<unknown>,
  mines: MineItem[],
  period: { start: string; end: string },
  objectionChannel: string,
) {
  let publicityId: number | undefined
  for (const m of mines) {
    await call({ mineId: m.id, expectedVersion: m.version, period, objectionChannel, publicityId })
    if (publicityId === undefined) {
      const notices = await freshNotices()
      publicityId = notices.items
        .filter((n) => n.startOn === period.start && n.endOn === period.end)
        .filter((n) => n.items.some((i) => i.mineName === m.name))
        .reduce<number | undefined>((max, n) => (max === undefined || n.id > max ? n.id : max), undefined)
    }
  }
}

export function PublishList() {
  const { t } = useI18n()
  const { session } = useSession()
  const query = useMinesInState('city_reported')
  const today = todayInZhejiang()
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set())
  const [start, setStart] = useState(today)
  const [end, setEnd] = useState(addDays(today, 10))
  const [channel, setChannel] = useState(DEFAULT_CHANNEL)
  const publish = useProvinceWrite((c, v: { mines: MineItem[] }) =>
    publishAll((x) => writes.publishList(c, x), v.mines, { start, end }, channel),
  )
  const days = periodWorkingDays(start, end)
  const toggle = (id: number) =>
    setPicked((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  return (
    <section className="prv-block" aria-labelledby="prv-reported">
      <h3 id="prv-reported">{t('prvReported')}</h3>
      <form
        className="prv-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (!session) return
          const mines = (query.data?.items ?? []).filter((m) => picked.has(m.id))
          publish.mutate({ csrf: session.csrfToken, mines }, { onSuccess: () => setPicked(new Set()) })
        }}
      >
        <QueryState query={query}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="muted">{t('prvReportedEmpty')}</p>
            ) : (
              <ReportedTable items={items} picked={picked} toggle={toggle} />
            )
          }
        </QueryState>
        <div className="prv-fields">
          <label>
            {t('prvPeriodStart')}
            <input type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
          </label>
          <label>
            {t('prvPeriodEnd')}
            <input type="date" required value={end} onChange={(e) => setEnd(e.target.value)} />
          </label>
          <p className="prv-days" aria-live="polite" data-testid="prv-working-days">
            {days === null ? t('prvDaysUnknown') : t('prvDays', { n: days })}
          </p>
          <label className="prv-wide">
            {t('prvChannel')}
            <input
              type="text"
              required
              minLength={5}
              maxLength={500}
              value={channel}
              onChange={(e) => setChannel(e.target.value)}
            />
          </label>
        </div>
        <button type="submit" className="btn btn-primary" disabled={picked.size === 0 || publish.isPending}>
          {t('prvPublish', { n: picked.size })}
        </button>
        {publish.error && <ErrorNotice error={publish.error} />}
        {publish.isSuccess && (
          <p className="saved-note" role="status">
            {t('prvPublished')}
          </p>
        )}
      </form>
    </section>
  )
}

function ReportedTable({
  items,
  picked,
  toggle,
}: {
  items: MineItem[]
  picked: ReadonlySet<number>
  toggle(id: number): void
}) {
  const { t } = useI18n()
  return (
    <table className="prv-table">
      <thead>
        <tr>
          <th scope="col">{t('prvPick')}</th>
          <th scope="col">{t('prvMine')}</th>
          <th scope="col">{t('prvCounty')}</th>
          <th scope="col">{t('prvMineral')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((m) => (
          <tr key={m.id}>
            <td>
              <input
                type="checkbox"
                aria-label={t('prvPickMine', { name: m.name })}
                checked={picked.has(m.id)}
                onChange={() => toggle(m.id)}
              />
            </td>
            <td>{m.name}</td>
            <td>{m.countyName}</td>
            <td>{m.mineral}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
