// Section 4, the year close (R7): the assessment table of a year with its downloads, the figures
// restated since a close beside the frozen ones, and the close itself (from 1 January of the next
// year, once; a refusal is shown in place).
import { todayInZhejiang } from '@zgm/domain'
import { useState } from 'react'
import { formatNumber, formatPercent } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useSession } from '../auth/session'
import { useAssessment, useProvinceWrite, writes, type Assessment } from './province-queries'

const FIRST_YEAR = 2018

export function YearSection() {
  const { t, lang } = useI18n()
  const { session } = useSession()
  const thisYear = Number(todayInZhejiang().slice(0, 4))
  const [year, setYear] = useState(thisYear - 1)
  const query = useAssessment(year)
  const close = useProvinceWrite(writes.closeYear)
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i)
  return (
    <section className="prv-block" aria-labelledby="prv-year">
      <h3 id="prv-year">{t('prvAssessment', { year })}</h3>
      <div className="prv-fields">
        <label>
          {t('prvYearPick')}
          <select
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value))
              close.reset()
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <a
          className="btn"
          href={`/api/assessments/${year}?format=csv${lang === 'en' ? '&lang=en' : ''}`}
          download
        >
          {t('prvDownloadCsv')}
        </a>
        <a
          className="btn"
          href={`/api/assessments/${year}?format=xlsx${lang === 'en' ? '&lang=en' : ''}`}
          download
        >
          {t('prvDownloadXlsx')}
        </a>
        <button
          type="button"
          className="btn btn-primary"
          disabled={close.isPending || query.data?.status === 'closed'}
          onClick={() => session && close.mutate({ csrf: session.csrfToken, year })}
        >
          {t('prvCloseYear', { year })}
        </button>
      </div>
      {close.error && <ErrorNotice error={close.error} />}
      <QueryState query={query}>{(a) => <AssessmentTable assessment={a} />}</QueryState>
    </section>
  )
}

function AssessmentTable({ assessment: a }: { assessment: Assessment }) {
  const { t, lang } = useI18n()
  // Each city followed by its counties, as the table is read.
  const cities = a.rows.filter((r) => r.level === 'city')
  const rows = cities.length
    ? [
        ...cities.flatMap((c) => [
          c,
          ...a.rows.filter((r) => r.parentCode === c.code && r.level === 'county'),
        ]),
        ...a.rows.filter((r) => r.level === 'county' && !cities.some((c) => c.code === r.parentCode)),
      ]
    : a.rows
  const changes = new Map(a.restatements.changes.map((c) => [`${c.code}:${c.figure}`, c]))
  const restated = (code: string, figure: string, shown: string) => {
    const c = changes.get(`${code}:${figure}`)
    return c ? (
      <>
        {shown}{' '}
        <span className="prv-restated" title={t('prvRestatedTitle')}>
          →{' '}
          {typeof c.now === 'number' && figure === 'rate' ? formatPercent(c.now, lang) : String(c.now ?? '—')}
        </span>
      </>
    ) : (
      shown
    )
  }
  return (
    <>
      <p className="small" data-testid="prv-year-status">
        {a.status === 'closed'
          ? t('prvClosedAt', { at: (a.closedAt ?? '').slice(0, 10), by: a.closedBy ?? '—' })
          : t('prvOpenYear', { asOf: a.asOf })}{' '}
        · {a.policyId}
      </p>
      {a.restatements.changes.length > 0 && (
        <p className="small" role="note">
          {t('prvRestatements', { n: a.restatements.changes.length, events: a.restatements.events.length })}
        </p>
      )}
      <div className="prv-scroll">
        <table className="prv-table" data-testid="prv-assessment-table">
          <thead>
            <tr>
              <th scope="col">{t('prvRegion')}</th>
              <th scope="col">{t('prvTarget')}</th>
              <th scope="col">{t('prvMandatory')}</th>
              <th scope="col">{t('prvInDirectory')}</th>
              <th scope="col">{t('prvRate')}</th>
              <th scope="col">{t('prvShortfall')}</th>
              <th scope="col">{t('prvOverdue')}</th>
              <th scope="col">{t('prvRectifications')}</th>
              <th scope="col">{t('prvRemovalsCol')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code} className={r.level === 'city' ? 'prv-city-row' : undefined}>
                <th scope="row">{lang === 'en' ? r.nameEn : r.name}</th>
                <td>
                  {r.target === null
                    ? '—'
                    : r.target.kind === 'rate'
                      ? formatPercent(r.target.value, lang, 0)
                      : formatNumber(r.target.value, lang)}
                </td>
                <td>{restated(r.code, 'mandatory', formatNumber(r.mandatory, lang))}</td>
                <td>{restated(r.code, 'inDirectory', formatNumber(r.inDirectory, lang))}</td>
                <td>{restated(r.code, 'rate', formatPercent(r.rate, lang))}</td>
                <td>{restated(r.code, 'shortfall', formatNumber(r.shortfall, lang))}</td>
                <td>{formatNumber(r.overdue, lang)}</td>
                <td>{formatNumber(r.rectifications, lang)}</td>
                <td>{formatNumber(r.removals, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
