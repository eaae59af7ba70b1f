// Photos from the phone's camera, kept with the inspection in the outbox. The position is read from
// the photo's EXIF here for display only; the server reads the file itself and places it.
import type { LngLat } from '@zgm/domain'
import { useI18n } from '../../i18n/i18n'

export interface TakenPhoto {
  key: string
  blob: Blob
  name: string
  exif: LngLat | null
}

/** The EXIF GPS position of a photo (exifr, loaded when a photo is taken). */
export async function exifPosition(file: Blob): Promise<LngLat | null> {
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

export function PhotoSection({
  photos,
  onChange,
}: {
  photos: readonly TakenPhoto[]
  onChange(p: TakenPhoto[]): void
}) {
  const { t } = useI18n()
  const add = async (files: File[]) => {
    const taken = await Promise.all(
      files.map(async (f) => ({
        key: crypto.randomUUID(),
        blob: f,
        name: f.name,
        exif: await exifPosition(f),
      })),
    )
    onChange([...photos, ...taken])
  }
  return (
    <section className="fld-section" aria-labelledby="fld-photo-h">
      <h2 id="fld-photo-h">{t('fldPhotos')}</h2>
      <label className="btn btn-primary fld-camera" htmlFor="fld-camera">
        {t('fldTakePhoto')}
      </label>
      <input
        id="fld-camera"
        className="fld-file"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])]
          e.currentTarget.value = ''
          if (files.length) void add(files)
        }}
      />
      <ul className="fld-photos" data-testid="field-photos">
        {photos.map((p) => (
          <li key={p.key} className="fld-photo">
            <span className="fld-photo-name">{p.name}</span>
            <span className="muted" data-exif={p.exif ? 'yes' : 'no'}>
              {p.exif
                ? t('fldPhotoAt', { lng: p.exif[0].toFixed(5), lat: p.exif[1].toFixed(5) })
                : t('fldPhotoNoGps')}
            </span>
            <button
              type="button"
              className="btn"
              aria-label={t('fldRemovePhoto', { name: p.name })}
              onClick={() => onChange(photos.filter((x) => x.key !== p.key))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
