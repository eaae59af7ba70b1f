// The home's work queue: what waits on me, what is due soon, what is overdue. A count opens its
// list (its mines ringed on the map); a row shows the mine on the map and opens the desk page
// where the action is taken. On first load the map is brought to the user's own region or mines.
import { useEffect, useRef, useState } from 'react'
import type { Role } from '@zgm/domain'
import { formatDate } from '../../i18n/format'
import type { MessageKey } from '../../i18n/dict'
import { localName, useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { pointBBox } from '../map-screen/camera'
import type { ScreenContext } from '../map-screen/screen-context'
import { useWorkQueue, type WorkItem, type WorkQueue } from './home-queries'
import { BUCKET_LABEL, BUCKETS, itemsIn, type Bucket } from './work-buckets'

export function WorkQueuePanel({ ctx, role }: { ctx: ScreenContext; role: Role }) {
  const { t, lang } = useI18n()
  const query = useWorkQueue(ctx.asOf)
  useOwnRegionOnce(ctx, role, query.data)
  return (
    <section className="work-queue" aria-labelledby="work-title" data-testid="work-queue">
      <div className="panel-head">
        <div>
          <p className="eyebrow">{t('homeQueueTitle')}</p>
          <h2 id="work-title" data-testid="home-region">
            <RegionName ctx={ctx} role={role} queue={query.data} />
          </h2>
          <p className="muted">
            {t('asOf')} {formatDate(ctx.asOf, lang)}
          </p>
        </div>
      </div>
      <QueryState query={query}>{(q) => <Buckets queue={q} ctx={ctx} />}</QueryState>
    </section>
  )
}

function RegionName({ ctx, role, queue }: { ctx: ScreenContext; role: Role; queue?: WorkQueue }) {
  const { t, lang } = useI18n()
  if (role === 'enterprise') return <>{t('homeMyMines')}</>
  if (role === 'evaluator') return <>{t('homeMyAssignments')}</>
  const code = queue?.regionCode
  if (!code || code === '330000') return <>{t('province')}</>
  const region = ctx.regions.byCode.get(code)
  return <>{region ? localName(lang, region) : code}</>
}

/** Once: the user's county or city, or the box around their mines (unless the link set a view or a selection). */
function useOwnRegionOnce(ctx: ScreenContext, role: Role, queue: WorkQueue | undefined) {
  const done = useRef(false)
  const { regions, selection, showBBox, bridge, openedWithView } = ctx
  useEffect(() => {
    if (done.current || !queue || selection || !bridge) return
    // A permalink's view stays. (The live URL cannot tell: the map writes its view into it as soon
    // as it sizes itself, often before the queue arrives.)
    if (openedWithView) return void (done.current = true)
    if (role === 'enterprise' || role === 'evaluator') {
      done.current = true
      if (queue.bbox) showBBox(queue.bbox as [number, number, number, number], 12, false)
      return
    }
    const code = queue.regionCode
    if (!code || code === '330000') return void (done.current = true)
    const bbox = regions.byCode.get(code)?.bbox
    if (!bbox) return // regions still loading
    done.current = true
    showBBox(bbox, undefined, false)
  }, [queue, regions, selection, showBBox, bridge, role, openedWithView])
}

function Buckets({ queue, ctx }: { queue: WorkQueue; ctx: ScreenContext }) {
  const { t } = useI18n()
  const [open, setOpen] = useState<Bucket>('waiting')
  const items = itemsIn(open, queue.items)
  return (
    <>
      <div className="work-counts" role="group" aria-label={t('homeCountsLabel')}>
        {BUCKETS.map((b) => (
          <button
            key={b}
            type="button"
            className={`work-count work-count-${b}`}
            aria-pressed={open === b}
            aria-controls="work-list"
            data-testid={`work-count-${b}`}
            onClick={() => setOpen(b)}
          >
            <span className="work-count-n">{queue.counts[b]}</span>
            <span className="work-count-label">{t(BUCKET_LABEL[b])}</span>
          </button>
        ))}
      </div>
      <WorkList id="work-list" items={items} ctx={ctx} label={t(BUCKET_LABEL[open])} />
    </>
  )
}

function WorkList({
  id,
  items,
  ctx,
  label,
}: {
  id: string
  items: readonly WorkItem[]
  ctx: ScreenContext
  label: string
}) {
  const { t } = useI18n()
  const { highlight } = ctx
  const key = items.flatMap((i) => (i.mineId ? [i.mineId] : [])).join(',')
  useEffect(() => {
    highlight(key ? key.split(',').map(Number) : [])
    return () => highlight(null)
  }, [key, highlight])
  if (items.length === 0)
    return (
      <p id={id} className="hint" data-testid="work-list">
        {t('homeNoItems')}
      </p>
    )
  return (
    <ul id={id} className="work-list" aria-label={label} data-testid="work-list">
      {items.map((item, i) => (
        <WorkRow key={`${item.kind}-${item.mineId ?? item.regionCode}-${i}`} item={item} ctx={ctx} />
      ))}
    </ul>
  )
}

function WorkRow({ item, ctx }: { item: WorkItem; ctx: ScreenContext }) {
  const { t } = useI18n()
  const mine = item.mineId ? ctx.data.mines.find((m) => m.id === item.mineId) : undefined
  const name = item.mineName ?? ctx.regions.byCode.get(item.regionCode)?.name ?? item.regionCode
  return (
    <li className={item.overdue ? 'work-row overdue' : 'work-row'} data-kind={item.kind}>
      <p className="work-what">{t(`homeKind_${item.kind}` as MessageKey)}</p>
      <p className="work-mine">
        <strong>{name}</strong>
        {item.rule && <span className="muted"> · {item.rule}</span>}
        <DueText item={item} />
      </p>
      <p className="work-actions">
        {item.mineId !== null && (
          <a
            href={`/?s=mine:${item.mineId}`}
            className="btn btn-quiet"
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey) return
              e.preventDefault()
              ctx.focus({ kind: 'mine', id: item.mineId! }, mine ? pointBBox(mine.lng, mine.lat) : undefined)
            }}
            aria-label={`${t('homeShowOnMap')}：${name}`}
          >
            {t('homeShowOnMap')}
          </a>
        )}
        {item.deskPath !== '/' && !item.deskPath.startsWith('/?') && (
          <Link href={item.deskPath} className="btn" aria-label={`${t('homeOpenDesk')}：${name}`}>
            {t('homeOpenDesk')}
          </Link>
        )}
      </p>
    </li>
  )
}

function DueText({ item }: { item: WorkItem }) {
  const { t, lang } = useI18n()
  if (item.opensOn && item.dueOn)
    return (
      <span className="work-due">
        {' '}
        · {t('homeWindow', { start: formatDate(item.opensOn, lang), end: formatDate(item.dueOn, lang) })}
      </span>
    )
  if (!item.dueOn || item.daysLeft === null) return null
  return (
    <span className={item.overdue ? 'work-due overdue' : 'work-due'}>
      {' '}
      · {t('homeDueOn', { date: formatDate(item.dueOn, lang) })} ·{' '}
      {item.overdue ? t('homeDaysOver', { n: -item.daysLeft }) : t('homeDaysLeft', { n: item.daysLeft })}
    </span>
  )
}
