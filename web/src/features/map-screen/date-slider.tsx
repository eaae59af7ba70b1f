// The as-of date: a day slider from 2018-01-01 to today, with play (one month per step) and year ticks.
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
}

export function DateSlider({ value, onChange, loading }: DateSliderProps) {
  const { t, lang } = useI18n()
  const today = todayIso()
  const max = dayIndex(today)
  const [playing, setPlaying] = useState(false)

  useEffect(() => {
    if (!playing) return
    const timer = setTimeout(() => {
      const next = addMonthsEnd(value, 1)
      if (value >= today) setPlaying(false)
      else onChange(next >= today ? today : next)
    }, STEP_MS)
    return () => clearTimeout(timer)
  }, [playing, value, today, onChange])

  const play = () => {
    if (!playing && value >= today) onChange(FIRST_DAY)
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
