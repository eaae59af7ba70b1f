// API shapes as documented in docs/api.md. Fields marked optional are tolerated when absent.
import type { GreenState } from '@zgm/domain'

export type IsoDate = string
export type LngLat = [lng: number, lat: number]
export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number]
export type RegionLevel = 'province' | 'city' | 'county'

export interface Health {
  status: 'ok'
  demo: boolean
  database?: { backend: string }
  /** Date of the newest recorded event; the demo history ends in 2020. */
  dataThrough?: IsoDate | null
  /** Optional online basemap configuration (off when absent). */
  basemap?: { tiandituKey?: string; reviewNo?: string } | null
}

export interface Region {
  code: string
  name: string
  nameEn: string
  parentCode: string | null
  labelPoint: LngLat
  bbox: BBox
}

export interface TargetInfo {
  year: number
  kind: 'count' | 'rate'
  value: number
}

export interface StatsRow {
  code: string
  name: string
  nameEn: string
  level: RegionLevel
  parentCode: string | null
  mandatory: number
  inDirectory: number
  inDirectoryTotal?: number
  rate: number | null
  target: TargetInfo | null
  targetRate?: number | null
  status: 'met' | 'behind' | 'none' | 'no_target'
  shortfall?: number
  /** Signed-in only. */
  pipeline?: Partial<Record<GreenState, number>>
  overdue?: number
  alerts?: number
  comingDue?: number
}

export interface StatsResponse {
  asOf: IsoDate
  year?: number
  targetYear?: number
  rows: StatsRow[]
}

export interface PublicMapMine {
  id: number
  name: string
  lng: number
  lat: number
  countyCode: string
}

export interface MapMine extends PublicMapMine {
  greenState?: GreenState
  opsStatus?: 'construction' | 'producing' | 'suspended' | 'closed'
  mandatory?: boolean
}

export interface DirectoryItem {
  id: number
  name: string
  countyCode: string
  countyName: string
  mineral: string
  enteredOn: IsoDate
  lng: number
  lat: number
}

export interface Page<T> {
  items: T[]
  total: number
}

export interface PublicityNotice {
  id: number
  level: string
  regionCode: string
  regionName: string
  title: string
  startOn: IsoDate
  endOn: IsoDate
  objectionChannel: string
  issuer: string
  publishedOn: IsoDate
  open: boolean
  items: { mineName: string; countyName: string; mineral: string; remarks?: string | null }[]
}

export interface User {
  id?: number
  username: string
  displayName: string
  role: string
  region?: string | null
  regionCode?: string | null
}

export interface Session {
  user: User
  csrfToken: string
}
