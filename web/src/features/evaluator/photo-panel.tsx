// Site photos: the phone's camera (or a file), the position from the photo's EXIF GPS or else the
// device, photos waiting to upload (kept in the draft), and the uploaded ones with the server's
// verdict against the footprint — outside or without a position clearly marked.
import { useId } from 'react'
import { ErrorNotice } from '../../shell/error-notice'
import { QueryState } from '../../shell/query-state'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/dict'
import type { PendingPhoto } from './draft-store'
import { useSitePhotos, type SitePhoto } from './evaluator-queries'

/** The EXIF GPS position of a photo, read in the browser (exifr, loaded only when a photo is picked). */
async function exifPosition(file: Blob): Promise<[number, number] | null> {
  try {
    const exifr = (await import('exifr')).default
    const gps = await exifr.gps(file)
    return gps && Number.isFinite(gps.longitude) && Number.isFinite(gps.latitude)
      ? [gps.longitude, gps.latitude]
      : null
  } catch {
    return null
  }
}

/** The device's position, or null when refused, unavailable or slow. */
function devicePosition(): Promise<[number, number] | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null)
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve([p.coords.longitude, p.coords.latitude]),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    ),
  )
}

export async function pendingPhotoOf(file: File): Promise<PendingPhoto> {
  const exif = await exifPosition(file)
  const device = exif ? null : await devicePosition()
  return {
    id: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
    blob: file,
    name: file.name,
    exif,
    device,
  }
}

const SOURCE_KEY: Record<SitePhoto['positionSource'], MessageKey> = {
  exif: 'evlSourceExif',
  device: 'evlSourceDevice',
  none: 'evlSourceNone',
}

export interface PhotoPanelProps {
  mineId: number
  pending: readonly PendingPhoto[]
  error: unknown
  onAdd(files: File[]): void
}

export function PhotoPanel({ mineId, pending, error, onAdd }: PhotoPanelProps) {
  const { t } = useI18n()
  const inputId = useId()
  const photos = useSitePhotos(mineId)
  const at = (p: [number, number], source: MessageKey) =>
    t('evlPhotoPosition', { lng: p[0].toFixed(5), lat: p[1].toFixed(5), source: t(source) })
  return (
    <section className="evl-section" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>{t('evlPhotos')}</h2>
      <p className="muted">{t('evlPhotoHint')}</p>
      <label className="btn btn-primary evl-camera" htmlFor={inputId}>
        {t('evlTakePhoto')}
      </label>
      <input
        id={inputId}
        className="evl-file"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])]
          e.currentTarget.value = ''
          if (files.length) onAdd(files)
        }}
      />
      {error ? <ErrorNotice error={error} /> : null}
      <ul className="evl-photos" aria-label={t('evlPhotos')}>
        {pending.map((p) => (
          <li key={p.id} className="evl-photo evl-photo-pending">
            <span className="evl-photo-name">{p.name}</span>
            <span className="evl-flag evl-flag-pending">{t('evlPhotoPending')}</span>
            {p.exif ? (
              <span className="muted">{at(p.exif, 'evlSourceExif')}</span>
            ) : p.device ? (
              <span className="muted">{at(p.device, 'evlSourceDevice')}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <QueryState query={photos}>
        {(list) =>
          list.items.length === 0 && pending.length === 0 ? (
            <p className="muted">{t('evlNoPhotos')}</p>
          ) : (
            <ul className="evl-photos" aria-label={t('evlPhotos')} data-testid="site-photos">
              {list.items.map((p) => (
                <li key={p.id} className={`evl-photo evl-photo-${p.placement}`}>
                  <span className="evl-photo-name">{p.filename}</span>
                  <PlacementFlag photo={p} />
                  {p.position && (
                    <span className="muted">{at(p.position, SOURCE_KEY[p.positionSource])}</span>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  )
}

function PlacementFlag({ photo }: { photo: SitePhoto }) {
  const { t } = useI18n()
  const text =
    photo.placement === 'inside'
      ? t('evlPhotoInside')
      : photo.placement === 'outside'
        ? t('evlPhotoOutside', { m: Math.round(photo.distanceM ?? 0) })
        : photo.placement === 'missing'
          ? t('evlPhotoMissing')
          : t('evlPhotoNoFootprint')
  return (
    <span className={`evl-flag evl-flag-${photo.placement}`} data-placement={photo.placement}>
      {photo.placement === 'inside' ? '✓ ' : '⚠ '}
      {text}
    </span>
  )
}
