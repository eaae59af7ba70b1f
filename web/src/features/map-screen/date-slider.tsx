// The as-of date: a day slider from 2018-01-01 to today with the recorded data's extent marked, play
// (one month per step, and the next step only once the map shows the current date's data) and year ticks.
import { useEffect, useState } from 'react'
import type { IsoDate } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../shell/icons'
import { addMonthsEnd, dateAt, dayIndex, FIRST_DAY, todayIso } from '../../state/dates'

const STEP_MS = 900
/** The three target dates of the action plan, marked on the track. */
const TARGET_DAYS: IsoDate[] = ['2018-12-31', '2019-12-31', '2020-12-31']

export interface DateSliderProps {
  value: IsoDate
  onChange(date: IsoDate): void
  loading: boolean
  /** The date whose data the map and cards show now (play waits for it to catch up). */
  shownAsOf: IsoDate | null
  /** The newest recorded event: play stops there; the track marks 2018 to it as the data's extent. */
  dataThrough?: IsoDate | null
}

export function DateSlider({ value, onChange, loading, shownAsOf, dataThrough }: DateSliderProps) {
  const { t, lang } = useI18n()
  const today = todayIso()
  const max = dayIndex(today)
  const end = dataThrough && dataThrough < today ? dataThrough : today
  const [playing, setPlaying] = useState(false)
  const arrived = !loading && shownAsOf === value

  useEffect(() => {
    // The label never runs ahead of the map: the next step waits until this date's data is shown.
    if (!playing || !arrived) return
    const timer = setTimeout(() => {
      const next = addMonthsEnd(value, 1)
      if (value >= end) setPlaying(false)
      else onChange(next >= end ? end : next)
    }, STEP_MS)
    return () => clearTimeout(timer)
  }, [playing, arrived, value, end, onChange])

  const play = () => {
    if (!playing && value >= end) onChange(FIRST_DAY)
    setPlaying(!playing)
  }
  const years: number[] = []
  for (let y = 2018; y <= Number(today.slice(0, 4)); y++) years.push(y)
  const pct = (d: IsoDate) => `${(dayIndex(d) / max) * 100}%`

  return (
    <div className="date-slider" data-testid="date-slider">
      <button
        type="button"
        className="btn btn-round"
        onClick={play}
        aria-pressed={playing}
        aria-label={playing ? t('pause') : t('play')}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <div className="date-track">
        <label className="date-label" htmlFor="as-of">
          {t('asOf')} <strong data-testid="as-of">{formatDate(value, lang)}</strong>
          {loading && <span className="spinner small" role="status" aria-label={t('loading')} />}
          {end < today && (
            <small className="muted date-extent-note">
              {' '}
              {t('dataExtent', { from: formatDate(FIRST_DAY, lang), to: formatDate(end, lang) })}
            </small>
          )}
        </label>
        <input
          id="as-of"
          type="range"
          min={0}
          max={max}
          step={1}
          value={dayIndex(value)}
          aria-valuetext={formatDate(value, lang)}
          aria-label={t('dateSlider')}
          onChange={(e) => {
            setPlaying(false)
            onChange(dateAt(Number(e.target.value)))
          }}
        />
        <div className="date-ticks" aria-hidden="true">
          {end < today && (
            <i
              className="date-extent"
              data-testid="date-extent"
              style={{ left: 0, width: pct(end) }}
              title={t('dataExtent', { from: formatDate(FIRST_DAY, lang), to: formatDate(end, lang) })}
            />
          )}
          {years.map((y) => (
            <span key={y} style={{ left: pct(`${y}-01-01`) }}>
              {y}
            </span>
          ))}
          {TARGET_DAYS.map((d) => (
            <i key={d} className="target-tick" style={{ left: pct(d) }} title={d} />
          ))}
        </div>
      </div>
      <input
        type="date"
        className="date-input"
        min={FIRST_DAY}
        max={today}
        value={value}
        aria-label={t('asOf')}
        onChange={(e) =>
          e.target.value &&
          onChange(e.target.value < FIRST_DAY ? FIRST_DAY : e.target.value > today ? today : e.target.value)
        }
      />
    </div>
  )
}
