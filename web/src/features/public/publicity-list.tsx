// Publicity notices (公示): title, issuer, period, objection channel and the listed mines.
import { useState } from 'react'
import { publicApi } from '../../api/public-api'
import type { PublicityNotice } from '../../api/types'
import { asArray } from '../../api/public-source'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { useJson } from '../../state/use-json'

export function PublicityList() {
  const { t, lang } = useI18n()
  const [status, setStatus] = useState<'open' | 'all'>('all')
  const { data, error } = useJson<unknown>(publicApi.publicity(status))
  const notices = asArray<PublicityNotice>(data)
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
      {error && <p role="alert">{t('loadFailed', { msg: error.message })}</p>}
      {data !== undefined && notices.length === 0 && <p className="muted">{t('none')}</p>}
      {notices.map((n) => (
        <details key={n.id} className="notice">
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
      ))}
    </section>
  )
}
