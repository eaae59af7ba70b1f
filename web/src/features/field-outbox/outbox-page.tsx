// The outbox (/field/outbox): every item the phone recorded, with where it stands — pending,
// sending, sent (with its record), refused (the server's reason, in zh or en), or in conflict
// (what changed on the server beside what the inspector recorded, and the two ways out).
import {
  GREEN_STATE_META,
  MINE_STATUS_LABELS,
  timelineWords,
  type GreenState,
  type MineStatus,
} from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/dict'
import { refusalText } from '../../i18n/refusal-text'
import { Link } from '../../router'
import { discardItem, recordAgainstCurrent, type OutboxItem } from './outbox'
import { syncNow } from './outbox-sync'
import { useOnline, useOutboxItems } from './use-outbox'

const STATE_KEY: Record<OutboxItem['state'], MessageKey> = {
  pending: 'fldStatePending',
  sending: 'fldStateSending',
  sent: 'fldStateSent',
  refused: 'fldStateRefused',
  conflict: 'fldStateConflict',
}

export function OutboxPage() {
  const { t } = useI18n()
  const items = useOutboxItems()
  const online = useOnline()
  if (items === null) return null
  return (
    <div className="fld-form" data-testid="outbox">
      <p className={online ? 'fld-net fld-net-on' : 'fld-net fld-net-off'} role="status" data-online={online}>
        {online ? t('fldOnline') : t('fldOffline')}
      </p>
      <h1 className="fld-section">{t('fldOutboxTitle')}</h1>
      {items.length === 0 ? (
        <p className="fld-section muted">{t('fldEmpty')}</p>
      ) : (
        <ul className="fld-outbox">
          {grouped(items).map((item) => (
            <OutboxRow
              key={item.id}
              item={item}
              photos={items.filter((p) => p.kind === 'photo' && p.inspectionId === item.id).length}
            />
          ))}
        </ul>
      )}
      <div className="fld-save">
        <button
          type="button"
          className="btn btn-primary fld-save-btn"
          disabled={!online}
          onClick={() => void syncNow()}
        >
          {t('fldSendNow')}
        </button>
      </div>
    </div>
  )
}

/** Newest inspection first, each followed by its photos (photos of a discarded inspection last). */
function grouped(items: readonly OutboxItem[]): OutboxItem[] {
  const photosOf = (id: string) => items.filter((p) => p.kind === 'photo' && p.inspectionId === id)
  const inspections = items.filter((i) => i.kind === 'inspection').reverse()
  const listed = inspections.flatMap((i) => [i, ...photosOf(i.id)])
  return [...listed, ...items.filter((i) => !listed.includes(i))]
}

function OutboxRow({ item, photos }: { item: OutboxItem; photos: number }) {
  const { t, lang } = useI18n()
  const title =
    item.kind === 'inspection'
      ? `${t('fldKindInspection')} · ${item.mineName}`
      : t('fldKindPhoto', { name: item.name })
  return (
    <li
      className={`fld-item fld-item-${item.state}`}
      data-state={item.state}
      data-kind={item.kind}
      data-id={item.id}
    >
      <p className="fld-item-head">
        <span className={`fld-badge fld-badge-${item.state}`}>{t(STATE_KEY[item.state])}</span>
        <strong>{title}</strong>
      </p>
      <p className="muted">
        {t('fldRecordedAt', {
          time: new Date(item.createdAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
        })}
        {item.kind === 'inspection'
          ? ` · ${t('fldSummary', {
              checks: item.body.checklist.length,
              photos,
              outside: item.outsideM2 ? t('fldSummaryOutside', { a: Math.round(item.outsideM2) }) : '',
            })}`
          : null}
      </p>
      {item.state === 'pending' && item.attempts > 0 ? (
        <p className="muted">{t('fldAttempts', { n: item.attempts })}</p>
      ) : null}
      {item.state === 'sent' && item.kind === 'inspection' && item.serverId ? (
        <p>
          <a href={`/api/field/inspections/${item.id}`} target="_blank" rel="noreferrer">
            {t('fldOpenRecord', { id: item.serverId })}
          </a>
        </p>
      ) : null}
      {item.state === 'refused' && item.refusal ? (
        <p className="fld-refusal" role="alert">
          {refusalText(item.refusal, lang)}
        </p>
      ) : null}
      {item.state === 'conflict' && item.kind === 'inspection' && item.refusal ? (
        <Conflict item={item} photos={photos} />
      ) : null}
      {item.state === 'refused' || item.state === 'conflict' ? null : item.kind === 'inspection' &&
        item.state !== 'sent' ? (
        <p>
          <Link href={`/field/inspect/${item.mineId}`}>{t('fldBackToForm')}</Link>
        </p>
      ) : null}
    </li>
  )
}

interface ConflictParams {
  sent?: number
  currentVersion?: number
  greenState?: string
  opsStatus?: string
  changes?: { version: number; action: string; at: string; by: string | null; role: string }[]
}

/** What changed on the server beside what the inspector recorded; record against it, or discard. */
function Conflict({ item, photos }: { item: Extract<OutboxItem, { kind: 'inspection' }>; photos: number }) {
  const { t, lang } = useI18n()
  const p = (item.refusal?.params ?? {}) as ConflictParams
  const green = GREEN_STATE_META[p.greenState as GreenState]?.[lang] ?? p.greenState
  const ops = MINE_STATUS_LABELS[p.opsStatus as MineStatus]?.[lang] ?? p.opsStatus
  return (
    <div className="fld-conflict" data-testid="conflict">
      <p>{t('fldConflictExplain', { sent: p.sent ?? '?', current: p.currentVersion ?? '?' })}</p>
      <ul>
        {(p.changes ?? []).map((c) => (
          <li key={c.version}>
            {t('fldConflictChange', {
              when: new Date(c.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
              who: c.by ?? c.role,
              action: timelineWords({ type: c.action.replace(/^event\./, ''), greenTo: null, opsTo: null })[
                lang
              ],
            })}
          </li>
        ))}
      </ul>
      <div className="fld-compare">
        <p>
          <strong>{t('fldServerNow', { state: `${green} · ${ops}` })}</strong>
        </p>
        <p>
          {t('fldYouRecorded', {
            summary: `${item.body.findings || '—'} (${t('fldSummary', {
              checks: item.body.checklist.length,
              photos,
              outside: item.outsideM2 ? t('fldSummaryOutside', { a: Math.round(item.outsideM2) }) : '',
            })})`,
          })}
        </p>
      </div>
      <div className="fld-tools">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() =>
            void recordAgainstCurrent(item.id, p.currentVersion ?? item.body.baseVersion).then(() =>
              syncNow(),
            )
          }
        >
          {t('fldRecordAgainst')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            if (window.confirm(t('fldDiscardConfirm'))) void discardItem(item.id)
          }}
        >
          {t('fldDiscard')}
        </button>
      </div>
    </div>
  )
}
