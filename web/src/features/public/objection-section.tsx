// The objection channel (R3.5): every notice open today with a form for its mines, and the
// published decisions. Loaded only when its tab is opened.
import { useState, type FormEvent } from 'react'
import { fileObjection, type ObjectionReceipt } from '../../api/public-objection'
import { usePublicObjections, usePublicity } from '../../api/public-queries'
import { queryKeys } from '../../api/query-keys'
import type { PublicityNotice } from '../../api/schemas'
import { useApiMutation } from '../../api/use-api-mutation'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'

const MAX_FILE_BYTES = 5 * 1024 * 1024

export default function ObjectionSection() {
  const { t } = useI18n()
  const open = usePublicity('open')
  return (
    <section className="panel-section pub-objections" data-testid="public-objections">
      <h2>{t('pubOpenNotices')}</h2>
      <QueryState query={open}>
        {(page) => {
          const notices = takesObjections(page.items)
          if (!notices.length) return <p className="muted">{t('pubNoOpenNotices')}</p>
          return notices.map((n) => <OpenNotice key={n.id} notice={n} />)
        }}
      </QueryState>
      <Decisions />
    </section>
  )
}

/** County and provincial notices take objections; removal and spot-check notices do not. */
const takesObjections = (items: PublicityNotice[]) =>
  items.filter((n) => n.open && (n.level === 'county' || n.level === 'province'))

function OpenNotice({ notice: n }: { notice: PublicityNotice }) {
  const { t, lang } = useI18n()
  return (
    <article className="notice pub-notice" aria-labelledby={`pub-notice-${n.id}`}>
      <h3 id={`pub-notice-${n.id}`}>{n.title}</h3>
      <p className="muted">
        {n.issuer} ·{' '}
        {t('pubObjectionWindow', { start: formatDate(n.startOn, lang), end: formatDate(n.endOn, lang) })}
      </p>
      <p className="muted">
        {t('objectionChannel')}：{n.objectionChannel}
      </p>
      <ObjectionForm notice={n} />
    </article>
  )
}

function ObjectionForm({ notice }: { notice: PublicityNotice }) {
  const { t, lang } = useI18n()
  const [mineId, setMineId] = useState(notice.items[0]?.mineId ?? 0)
  const [content, setContent] = useState('')
  const [name, setName] = useState('')
  const [contact, setContact] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [tooLarge, setTooLarge] = useState(false)
  const [receipt, setReceipt] = useState<ObjectionReceipt | null>(null)
  const send = useApiMutation(fileObjection, {
    invalidates: [queryKeys.publicObjections],
    onSuccess: (r) => setReceipt(r),
  })
  const id = (field: string) => `pub-obj-${notice.id}-${field}`
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (file && file.size > MAX_FILE_BYTES) return setTooLarge(true)
    setReceipt(null)
    send.mutate({ publicityId: notice.id, mineId, content, name, contact, file })
  }
  if (receipt) {
    return (
      <div className="pub-receipt" role="status" data-testid="objection-receipt">
        <strong>{t('pubReceiptTitle')}</strong>
        <p>{t('pubReceipt', { id: receipt.id, date: formatDate(receipt.receivedOn, lang) })}</p>
        {receipt.attachment && <p>{t('pubReceiptFile', { name: receipt.attachment.filename })}</p>}
      </div>
    )
  }
  return (
    <details className="pub-form-wrap">
      <summary>{t('pubObjectTo')}</summary>
      <form className="pub-form" onSubmit={submit} aria-label={`${t('pubObjectTo')}：${notice.title}`}>
        <label htmlFor={id('mine')}>{t('pubObjectionMine')}</label>
        <select id={id('mine')} value={mineId} onChange={(e) => setMineId(Number(e.target.value))}>
          {notice.items.map((item) => (
            <option key={item.mineId} value={item.mineId}>
              {item.mineName}（{item.countyName}）
            </option>
          ))}
        </select>
        <label htmlFor={id('content')}>{t('pubObjectionText')}</label>
        <textarea
          id={id('content')}
          required
          rows={4}
          value={content}
          onChange={(e) => setContent(e.target.value)}
        />
        <label htmlFor={id('name')}>{t('pubObjectionName')}</label>
        <input id={id('name')} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
        <label htmlFor={id('contact')}>{t('pubObjectionContact')}</label>
        <input id={id('contact')} value={contact} onChange={(e) => setContact(e.target.value)} />
        <label htmlFor={id('file')}>{t('pubObjectionFile')}</label>
        <input
          id={id('file')}
          type="file"
          accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setTooLarge(false)
          }}
        />
        {tooLarge && (
          <p className="error-notice" role="alert">
            {t('pubFileTooLarge')}
          </p>
        )}
        {send.error && <ErrorNotice error={send.error} />}
        <button type="submit" className="btn btn-primary" disabled={send.isPending}>
          {send.isPending ? t('pubObjectionSending') : t('pubObjectionSubmit')}
        </button>
      </form>
    </details>
  )
}

function Decisions() {
  const { t, lang } = useI18n()
  const STATUS = {
    pending: t('pubDecisionPending'),
    upheld: t('pubDecisionUpheld'),
    dismissed: t('pubDecisionDismissed'),
  }
  return (
    <>
      <h2>{t('pubDecisions')}</h2>
      <QueryState query={usePublicObjections()} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="pub-table-wrap">
            <table className="notice-items" data-testid="objection-decisions">
              <caption className="sr-only">{t('pubDecisions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pubMine')}</th>
                  <th scope="col">{t('pubReceived')}</th>
                  <th scope="col">{t('pubStatus')}</th>
                  <th scope="col">{t('pubReason')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((o) => (
                  <tr key={o.id}>
                    <td title={o.noticeTitle}>{o.mineName}</td>
                    <td>{formatDate(o.receivedOn, lang)}</td>
                    <td>
                      {STATUS[o.status]}
                      {o.decidedOn ? `（${formatDate(o.decidedOn, lang)}）` : ''}
                    </td>
                    <td>{o.decisionReason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  )
}
