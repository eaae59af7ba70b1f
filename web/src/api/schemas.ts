// The web's names for the API's shapes, all taken from the generated schema.gen.ts (never written
// by hand): a named component where the API names one, the response of a path where it does not.
import { isGreenState, MINE_STATUSES, type GreenState, type MineStatus, type MiningMethod } from '@zgm/domain'
import type { components, paths } from './schema.gen'

export type Schemas = components['schemas']

type Method = 'get' | 'post' | 'put' | 'delete'
/** The JSON a path answers with on success (200 or 201). */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  responses: infer R
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never
/** The query parameters of a GET. */
type QueryOf<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never

export type IsoDate = string
export type LngLat = [lng: number, lat: number]
export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number]
export type RegionLevel = NonNullable<QueryOf<'/api/stats'>['level']>

export type Health = Schemas['Health']
export type SessionInfo = Schemas['SessionInfo']
export type Region = Schemas['PublicRegion']
export type DirectoryItem = Schemas['PublicDirectoryMine']
export type PublicityNotice = Schemas['PublicNotice']
export type AreaProgressFigures = Schemas['AreaProgressFigures']

/** Statistics as the map screens get them: public rows, and the staff columns when signed in. */
export type StatsResponse = Schemas['PublicStats'] | ResponseOf<'/api/stats'>
type StaffColumns = Omit<Schemas['StatsRow'], keyof Schemas['PublicStatsRow']>
export type StatsRow = Schemas['PublicStatsRow'] & Partial<StaffColumns>

type StaffMapMine = ResponseOf<'/api/map/mines'>[number]
/** A mine on the map: what the public map sends, plus the state fields staff maps send. */
export type MapMine = Pick<StaffMapMine, 'id' | 'name' | 'lng' | 'lat' | 'countyCode'> & {
  greenState?: Named<StaffMapMine['greenState'], GreenState>
  opsStatus?: Named<StaffMapMine['opsStatus'], MineStatus>
  mandatory?: StaffMapMine['mandatory']
}

export type MineDetail = Declared<Schemas['MineDetail'], PendingMineDetail>
export type MineEvent = MineDetail['timeline'][number]
export type MineAreaSummary = MineDetail['areas'][number]

// ---------------------------------------------------------------------------------------------
// Until the API declares them. Some responses are still open records or plain strings in the
// OpenAPI document; these switches use the generated type as soon as it is precise, so that
// `npm run api:types` alone retires them — then delete this section and `Pending*`.

/** The generated type, unless it is still an open record `{ [key: string]: unknown }`. */
type Declared<Generated, Expected> = string extends keyof Generated ? Expected : Generated
/** The generated enum, unless the API still calls it a plain string. */
type Named<Generated, Expected> = string extends Generated ? Expected : Generated

/** An answer the API types as an open record, read as the shape the web expects. */
export const pendingMineDetail = (data: unknown): MineDetail => data as MineDetail

/** A state the API sends as a plain string, kept only if it is one the web knows. */
export const knownGreenState = (value: string): GreenState | undefined =>
  isGreenState(value) ? value : undefined
export const knownMineStatus = (value: string): MineStatus | undefined =>
  (MINE_STATUSES as readonly string[]).includes(value) ? (value as MineStatus) : undefined

interface PendingMineDetail {
  id: number
  name: string
  countyCode: string
  countyName: string
  mineral: string
  miningMethod: MiningMethod
  opsStatus: MineStatus
  greenState: GreenState
  licenceNo: string
  holderName: string
  minerals: string[]
  scale10ktPerYear: number
  declaredAreaKm2: number
  licenceValidFrom: string
  licenceValidTo: string
  issuer: string
  timeline: {
    id: number
    type: string
    on: string
    greenFrom: GreenState | null
    greenTo: GreenState | null
    opsFrom: MineStatus | null
    opsTo: MineStatus | null
    actorName: string | null
  }[]
  areas: {
    kind: 'footprint' | 'restoration' | 'reclamation'
    progress: 'planned' | 'in_progress' | 'completed'
    count: number
    areaM2: number
  }[]
  documents: {
    id: number
    kind: string
    filename: string
    mediaType: string
    sizeBytes: number
    uploadedAt: string
  }[]
}
