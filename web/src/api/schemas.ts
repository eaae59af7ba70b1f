// The web's names for the API's shapes, all taken from the generated schema.gen.ts (never written
// by hand): a named component where the API names one, the response of a path where it does not.
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
export type MapMine = Pick<StaffMapMine, 'id' | 'name' | 'lng' | 'lat' | 'countyCode'> &
  Partial<Pick<StaffMapMine, 'greenState' | 'opsStatus' | 'mandatory'>>

export type Alert = Schemas['Alert']
export type MineDetail = Schemas['MineDetail']
export type MineEvent = MineDetail['timeline'][number]
export type MineAreaSummary = MineDetail['areas'][number]
