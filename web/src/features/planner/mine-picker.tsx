// No mine chosen yet: the mines the signed-in editor may draw for (the map data is already scoped
// to what the user sees), nearest first to the map's centre.
import { useI18n } from '../../i18n/i18n'
import { pointBBox } from '../map-screen/camera'
import type { ScreenContext } from '../map-screen/screen-context'

const LIST_LIMIT = 30

export function MinePicker({ ctx }: { ctx: ScreenContext }) {
  const { t } = useI18n()
  const center = ctx.bridge?.getView().center ?? [120.4, 29.1]
  const mines = [...ctx.data.mines]
    .sort(
      (a, b) =>
        Math.hypot(a.lng - center[0], a.lat - center[1]) - Math.hypot(b.lng - center[0], b.lat - center[1]),
    )
    .slice(0, LIST_LIMIT)
  return (
    <section className="panel-section">
      <p>{t('planPickMine')}</p>
      <h3>{t('planMinesHere')}</h3>
      {mines.length === 0 ? (
        <p className="muted">{t('planNoMines')}</p>
      ) : (
        <ul className="plain-list" data-testid="plan-mines">
          {mines.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => ctx.focus({ kind: 'mine', id: m.id }, pointBBox(m.lng, m.lat))}
              >
                {m.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
