// /field/near: the nearest mines to the device with distance and direction, their clocks and open
// tasks, and whether the user stands inside the nearest mine's footprint or licence polygon.
// Online the server lists the nearest visible mines; offline the saved work areas do.
import { COMPASS_WORDS, formatDistance, inMultiPolygon, nearestMines, type LngLat } from '@zgm/domain'
import { useQuery } from '@tanstack/react-query'
import { read } from '../../api/client'
import { useI18n } from '../../i18n/i18n'
import { Link } from '../../router'
import { minesOf, savedPacks, type FieldMine } from './area-store'
import { FieldMap } from './field-map'
import { TaskList } from './task-list'
import { usePosition } from './use-position'
import { useOnline } from './use-online'

const GEO_ERRORS = {
  denied: 'fieldAppGeoDenied',
  unavailable: 'fieldAppGeoUnavailable',
  timeout: 'fieldAppGeoTimeout',
  unsupported: 'fieldAppGeoUnsupported',
} as const

/** Positions are rounded to ~10 m for the query key, so that a jittery fix does not refetch. */
const keyOf = (at: LngLat) => `${at[0].toFixed(4)},${at[1].toFixed(4)}`

export function NearMe({ username }: { username: string }) {
  const { t, lang } = useI18n()
  const online = useOnline()
  const position = usePosition()
  const at = position.kind === 'fix' ? position.at : null
  const candidates = useQuery({
    queryKey: ['field-near', online ? 'api' : 'saved', at ? keyOf(at) : null, username],
    enabled: at !== null,
    queryFn: async ({ signal }): Promise<{ source: 'api' | 'saved'; mines: FieldMine[] }> => {
      if (online) {
        try {
          const r = await read('/api/field/near', {
            params: { query: { lng: at![0], lat: at![1], limit: 10 } },
            signal,
          })
          return { source: 'api', mines: r.mines }
        } catch {
          // The connection dropped mid-way: the saved areas still know the mines.
        }
      }
      return { source: 'saved', mines: minesOf(await savedPacks(username)) }
    },
  })
  const near = at && candidates.data ? nearestMines(at, candidates.data.mines, 10) : []
  const nearest = near[0]?.mine
  return (
    <div className="field-page">
      <p className="field-links">
        <Link href="/field" className="btn">
          {t('fieldAppBack')}
        </Link>
      </p>
      {position.kind === 'locating' && <p role="status">{t('fieldAppLocating')}</p>}
      {position.kind === 'error' && (
        <p role="alert" className="field-error">
          {t(GEO_ERRORS[position.reason])}
        </p>
      )}
      {position.kind === 'fix' && (
        <p role="status" data-testid="field-position">
          {t('fieldAppPosition', {
            lng: position.at[0].toFixed(5),
            lat: position.at[1].toFixed(5),
            acc: Math.round(position.accuracyM),
          })}
        </p>
      )}
      <FieldMap
        mines={near.map((n) => n.mine)}
        bbox={null}
        position={position.kind === 'fix' ? position : null}
        label={t('fieldAppMapLabel')}
      />
      {at && nearest && (
        <p className="field-inside" role="status" data-testid="field-inside">
          {inMultiPolygon(at, nearest.footprint)
            ? t('fieldAppInsideFootprint', { mine: nearest.name })
            : inMultiPolygon(at, nearest.licence)
              ? t('fieldAppInsideLicence', { mine: nearest.name })
              : t('fieldAppOutside', { mine: nearest.name })}
        </p>
      )}
      {candidates.data && (
        <p className="muted">
          {t('fieldAppNearSource', {
            source:
              candidates.data.source === 'api' ? t('fieldAppNearSourceApi') : t('fieldAppNearSourceSaved'),
          })}
        </p>
      )}
      {candidates.data && near.length === 0 && <p>{t('fieldAppNearNone')}</p>}
      <ol className="field-near" data-testid="field-near">
        {near.map((n) => (
          <li key={n.mine.id}>
            <Link
              href={`/field/inspect/${n.mine.id}`}
              aria-label={t('fieldAppInspect', { mine: n.mine.name })}
            >
              {n.mine.name}
            </Link>
            <span className="field-distance">
              {t('fieldAppNearRow', {
                distance: formatDistance(n.distanceM),
                direction: COMPASS_WORDS[n.compass][lang],
              })}
            </span>
            <TaskList mine={n.mine} />
          </li>
        ))}
      </ol>
    </div>
  )
}
