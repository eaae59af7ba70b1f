// §5.2 分解任务指标: the city's target for a year split over its counties, with the live sum against
// the city's target; the server's check (R2.split_mismatch) and a closed year (R7) shown in place.
import { checkCountySplit, RuleError } from '@zgm/domain'
import { useEffect, useState, type FormEvent } from 'react'
import { QueryState } from '../../shell/query-state'
import { ErrorNotice } from '../../shell/error-notice'
import type { Lang } from '../../i18n/dict'
import { useI18n } from '../../i18n/i18n'
import { refusalText } from '../../i18n/refusal-text'
import { todayIso } from '../../state/dates'
import { type CitySplit, useCitySplit, useSaveSplit } from './city-queries'

const FIRST_YEAR = 2018

export function TargetSplit({ city, csrf }: { city: string; csrf: string }) {
  const { t } = useI18n()
  const thisYear = Number(todayIso().slice(0, 4))
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)
  const [year, setYear] = useState(2020)
  const split = useCitySplit(city, year)
  return (
    <section className="city-section" aria-labelledby="city-split">
      <h2 id="city-split">{t('citySplit')}</h2>
      <p>{t('citySplitLead')}</p>
      <label>
        {t('cityYear')}{' '}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <QueryState query={split}>
        {(data) => <SplitForm key={`${data.year}`} split={data} csrf={csrf} />}
      </QueryState>
    </section>
  )
}

type Share = { countyCode: string; value: number }

/** The server's own check (the domain's checkCountySplit), run as the user types: its words, or null. */
function liveProblem(split: CitySplit, shares: Share[], lang: Lang): string | null {
  if (!split.cityTarget) return null
  try {
    checkCountySplit({
      cityCode: split.cityCode,
      year: split.year,
      cityTarget: split.cityTarget,
      countyCodes: split.counties.map((c) => c.code),
      shares,
    })
    return null
  } catch (e) {
    if (e instanceof RuleError) return refusalText({ code: e.code, params: e.refusal }, lang)
    throw e
  }
}

/** What the inputs show: whole mines for a count year, percent for a rate year. */
const shown = (split: CitySplit, value: number | undefined) =>
  value === undefined
    ? ''
    : split.cityTarget?.kind === 'rate'
      ? String(Math.round(value * 1000) / 10)
      : String(value)

function SplitForm({ split, csrf }: { split: CitySplit; csrf: string }) {
  const { t, lang } = useI18n()
  const save = useSaveSplit()
  const target = split.cityTarget
  const rate = target?.kind === 'rate'
  const initial = () => Object.fromEntries(split.counties.map((c) => [c.code, shown(split, c.target?.value)]))
  const [values, setValues] = useState<Record<string, string>>(initial)
  const [saved, setSaved] = useState(false)
  useEffect(() => setValues(initial()), [split]) // eslint-disable-line react-hooks/exhaustive-deps
  const readOnly = split.closed || !target
  const shares = split.counties.map((c) => ({
    countyCode: c.code,
    value: Number(values[c.code] || 0) / (rate ? 100 : 1),
  }))
  const sum = shares.reduce((total, share) => total + share.value, 0)
  const live = liveProblem(split, shares, lang)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setSaved(false)
    save.mutate(
      {
        csrf,
        city: split.cityCode,
        year: split.year,
        shares,
      },
      { onSuccess: () => setSaved(true) },
    )
  }
  const targetText = (kind: 'count' | 'rate', value: number) =>
    kind === 'rate'
      ? t('cityRateTarget', { pct: `${Math.round(value * 1000) / 10}%` })
      : t('cityCountTarget', { n: value })
  return (
    <form className="city-split" onSubmit={submit}>
      <p>
        {t('cityTarget')}: {target ? targetText(target.kind, target.value) : t('cityNoTarget')}
      </p>
      {split.closed && (
        <p className="desk-notice" role="note">
          {t('cityClosed', { year: split.year })}
        </p>
      )}
      <div className="table-wrap">
        <table className="region-table compact">
          <thead>
            <tr>
              <th scope="col">{t('cityCounty')}</th>
              <th scope="col">{t('cityCurrent')}</th>
              <th scope="col">{rate ? `${t('target')} (%)` : t('target')}</th>
            </tr>
          </thead>
          <tbody>
            {split.counties.map((c) => (
              <tr key={c.code}>
                <th scope="row">{c.name}</th>
                <td className="muted">
                  {c.target ? targetText(c.target.kind, c.target.value) : '—'}
                  {c.setOn && ` · ${c.setOn}`}
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={rate ? 100 : undefined}
                    step={rate ? 0.1 : 1}
                    value={values[c.code] ?? ''}
                    readOnly={readOnly}
                    aria-label={t('cityCountyTarget', { county: c.name })}
                    onChange={(e) => setValues((v) => ({ ...v, [c.code]: e.target.value }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {target && (
        <p data-testid="city-split-sum" className={live ? 'spc-late' : undefined} aria-live="polite">
          {!rate && t('citySum', { sum, target: target.value })}
          {!rate && live && '；'}
          {live}
        </p>
      )}
      {!readOnly && (
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('citySave')}
        </button>
      )}
      {save.error && <ErrorNotice error={save.error} />}
      {saved && !save.error && (
        <p className="saved-note" role="status">
          {t('citySaved')}
        </p>
      )}
    </form>
  )
}
