// An area's history: who changed what and when, the area before and after; an earlier shape can
// be shown as a ghost on the map and restored into the editor (saved, it becomes a new version).
import { formatArea, formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/dict'
import { QueryState } from '../../shell/query-state'
import { useAreaVersions, type AreaVersion } from './area-queries'

const CHANGE_KEY: Record<AreaVersion['change'], MessageKey> = {
  create: 'changeCreate',
  update: 'changeUpdate',
  revise: 'changeRevise',
  delete: 'changeDelete',
  submit: 'changeSubmit',
  approve: 'changeApprove',
  reject: 'changeReject',
}

const areaOf = (v: AreaVersion) => (typeof v.attrs.areaM2 === 'number' ? v.attrs.areaM2 : null)

export function VersionList({
  areaId,
  ghost,
  onGhost,
  onRestore,
}: {
  areaId: number
  ghost: number | null
  onGhost(version: AreaVersion | null): void
  onRestore(version: AreaVersion): void
}) {
  const { t, lang } = useI18n()
  return (
    <section className="panel-section" aria-labelledby="versions-title">
      <h3 id="versions-title">{t('versionsTitle')}</h3>
      <QueryState query={useAreaVersions(areaId)}>
        {({ versions }) => (
          <ol className="version-list" data-testid="version-list" reversed>
            {[...versions].reverse().map((v, i, list) => {
              const before = list[i + 1] ? areaOf(list[i + 1]!) : null
              const after = areaOf(v)
              const reason = typeof v.attrs.reason === 'string' ? v.attrs.reason : null
              return (
                <li key={v.version} data-testid={`version-${v.version}`}>
                  <div>
                    <strong>v{v.version}</strong> {t(CHANGE_KEY[v.change])}
                    <small className="muted">
                      {' '}
                      · {v.changedBy?.displayName ?? '—'} · {formatDate(v.changedAt.slice(0, 10), lang)}{' '}
                      {v.changedAt.slice(11, 16)}
                    </small>
                  </div>
                  <div className="muted">
                    {before !== null && before !== after
                      ? `${formatArea(before, lang)} → ${formatArea(after, lang)}`
                      : formatArea(after, lang)}
                    {reason && ` · ${t('rejectedBecause', { reason })}`}
                  </div>
                  <div className="button-row">
                    <button
                      type="button"
                      className="btn btn-quiet"
                      onClick={() => onGhost(ghost === v.version ? null : v)}
                    >
                      {ghost === v.version ? t('versionHide') : t('versionShow')}
                    </button>
                    {i > 0 && (
                      <button type="button" className="btn btn-quiet" onClick={() => onRestore(v)}>
                        {t('versionRestore')}
                      </button>
                    )}
                  </div>
                </li>
              )
            })}
          </ol>
        )}
      </QueryState>
    </section>
  )
}
