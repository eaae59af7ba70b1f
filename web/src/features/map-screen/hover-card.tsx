// What the pointer is over: a county's numbers against its target, or a mine's name and state.
import { GREEN_STATE_META } from '@zgm/domain'
import type { MapMine } from '../../api/schemas'
import { formatNumber, formatPercent } from '../../i18n/format'
import { localName, useI18n } from '../../i18n/i18n'
import { RATE_CLASS_COLORS, RATE_CLASS_LABELS, rgbCss, type ClassedRow } from '../../map/classing'

export type HoverInfo =
  | { kind: 'county'; classed: ClassedRow | undefined; name: string; x: number; y: number }
  | { kind: 'mine'; id: number; name: string | null; mine: MapMine | null; x: number; y: number }

export function HoverCard({ info }: { info: HoverInfo }) {
  const { t, lang } = useI18n()
  const style = { left: info.x + 14, top: info.y + 14 }
  if (info.kind === 'mine') {
    const state = info.mine?.greenState
    return (
      <div className="hover-card" style={style} role="tooltip">
        <strong>{info.name ?? `#${info.id}`}</strong>
        {state && <div>{GREEN_STATE_META[state]?.[lang] ?? state}</div>}
      </div>
    )
  }
  const c = info.classed
  const row = c?.row
  return (
    <div className="hover-card" style={style} role="tooltip" data-testid="hover-card">
      <strong>{row ? localName(lang, row) : info.name}</strong>
      {c && row && (
        <>
          <div className="hover-class">
            <span className="swatch" style={{ background: rgbCss(RATE_CLASS_COLORS[c.cls]) }} />
            {t(RATE_CLASS_LABELS[c.cls])}
          </div>
          <dl>
            <dt>{t('mandatory')}</dt>
            <dd>{formatNumber(row.mandatory, lang)}</dd>
            <dt>{t('inDirectory')}</dt>
            <dd>{formatNumber(row.inDirectory, lang)}</dd>
            <dt>{t('rate')}</dt>
            <dd>{formatPercent(row.rate, lang)}</dd>
            <dt>{t('target')}</dt>
            <dd>
              {formatPercent(c.targetRate, lang, 0)}
              {c.implied ? '*' : ''}
            </dd>
          </dl>
        </>
      )}
    </div>
  )
}
