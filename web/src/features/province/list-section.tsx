// Section 1, the provincial list (R3.7): publish what the cities reported, watch the notices and
// decide their objections, and enter the mines into the directory once the period has run.
import { isAfter, todayInZhejiang } from '@zgm/domain'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { NoticeList } from './notice-list'
import {
  useMinesInState,
  useProvinceNotices,
  useProvinceWrite,
  writes,
  type MineItem,
  type Notice,
} from './province-queries'
import { PublishList } from './publish-list'

export function ListSection() {
  return (
    <>
      <PublishList />
      <DirectoryEntry />
      <NoticeList />
    </>
  )
}

/** The newest provincial notice that lists the mine (notices name their mines, not their ids). */
const noticeOf = (notices: readonly Notice[] | undefined, mine: MineItem) =>
  notices?.find((n) => n.items.some((i) => i.mineName === mine.name))

function DirectoryEntry() {
  const { t } = useI18n()
  const query = useMinesInState('province_publicity')
  const notices = useProvinceNotices()
  return (
    <section className="prv-block" aria-labelledby="prv-entry">
      <h3 id="prv-entry">{t('prvEntry')}</h3>
      <p className="muted small">{t('prvEntryHint')}</p>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('prvEntryEmpty')}</p>
          ) : (
            <ul className="prv-rows">
              {items.map((m) => (
                <EntryRow key={m.id} mine={m} notice={noticeOf(notices.data, m)} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  )
}

function EntryRow({ mine, notice }: { mine: MineItem; notice: Notice | undefined }) {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const enter = useProvinceWrite(writes.enterDirectory)
  const running = notice !== undefined && !isAfter(todayInZhejiang(), notice.endOn)
  return (
    <li data-testid={`prv-entry-${mine.id}`}>
      <strong>{mine.name}</strong> <span className="muted small">{mine.countyName}</span>
      {notice && (
        <span className="small">
          {' · '}
          {t('prvPeriodUntil', { date: formatDate(notice.endOn, lang) })}
          {running && <span className="chip"> {t('prvRunning')}</span>}
        </span>
      )}
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          aria-label={t('prvEnterMine', { name: mine.name })}
          disabled={enter.isPending || !session}
          onClick={() =>
            session &&
            enter.mutate({ csrf: session.csrfToken, mineId: mine.id, expectedVersion: mine.version })
          }
        >
          {t('prvEnter')}
        </button>
      </div>
      {enter.error && <ErrorNotice error={enter.error} />}
    </li>
  )
}
