// The feature collections served at /ogc: what each holds, who may read it, and its fields.
// The SQL behind each lives in ogc.queries.ts; the formats in formats/.

export type FieldType = 'string' | 'integer' | 'number' | 'date'

export interface OgcField {
  /** Property name in GeoJSON, column name in every download (≤ 10 ASCII characters, for DBF). */
  name: string
  type: FieldType
  title: string
}

export type CollectionId =
  | 'counties'
  | 'cities'
  | 'directory-mines'
  | 'publicity-notices'
  | 'mines'
  | 'footprints'
  | 'restoration-areas'
  | 'reclamation-areas'
  | 'licences'

export interface OgcCollection {
  id: CollectionId
  title: string
  description: string
  /** `public`: anyone; `signed_in`: rows filtered by the API's own role × region × ownership rules. */
  audience: 'public' | 'signed_in'
  geometryType: 'Point' | 'MultiPoint' | 'MultiPolygon'
  /** What `datetime` means for this collection, or null when it is ignored. */
  datetime: string | null
  fields: readonly OgcField[]
}

const s = (name: string, title: string): OgcField => ({ name, type: 'string', title })
const i = (name: string, title: string): OgcField => ({ name, type: 'integer', title })
const n = (name: string, title: string): OgcField => ({ name, type: 'number', title })
const d = (name: string, title: string): OgcField => ({ name, type: 'date', title })

const regionFields = [
  s('code', 'GB/T 2260 code'),
  s('name', '名称 name'),
  s('name_en', 'English name'),
  s('parent', 'parent region code'),
  n('area_km2', 'area km²'),
  d('valid_from', 'valid from'),
]

const areaFields = [
  i('mine_id', 'mine id'),
  s('mine_name', '矿山名称 mine name'),
  s('county', 'county code'),
  s('name', '名称 name'),
  n('area_m2', 'area m² (geodesic)'),
  s('damage', 'damage type (excavated / occupied)'),
  s('land_class', 'target land class GB/T 21010'),
  s('progress', 'progress'),
  s('approval', 'approval state'),
]

export const OGC_COLLECTIONS: readonly OgcCollection[] = [
  {
    id: 'counties',
    title: '县级行政区 Counties',
    description: 'The 89 county-level units of Zhejiang (2017 boundaries, GB/T 2260 codes)',
    audience: 'public',
    geometryType: 'MultiPolygon',
    datetime: 'units valid on that date',
    fields: regionFields,
  },
  {
    id: 'cities',
    title: '设区市 Cities',
    description: 'The 11 prefecture-level cities of Zhejiang',
    audience: 'public',
    geometryType: 'MultiPolygon',
    datetime: 'units valid on that date',
    fields: regionFields,
  },
  {
    id: 'directory-mines',
    title: '绿色矿山名录 Directory mines',
    description: 'Mines in the national green-mine directory on a date (public facts only)',
    audience: 'public',
    geometryType: 'Point',
    datetime: 'as-of date: mines in the directory on that day (default today)',
    fields: [
      s('name', '矿山名称 mine name'),
      s('county', 'county code'),
      s('county_nm', '县 county name'),
      s('mineral', '矿种 mineral'),
      d('entered_on', '入库日期 entered the directory on'),
    ],
  },
  {
    id: 'publicity-notices',
    title: '公示 Publicity notices',
    description: 'Published notices, located at the mines they list (MultiPoint)',
    audience: 'public',
    geometryType: 'MultiPoint',
    datetime: 'as-of date: notices published by that day (default today)',
    fields: [
      s('title', '标题 title'),
      s('level', 'level (county / province / removal / spot_check)'),
      s('region', 'region code'),
      s('region_nm', '地区 region name'),
      d('start_on', '公示开始 start'),
      d('end_on', '公示结束 end'),
      s('issuer', '发布机关 issuer'),
      d('published', '发布日期 published on'),
      i('mine_count', 'mines listed'),
      s('mines', '矿山 mines listed (、-separated)'),
    ],
  },
  {
    id: 'mines',
    title: '矿山 Mines',
    description: 'Every mine the signed-in user may see, with its current state',
    audience: 'signed_in',
    geometryType: 'Point',
    datetime: null,
    fields: [
      s('name', '矿山名称 mine name'),
      s('licence_no', '采矿许可证号 licence number'),
      s('county', 'county code'),
      s('county_nm', '县 county name'),
      s('mineral', '矿种 mineral'),
      s('sector', 'sector'),
      s('method', 'mining method'),
      s('ops', 'operating status'),
      s('green', 'green-mine state'),
    ],
  },
  {
    id: 'footprints',
    title: '矿区范围 Mine footprints',
    description: 'Mine footprints of the mines the signed-in user may see',
    audience: 'signed_in',
    geometryType: 'MultiPolygon',
    datetime: null,
    fields: areaFields,
  },
  {
    id: 'restoration-areas',
    title: '生态修复区 Restoration areas',
    description: 'Restoration (生态修复) areas of the mines the signed-in user may see',
    audience: 'signed_in',
    geometryType: 'MultiPolygon',
    datetime: null,
    fields: areaFields,
  },
  {
    id: 'reclamation-areas',
    title: '土地复垦区 Reclamation areas',
    description: 'Reclamation (土地复垦) areas of the mines the signed-in user may see',
    audience: 'signed_in',
    geometryType: 'MultiPolygon',
    datetime: null,
    fields: areaFields,
  },
  {
    id: 'licences',
    title: '采矿许可证 Mining licences',
    description: 'Licensed mining areas of the mines the signed-in user may see',
    audience: 'signed_in',
    geometryType: 'MultiPolygon',
    datetime: null,
    fields: [
      s('licence_no', '采矿许可证号 licence number'),
      s('holder', '采矿权人 holder'),
      s('mine_name', '矿山名称 mine name'),
      s('minerals', '开采矿种 minerals'),
      s('method', '开采方式 mining method'),
      n('area_km2', '矿区面积 declared area km²'),
      n('elev_top', '开采标高上限 m'),
      n('elev_bot', '开采标高下限 m'),
      d('valid_from', '有效期起'),
      d('valid_to', '有效期止'),
      s('issuer', '发证机关 issuer'),
      s('status', 'status'),
      s('source_crs', 'source CRS of the corner points'),
    ],
  },
]

export const COLLECTION_IDS = OGC_COLLECTIONS.map((c) => c.id) as [CollectionId, ...CollectionId[]]

export const findCollection = (id: string) => OGC_COLLECTIONS.find((c) => c.id === id)

/** Zhejiang's extent in CRS84, for the collections' `extent.spatial`. */
export const ZHEJIANG_BBOX = [118.0, 27.0, 123.3, 31.2] as const
