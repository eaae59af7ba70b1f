// A county's mines as of the date, 应建 first, with their green-mine state; a row flies to the mine.
import { GREEN_STATE_META } from '@zgm/domain'
import type { MapMine } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import { pointBBox } from '../map-screen/camera'
import type { ScreenContext } from '../map-screen/screen-context'

export function CountyMines({ code, ctx }: { code: string; ctx: ScreenContext }) {
  const { t, lang } = useI18n()
  const mines = ctx.data.mines
    .filter((m) => m.countyCode === code)
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || a.name.localeCompare(b.name, 'zh'))
  const open = (m: MapMine) => ctx.focus({ kind: 'mine', id: m.id }, pointBBox(m.lng, m.lat))
  return (
    <section className="panel-section" data-testid="county-mines">
      <h3>
        {t('countyMines')} · {mines.length}
      </h3>
      {mines.length === 0 ? (
        <p className="hint">{t('none')}</p>
      ) : (
        <ul className="mine-list">
          {mines.map((m) => (
            <li key={m.id} data-mine={m.id}>
              <button type="button" className="link" onClick={() => open(m)}>
                {m.name}
              </button>{' '}
              <small className="muted">
                {m.greenState ? GREEN_STATE_META[m.greenState][lang] : '—'}
                {m.mandatory ? ` · ${t('mandatoryShort')}` : ''}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
