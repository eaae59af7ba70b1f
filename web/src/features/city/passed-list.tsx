// The city's passed list: mines its counties archived after publicity, reported to the province only
// inside the April/October windows (R3.6). The screen says which window is open or opens next; a
// report outside it is refused by the server and the refusal shown here.
import { nextReportingWindow, reportingWindowAt } from '@zgm/domain'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { QueryState } from '../../shell/query-state'
import { refetchAfterWrite } from '../../api/use-api-mutation'
import { ErrorNotice } from '../../shell/error-notice'
import { useI18n } from '../../i18n/i18n'
import { todayIso } from '../../state/dates'
import { cityKeys, type PassedMine, usePassedMines, useReportMines } from './city-queries'

export function ReportingWindowNote({ today }: { today: string }) {
  const { t } = useI18n()
  const open = reportingWindowAt(today)
  const next = open ?? nextReportingWindow(today)
  return (
    <p className={open ? 'city-window city-window-open' : 'city-window'} data-testid="city-window">
      {t(open ? 'cityWindowOpen' : 'cityWindowNext', { start: next.start, end: next.end })}
    </p>
  )
}

export function PassedList({ city, csrf }: { city: string; csrf: string }) {
  const { t } = useI18n()
  const passed = usePassedMines(city)
  return (
    <section className="city-section" aria-labelledby="city-passed">
      <h2 id="city-passed">{t('cityPassed')}</h2>
      <p>{t('cityPassedLead')}</p>
      <ReportingWindowNote today={todayIso()} />
      <QueryState query={passed}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('cityNoPassed')}</p>
          ) : (
            <PassedTable mines={data.items} csrf={csrf} />
          )
        }
      </QueryState>
    </section>
  )
}

function PassedTable({ mines, csrf }: { mines: PassedMine[]; csrf: string }) {
  const { t } = useI18n()
  const report = useReportMines()
  const queryClient = useQueryClient()
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [done, setDone] = useState<number | null>(null)
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const send = (list: PassedMine[]) => {
    setDone(null)
    report.mutate(
      { csrf, mines: list },
      {
        onSuccess: (n) => (setDone(n), setSelected(new Set())),
        // The mines reported before a refusal have left the list.
        onError: () => void refetchAfterWrite(queryClient, [cityKeys.all]),
      },
    )
  }
  const chosen = mines.filter((m) => selected.has(m.id))
  return (
    <>
      <div className="table-wrap">
        <table className="region-table compact">
          <thead>
            <tr>
              <th scope="col" aria-label={t('citySelect', { mine: '' })} />
              <th scope="col">{t('spcMine')}</th>
              <th scope="col">{t('cityCounty')}</th>
              <th scope="col">{t('cityReport')}</th>
            </tr>
          </thead>
          <tbody>
            {mines.map((m) => (
              <tr key={m.id}>
                <td>
                  <input
                    type="checkbox"
                    checked={selected.has(m.id)}
                    onChange={() => toggle(m.id)}
                    aria-label={t('citySelect', { mine: m.name })}
                  />
                </td>
                <th scope="row">{m.name}</th>
                <td>{m.countyName}</td>
                <td>
                  <button
                    type="button"
                    className="btn"
                    disabled={report.isPending}
                    aria-label={t('cityReportOne', { mine: m.name })}
                    onClick={() => send([m])}
                  >
                    {t('cityReport')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="btn btn-primary"
        disabled={report.isPending || chosen.length === 0}
        onClick={() => send(chosen)}
      >
        {t('cityReportSelected', { n: chosen.length })}
      </button>
      {report.error && <ErrorNotice error={report.error} />}
      {done !== null && (
        <p className="saved-note" role="status">
          {t('cityReported', { n: done })}
        </p>
      )}
    </>
  )
}
