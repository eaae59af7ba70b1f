// 公开曝光 and 黑名单 (R6): mines removed from the directory and the enterprises and persons listed.
import { usePublicBlacklist } from '../../api/public-queries'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { QueryState } from '../../shell/query-state'

export default function SanctionsSection() {
  const { t, lang } = useI18n()
  const date = (d: string | null) => (d ? formatDate(d, lang) : '—')
  return (
    <section className="panel-section" data-testid="public-sanctions">
      <QueryState query={usePublicBlacklist()}>
        {(d) => (
          <>
            <h2>{t('pubBlacklist')}</h2>
            {d.blacklist.length === 0 ? (
              <p className="muted">{t('none')}</p>
            ) : (
              <div className="pub-table-wrap">
                <table className="notice-items" data-testid="public-blacklist">
                  <caption className="sr-only">{t('pubBlacklist')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('pubSubject')}</th>
                      <th scope="col">{t('pubReason')}</th>
                      <th scope="col">{t('pubListedOn')}</th>
                      <th scope="col">{t('pubDelistedOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.blacklist.map((b) => (
                      <tr key={b.id}>
                        <td>
                          {b.subject === 'person'
                            ? `${t('pubSubjectPerson')}：${b.personName ?? ''}${b.personRole ? `（${b.personRole}）` : ''}，${b.enterpriseName}`
                            : `${t('pubSubjectEnterprise')}：${b.enterpriseName}`}
                          {b.mineName ? ` · ${b.mineName}` : ''}
                        </td>
                        <td>{b.reason}</td>
                        <td>{date(b.listedOn)}</td>
                        <td>
                          {date(b.delistedOn)}
                          {b.delistingReason ? `（${b.delistingReason}）` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h2>{t('pubExposures')}</h2>
            {d.exposures.length === 0 ? (
              <p className="muted">{t('none')}</p>
            ) : (
              <div className="pub-table-wrap">
                <table className="notice-items" data-testid="public-exposures">
                  <caption className="sr-only">{t('pubExposures')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('pubMine')}</th>
                      <th scope="col">{t('pubEnterprise')}</th>
                      <th scope="col">{t('pubEnteredOn')}</th>
                      <th scope="col">{t('pubRemovedOn')}</th>
                      <th scope="col">{t('pubReason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.exposures.map((x, i) => (
                      <tr key={i}>
                        <td>
                          {x.mineName}（{x.countyName}）
                        </td>
                        <td>{x.enterpriseName}</td>
                        <td>{date(x.enteredOn)}</td>
                        <td>{date(x.removedOn)}</td>
                        <td>{x.reason ?? x.noticeTitle ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </section>
  )
}
