// A directory mine's public facts (name, county, mineral, date it entered the directory).
import { useDirectory } from '../../api/public-queries'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { Icon } from '../../shell/icons'
import { QueryState } from '../../shell/query-state'
import type { ScreenContext } from '../map-screen/screen-context'

export function PublicMineCard({ ctx, id }: { ctx: ScreenContext; id: number }) {
  const { t, lang } = useI18n()
  const point = ctx.data.mines.find((m) => m.id === id)
  const found = useDirectory({ q: point?.name, pageSize: 20 }, point !== undefined)
  const item = found.data?.items.find((m) => m.id === id)
  return (
    <article className="mine-panel" data-testid="public-mine-card" aria-labelledby="mine-title">
      <div className="panel-head">
        <div>
          <p className="eyebrow">{t('mineDirectoryPublic')}</p>
          <h2 id="mine-title">{item?.name ?? point?.name ?? `#${id}`}</h2>
        </div>
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => ctx.focus(null)}
          aria-label={t('close')}
        >
          <Icon name="close" />
        </button>
      </div>
      <QueryState query={found} isEmpty={(page) => !page.items.some((m) => m.id === id)}>
        {() =>
          item && (
            <dl className="facts">
              <dt>{t('county')}</dt>
              <dd>{item.countyName}</dd>
              <dt>{t('mineral')}</dt>
              <dd>{item.mineral}</dd>
              <dt>{t('enteredOn')}</dt>
              <dd>{formatDate(item.enteredOn, lang)}</dd>
            </dl>
          )
        }
      </QueryState>
    </article>
  )
}
