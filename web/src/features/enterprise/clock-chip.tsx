// One deadline as a chip: what is due, the date, and the days left or overdue.
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/dict'

export interface ClockChipProps {
  label: string
  dueOn: string
  daysLeft: number
  done?: boolean
}

export function ClockChip({ label, dueOn, daysLeft, done = false }: ClockChipProps) {
  const { t, lang } = useI18n()
  const tone = done ? 'done' : daysLeft < 0 ? 'overdue' : daysLeft <= 30 ? 'soon' : 'ok'
  const key: MessageKey = done ? 'entClockDone' : daysLeft < 0 ? 'entClockOverdue' : 'entClockLeft'
  return (
    <span className={`clock-chip clock-${tone}`} data-testid="clock-chip">
      <span>{label}</span> <time dateTime={dueOn}>{formatDate(dueOn, lang)}</time>{' '}
      <strong>{t(key, { n: Math.abs(daysLeft) })}</strong>
    </span>
  )
}
