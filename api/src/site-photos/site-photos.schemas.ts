import { z } from '@hono/zod-openapi'
import { IsoDateTime, LngLat } from '../http/common.schemas'

export const SitePhotoUpload = z
  .object({
    file: z.instanceof(File).openapi({
      type: 'string',
      format: 'binary',
      description: 'The photo, JPEG or PNG, ≤ 20 MB; its EXIF GPS position is read on the server',
    }),
    lng: z.coerce.number().min(-180).max(180).optional().openapi({
      description:
        "The device's longitude (browser geolocation); used only when the file carries no EXIF GPS",
    }),
    lat: z.coerce.number().min(-90).max(90).optional().openapi({ description: "The device's latitude" }),
    clientId: z.uuid().optional().openapi({
      description:
        "The phone outbox item's id: a resend with the same id returns the stored photo (200), never a second one",
    }),
    inspectionClientId: z
      .uuid()
      .optional()
      .openapi({ description: 'The field inspection (its outbox id) the photo was taken for' }),
  })
  .refine((f) => (f.lng === undefined) === (f.lat === undefined), {
    path: ['lat'],
    params: { issue: 'one_required' },
    message: 'lng and lat go together',
  })
  .openapi('SitePhotoUpload')

export const SitePhoto = z
  .object({
    id: z.number().int(),
    mineId: z.number().int(),
    documentId: z.number().int().openapi({ description: 'The stored photo: GET /api/documents/{id}' }),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    position: LngLat.nullable(),
    positionSource: z.enum(['exif', 'device', 'none']).openapi({
      description:
        "exif: read from the file by the server; device: the uploader's geolocation (the file had no GPS); none",
    }),
    placement: z.enum(['inside', 'outside', 'missing', 'no_footprint']).openapi({
      description:
        "Against the mine's footprint (PostGIS, within toleranceM): inside, outside (distanceM), missing (no position), no_footprint",
    }),
    distanceM: z.number().nullable().openapi({ description: 'Metres from the footprint when outside' }),
    takenAt: IsoDateTime.nullable().openapi({ description: 'EXIF DateTimeOriginal, when the file has it' }),
    recordedAt: IsoDateTime,
    uploadedBy: z.object({ id: z.number().int(), displayName: z.string() }),
    clientId: z.string().nullable(),
    inspectionClientId: z.string().nullable(),
  })
  .openapi('SitePhoto')

export const SitePhotoList = z
  .object({
    items: z.array(SitePhoto),
    toleranceM: z.number().openapi({ description: 'How far outside the footprint still counts as inside' }),
  })
  .openapi('SitePhotoList')

export type SitePhotoShape = z.infer<typeof SitePhoto>
