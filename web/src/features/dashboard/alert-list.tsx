// The overdue or coming-due items behind a count: each with its mine, rule and date; a row flies
// to the mine and opens it. While a list is open its mines are ringed on the map.
import { useEffect } from 'react'
import type { Alert, MapMine } from '../../api/schemas'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { pointBBox } from '../map-screen/camera'
import type { ScreenContext } from '../map-screen/screen-context'

export function AlertList({
  alerts,
  mines,
  ctx,
  testId,
}: {
  alerts: readonly Alert[]
  mines: readonly MapMine[]
  ctx: ScreenContext
  testId: string
}) {
  const { t, lang } = useI18n()
  const { highlight } = ctx
  const ids = alerts.flatMap((a) => (a.mineId ? [Number(a.mineId)] : []))
  const key = ids.join(',')
  useEffect(() => {
    highlight(key ? key.split(',').map(Number) : [])
    return () => highlight(null)
  }, [key, highlight])
  const byId = new Map(mines.map((m) => [m.id, m]))
  if (alerts.length === 0) return <p className="hint">{t('none')}</p>
  return (
    <ul className="alert-list" data-testid={testId}>
      {alerts.map((a, i) => {
        const mine = a.mineId ? byId.get(Number(a.mineId)) : undefined
        return (
          <li key={`${a.kind}-${a.mineId ?? a.regionCode}-${i}`}>
            {mine ? (
              <button
                type="button"
                className="link"
                onClick={() => ctx.focus({ kind: 'mine', id: mine.id }, pointBBox(mine.lng, mine.lat))}
              >
                {mine.name}
              </button>
            ) : (
              <span>{a.regionCode ?? '—'}</span>
            )}
            <small className="muted">
              {' '}
              {lang === 'zh' ? a.messageZh : a.message} · {a.rule} ·{' '}
              {t('dueBy', { date: formatDate(a.dueOn, lang) })}
            </small>
          </li>
        )
      })}
    </ul>
  )
}
