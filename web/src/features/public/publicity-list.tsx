// Publicity notices (公示): title, issuer, period, objection channel and the listed mines.
import { useState } from 'react'
import { usePublicity } from '../../api/public-queries'
import type { PublicityNotice } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { QueryState } from '../../shell/query-state'

export function PublicityList() {
  const { t } = useI18n()
  const [status, setStatus] = useState<'open' | 'all'>('all')
  return (
    <section className="panel-section" data-testid="publicity-list">
      <div className="segmented" role="group" aria-label={t('publicity')}>
        <button type="button" aria-pressed={status === 'all'} onClick={() => setStatus('all')}>
          {t('all')}
        </button>
        <button type="button" aria-pressed={status === 'open'} onClick={() => setStatus('open')}>
          {t('publicityOpen')}
        </button>
      </div>
      <QueryState query={usePublicity(status)} isEmpty={(page) => page.items.length === 0}>
        {(page) => page.items.map((n) => <Notice key={n.id} notice={n} />)}
      </QueryState>
    </section>
  )
}

function Notice({ notice: n }: { notice: PublicityNotice }) {
  const { t, lang } = useI18n()
  return (
    <details className="notice">
      <summary>
        <span className={`badge ${n.open ? 'open' : ''}`}>
          {n.open ? t('publicityOpen') : t('publicityClosed')}
        </span>
        <strong>{n.title}</strong>
      </summary>
      <dl className="facts">
        <dt>{t('issuer2')}</dt>
        <dd>
          {n.issuer}（{formatDate(n.publishedOn, lang)}）
        </dd>
        <dt>{t('publicityPeriod')}</dt>
        <dd>
          {formatDate(n.startOn, lang)} – {formatDate(n.endOn, lang)}
        </dd>
        <dt>{t('objectionChannel')}</dt>
        <dd>{n.objectionChannel}</dd>
      </dl>
      <table className="notice-items">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('searchMines')}</th>
            <th scope="col">{t('county')}</th>
            <th scope="col">{t('mineral')}</th>
          </tr>
        </thead>
        <tbody>
          {n.items.map((item, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{item.mineName}</td>
              <td>{item.countyName}</td>
              <td>{item.mineral}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
