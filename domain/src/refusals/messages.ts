// The words of every refusal, in 中文 (the officials' terms) and English, from its code and params.
// The API writes `message` with these; the web renders from the same dictionary, never from the server's text.
import { ROLE_LABELS, type Role } from '../roles'
import type {
  FileContent,
  InputIssue,
  Refusal,
  RefusalCode,
  RefusalParams,
  RefusalPosition as LngLat,
} from './refusal'

export type RefusalLang = 'zh' | 'en'

type Text<C extends RefusalCode> = (params: RefusalParams<C>) => string

export type RefusalDictionary = { readonly [C in RefusalCode]: { zh: Text<C>; en: Text<C> } }

const zhList = (xs: readonly (string | number)[]) => xs.join('、')
const enList = (xs: readonly (string | number)[]) => xs.join(', ')
const enOr = (xs: readonly (string | number)[]) => xs.join(' or ')
const pos = (p: LngLat) => `[${p[0]}, ${p[1]}]`

const LICENCE_STATUS: Record<string, { zh: string; en: string }> = {
  registered: { zh: '有效', en: 'registered' },
  transferred: { zh: '已转让', en: 'transferred' },
  suspended: { zh: '暂停', en: 'suspended' },
  cancelled: { zh: '已注销', en: 'cancelled' },
}

const LICENCE_ACTION: Record<string, { zh: string; en: string }> = {
  renew: { zh: '延续', en: 'renewed' },
  transfer: { zh: '转让', en: 'transferred' },
  suspend: { zh: '暂停', en: 'suspended' },
  cancel: { zh: '注销', en: 'cancelled' },
}

/** 2097152 → "2 MB". */
function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`
  return `${n} bytes`
}

const formatM2 = (m2: number) => (m2 >= 1e6 ? `${(m2 / 1e6).toFixed(2)} km²` : `${m2.toFixed(1)} m²`)

const role = (r: string, lang: RefusalLang) => ROLE_LABELS[r as Role]?.[lang] ?? r
const roles = (rs: readonly string[], lang: RefusalLang) =>
  lang === 'zh' ? zhList(rs.map((r) => role(r, 'zh'))) : enOr(rs.map((r) => role(r, 'en')))

const RESOURCE = {
  mine: { zh: '矿山', en: 'mine' },
  area: { zh: '图斑', en: 'area' },
  document: { zh: '文件', en: 'document' },
  document_content: { zh: '文件内容', en: 'the content of document' },
  route: { zh: '接口', en: 'route' },
  licence: { zh: '采矿许可证', en: 'mining licence of mine' },
  collection: { zh: '要素集', en: 'collection' },
  feature: { zh: '要素', en: 'feature' },
  backdated_entry: { zh: '补录申请', en: 'backdated entry' },
  agency: { zh: '评估机构', en: 'agency' },
  expert: { zh: '专家', en: 'expert' },
  draw: { zh: '摇号', en: 'draw' },
  exception: { zh: '例外申请', en: 'exception request' },
  spot_check_draw: { zh: '抽查抽签', en: 'spot-check draw' },
  publicity: { zh: '公示', en: 'notice' },
  objection: { zh: '异议', en: 'objection' },
  blacklist_entry: { zh: '黑名单记录', en: 'blacklist entry' },
  import_job: { zh: '导入任务', en: 'import job' },
  notification: { zh: '通知', en: 'notification' },
  field_inspection: { zh: '现场检查记录', en: 'field inspection' },
} as const

const DRAW_REASON = {
  not_drawn: { zh: '尚未开奖', en: 'it has not been drawn yet' },
  already_drawn: { zh: '已开奖', en: 'it has already been drawn' },
  used: { zh: '已用于委托', en: 'it was already used' },
  other_attempt: { zh: '属于另一次自评', en: 'it belongs to another self-assessment' },
  other_agency: { zh: '摇中的是另一家机构', en: 'it drew another agency' },
} as const

const EXCEPTION_REASON = {
  wrong_kind: { zh: '申请类型不符', en: 'it is of another kind' },
  other_attempt: { zh: '属于另一次自评', en: 'it belongs to another self-assessment' },
  not_approved: { zh: '未经省厅批准', en: 'the province has not approved it' },
  used: { zh: '已使用', en: 'it was already used' },
  other_agency: { zh: '批准的是另一家机构', en: 'it approved another agency' },
  decided: { zh: '已作出决定', en: 'it has already been decided' },
} as const

const INDICATOR_PROBLEM = {
  header: { zh: '表头应为 group_id,points,items', en: 'the header must be group_id,points,items' },
  unknown_group: { zh: '该版本无此一级指标', en: 'no such first-level group in this set' },
  points: { zh: '分值须为正数', en: 'points must be a positive number' },
  items: { zh: '三级指标项数须为正整数', en: 'items must be a positive whole number' },
  duplicate: { zh: '一级指标重复', en: 'the group appears twice' },
  total: { zh: '分值或项数合计与该版本不符', en: 'the points or items do not add up to the set' },
  contradicts_confirmed: { zh: '与已确认的分值不一致', en: 'contradicts a confirmed figure' },
} as const

/** The offending value, or the expected and the found figure. */
function detail(p: { value?: string; expected?: number; got?: number }): string {
  const parts = [p.value, p.expected !== undefined ? `${p.expected} ≠ ${p.got}` : undefined]
  const shown = parts.filter((x) => x !== undefined)
  return shown.length > 0 ? ` (${shown.join('; ')})` : ''
}

const IMPORT_REASON = {
  unknown_format: {
    zh: '无法识别的格式（支持 GeoJSON、Shapefile 压缩包、KML、GeoPackage、拐点坐标文本）',
    en: 'unknown format (GeoJSON, zipped Shapefile, KML, GeoPackage or corner-point text)',
  },
  wrong_magic: { zh: '文件内容与扩展名不符', en: 'the content does not match the file extension' },
  unsafe_zip_path: { zh: '压缩包含有不安全的路径', en: 'the zip holds an unsafe path' },
  zip_too_large: { zh: '压缩包解压后过大', en: 'the zip expands beyond the limit' },
  broken_file: { zh: '文件已损坏或不完整', en: 'the file is broken or truncated' },
  external_entity: { zh: 'KML 含有 DOCTYPE/外部实体', en: 'the KML declares a DOCTYPE or external entities' },
  no_records: { zh: '文件中没有面要素', en: 'the file holds no polygons' },
  too_many_records: { zh: '记录过多', en: 'too many records' },
} as const

const CONTENT: Record<FileContent, { zh: string; en: string }> = {
  pdf: { zh: 'PDF 文档', en: 'PDF' },
  png: { zh: 'PNG 图片', en: 'PNG image' },
  jpeg: { zh: 'JPEG 图片', en: 'JPEG image' },
  docx: { zh: 'Word 文档（.docx）', en: 'Word document (.docx)' },
  xlsx: { zh: 'Excel 工作簿（.xlsx）', en: 'Excel workbook (.xlsx)' },
  zip: { zh: 'ZIP 压缩包', en: 'ZIP archive' },
  text: { zh: '纯文本', en: 'plain text' },
  binary: { zh: '无法识别的二进制数据', en: 'unrecognised binary data' },
}
const content = (c: FileContent, head: string | undefined, lang: RefusalLang) =>
  c === 'binary' && head
    ? lang === 'zh'
      ? `${CONTENT.binary.zh}（开头为 ${head}）`
      : `${CONTENT.binary.en} (starts ${head})`
    : CONTENT[c][lang]
/** How the upload named itself: its extension and the Content-Type it was sent with. */
function claimWords(p: { extension: string | null; claimedType: string | null }, lang: RefusalLang): string {
  if (lang === 'zh') {
    const ext = p.extension ? `扩展名为 .${p.extension}` : '无扩展名'
    return p.claimedType ? `${ext}、声明类型为 ${p.claimedType}` : ext
  }
  const ext = p.extension ? `named .${p.extension}` : 'without an extension'
  return p.claimedType ? `${ext} and sent as ${p.claimedType}` : ext
}
const ACCEPTED_FILES = {
  zh: 'PDF、PNG、JPEG 或 ZIP（.docx、.xlsx、Shapefile 压缩包）',
  en: 'PDF, PNG, JPEG, or ZIP (.docx, .xlsx, zipped Shapefile)',
}

const DOCUMENT_KIND: Record<string, { zh: string; en: string }> = {
  self_assessment_report: { zh: '自评报告', en: 'self_assessment_report' },
  verification_report: { zh: '现场核查报告', en: 'verification_report' },
  acceptance: { zh: '整改验收文件', en: 'acceptance' },
  photo: { zh: '现场照片', en: 'photo' },
  other: { zh: '其他材料', en: 'other' },
}
const docKind = (k: string, lang: RefusalLang) => DOCUMENT_KIND[k]?.[lang] ?? k

const LEVEL: Record<string, string> = { county: '县级', city: '市级', province: '省级' }
const ORG_KIND: Record<string, { zh: string; en: string }> = {
  enterprise: { zh: '矿山企业', en: 'enterprise' },
  agency: { zh: '第三方评估机构', en: 'agency' },
  bureau: { zh: '主管部门', en: 'bureau' },
}
const orgKind = (k: string, lang: RefusalLang) => ORG_KIND[k]?.[lang] ?? k
const an = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`

const RECIPIENT: Record<string, string> = {
  county_land: '县（市、区）国土资源局',
  county_environment: '县（市、区）环境保护局',
}
const REFERENCE = {
  footprint: { zh: '矿区范围', en: 'footprint' },
  licence: { zh: '采矿许可范围', en: 'licence' },
  location: { zh: '位置', en: 'location' },
}

function ringLabel(p: { polygon: number; ring: number; multi: boolean }, lang: RefusalLang): string {
  if (lang === 'zh') {
    const which = p.ring === 0 ? '外环' : `第 ${p.ring} 个内环`
    return p.multi ? `第 ${p.polygon + 1} 个多边形的${which}` : which
  }
  const which = p.ring === 0 ? 'the outer ring' : `hole ${p.ring}`
  return p.multi ? `${which} of polygon ${p.polygon + 1}` : which
}

const ISSUE_ZH: Record<InputIssue, (p: RefusalParams<'invalid_input'>) => string> = {
  required: () => '必填',
  invalid_type: (p) => (p.expected ? `类型应为 ${p.expected}` : '类型不正确'),
  too_small: (p) =>
    p.minimum === undefined
      ? '过小或过短'
      : p.unit
        ? `至少 ${p.minimum} ${p.unit === 'characters' ? '个字符' : '项'}`
        : `不得小于 ${p.minimum}`,
  too_big: (p) =>
    p.maximum === undefined
      ? '过大或过长'
      : p.unit
        ? `至多 ${p.maximum} ${p.unit === 'characters' ? '个字符' : '项'}`
        : `不得大于 ${p.maximum}`,
  invalid_format: (p) => (p.format ? `格式不正确（应为 ${p.format}）` : '格式不正确'),
  not_multiple_of: () => '数值不符合步长要求',
  unrecognized_keys: (p) => `不接受的字段：${zhList(p.keys ?? [])}`,
  invalid_union: () => '不符合任何一种允许的格式',
  invalid_key: () => '键不正确',
  invalid_element: () => '包含无效的元素',
  invalid_value: (p) => (p.values?.length ? `取值应为 ${zhList(p.values)} 之一` : '取值不正确'),
  custom: () => '取值不符合要求',
  land_class: () => '须为 GB/T 21010-2017 二级地类编码，如 0301（乔木林地）',
  date_range: () => '日期须在 1900-01-01 至 2999-12-31 之间',
  nul_character: () => '不得包含空字符（U+0000）',
  too_deep: (p) => `嵌套层数过多${p.maximum === undefined ? '' : `（至多 ${p.maximum} 层）`}`,
  one_required: (p) => `${zhList(p.fields ?? [])} 须至少提供一项`,
  exactly_one: (p) => `${zhList(p.fields ?? [])} 须且只能提供一项`,
}
const ISSUE_EN: Record<InputIssue, (p: RefusalParams<'invalid_input'>) => string> = {
  required: () => 'is required',
  invalid_type: (p) => (p.expected ? `expected ${p.expected}` : 'has the wrong type'),
  too_small: (p) =>
    p.minimum === undefined
      ? 'is too small or too short'
      : `must be at least ${p.minimum}${p.unit ? ` ${p.unit === 'characters' ? 'characters' : 'items'}` : ''}`,
  too_big: (p) =>
    p.maximum === undefined
      ? 'is too big or too long'
      : `must be at most ${p.maximum}${p.unit ? ` ${p.unit === 'characters' ? 'characters' : 'items'}` : ''}`,
  invalid_format: (p) => (p.format ? `must be a valid ${p.format}` : 'has the wrong format'),
  not_multiple_of: () => 'is not a multiple of the allowed step',
  unrecognized_keys: (p) => `unknown keys: ${enList(p.keys ?? [])}`,
  invalid_union: () => 'matches none of the allowed forms',
  invalid_key: () => 'has an invalid key',
  invalid_element: () => 'has an invalid element',
  invalid_value: (p) => (p.values?.length ? `must be one of ${enList(p.values)}` : 'has an invalid value'),
  custom: () => 'is not acceptable',
  land_class: () => 'must be a GB/T 21010-2017 second-level land class code, e.g. 0301 (arbor forest land)',
  date_range: () => 'must be a date between 1900-01-01 and 2999-12-31',
  nul_character: () => 'must not contain a NUL character (U+0000)',
  too_deep: (p) => `is nested too deeply${p.maximum === undefined ? '' : ` (at most ${p.maximum} levels)`}`,
  one_required: (p) => `one of ${enOr(p.fields ?? [])} is required`,
  exactly_one: (p) => `give exactly one of ${enOr(p.fields ?? [])}`,
}

const validity = (zh: string, en: string) => ({
  zh: (p: { at?: LngLat }) => `图形无效：${zh}${p.at ? `，位置 ${pos(p.at)}` : ''}`,
  en: (p: { at?: LngLat }) => `invalid geometry: ${en}${p.at ? ` at ${pos(p.at)}` : ''}`,
})

const publicityPeriod = {
  zh: (p: RefusalParams<'R3.5.invalid_period'>) =>
    p.reason === 'ends_before_start'
      ? `公示截止日期（${p.end}）早于开始日期（${p.start}）`
      : `公示开始日期（${p.start}）不得早于核查结论日期（${p.notBefore}）`,
  en: (p: RefusalParams<'R3.5.invalid_period'>) =>
    p.reason === 'ends_before_start'
      ? `Publicity period ends (${p.end}) before it starts (${p.start})`
      : `Publicity cannot start (${p.start}) before the decision it publishes (${p.notBefore})`,
}
const objectionChannel = {
  zh: () => '公示须载明异议受理方式（地址、邮箱或电话）',
  en: () => 'A publicity notice must say how to object (address, e-mail or telephone)',
}
const publicityNotEnded = {
  zh: (p: RefusalParams<'R3.5.publicity_not_ended'>) => `公示期至 ${p.end} 止，${p.closableFrom} 起方可办理`,
  en: (p: RefusalParams<'R3.5.publicity_not_ended'>) =>
    `The publicity period runs until ${p.end}; it can be closed from ${p.closableFrom}`,
}
const publicityTooShort = {
  zh: (p: RefusalParams<'R3.5.period_too_short'>) =>
    `公示期（${p.start} 至 ${p.end}）仅 ${p.workingDays} 个工作日，不少于 ${p.minimum} 个工作日，最早截止于 ${p.earliestEnd}`,
  en: (p: RefusalParams<'R3.5.period_too_short'>) =>
    `The publicity period ${p.start} to ${p.end} has ${p.workingDays} working days; at least ${p.minimum} are required, so it can end on ${p.earliestEnd} at the earliest`,
}
const calendarMissing = {
  zh: (p: RefusalParams<'R3.5.calendar_missing'>) =>
    `尚未录入 ${p.year} 年国务院办公厅节假日安排，无法计算工作日`,
  en: (p: RefusalParams<'R3.5.calendar_missing'>) =>
    `The State Council's holiday notice for ${p.year} is not loaded, so working days cannot be counted`,
}
const objectionsOpen = {
  zh: (p: RefusalParams<'R3.5.objection_open'>) =>
    `尚有 ${p.open} 件异议未作出处理决定，须先处理（成立或不成立并说明理由）`,
  en: (p: RefusalParams<'R3.5.objection_open'>) =>
    `${p.open} objection(s) to this notice are not decided yet; decide them (upheld or dismissed, with a reason) first`,
}

export const REFUSAL_MESSAGES: RefusalDictionary = {
  invalid_input: {
    zh: (p) => `${p.field}：${ISSUE_ZH[p.issue](p)}`,
    en: (p) => `${p.field}: ${ISSUE_EN[p.issue](p)}`,
  },
  malformed_json: { zh: () => '请求体不是有效的 JSON', en: () => 'the request body is not valid JSON' },
  bad_request: { zh: () => '请求无效', en: () => 'bad request' },
  payload_too_large: {
    zh: (p) =>
      p.maxBytes === undefined
        ? '请求内容过大'
        : p.sizeBytes !== undefined
          ? `文件大小为 ${formatBytes(p.sizeBytes)}，最大允许 ${formatBytes(p.maxBytes)}`
          : `请求内容超过 ${formatBytes(p.maxBytes)}`,
    en: (p) =>
      p.maxBytes === undefined
        ? 'the request body is too large'
        : p.sizeBytes !== undefined
          ? `the file is ${formatBytes(p.sizeBytes)}; at most ${formatBytes(p.maxBytes)} is accepted`
          : `the request body exceeds ${formatBytes(p.maxBytes)}`,
  },
  unsupported_media_type: {
    zh: (p) => `请求须使用 Content-Type: ${p.expected}`,
    en: (p) => `the request needs Content-Type: ${p.expected}`,
  },
  unknown_region: {
    zh: (p) => `没有行政区划代码为 ${p.region} 的地区`,
    en: (p) => `there is no region with code ${p.region}`,
  },
  not_found: {
    zh: (p) =>
      p.resource === 'route'
        ? `接口不存在：${p.path ?? ''}`
        : `${RESOURCE[p.resource].zh}${p.collection ? ` ${p.collection}` : ''}${p.id !== undefined ? ` ${p.id}` : ''} 不存在或无权查看`,
    en: (p) =>
      p.resource === 'route'
        ? `no route for ${p.path ?? ''}`
        : `${RESOURCE[p.resource].en}${p.collection ? ` ${p.collection}` : ''}${p.id !== undefined ? ` ${p.id}` : ''} not found`,
  },
  internal: { zh: () => '服务器内部错误，请稍后重试', en: () => 'internal server error' },
  database_unavailable: {
    zh: (p) => `数据库暂时不可用，请 ${p.retryAfterSeconds} 秒后重试`,
    en: (p) => `the database is temporarily unavailable; try again in ${p.retryAfterSeconds} s`,
  },
  request_timeout: {
    zh: () => '请求发送超时，请重试',
    en: () => 'the request was not received in time; try again',
  },
  headers_too_large: {
    zh: () => '请求头过大（可尝试清除本站 Cookie）',
    en: () => 'request headers too large (clearing this site’s cookies may help)',
  },

  unauthenticated: { zh: () => '请先登录', en: () => 'sign in first' },
  invalid_credentials: {
    zh: () => '登录失败：用户名或密码错误',
    en: () => 'Sign-in failed: wrong username or password',
  },
  account_disabled: { zh: () => '该账号已停用', en: () => 'this account is disabled' },
  demo_disabled: {
    zh: () => '演示账号仅在演示模式下可登录',
    en: () => 'demo accounts can sign in only when the platform runs in demo mode',
  },
  too_many_attempts: {
    zh: (p) =>
      p.action === 'objection'
        ? `本地址提交异议过于频繁，请 ${p.retryAfterSeconds} 秒后再试`
        : `登录失败次数过多，请 ${p.retryAfterSeconds} 秒后再试`,
    en: (p) =>
      p.action === 'objection'
        ? `too many objections from this address; try again in ${p.retryAfterSeconds} s`
        : `too many failed sign-ins; try again in ${p.retryAfterSeconds} s`,
  },
  csrf: {
    zh: (p) => `登录后的写操作须携带本次会话的 ${p.header} 请求头，请刷新页面后重试`,
    en: (p) => `a signed-in write needs the ${p.header} header of its session`,
  },
  forbidden: {
    zh: (p) => {
      switch (p.reason) {
        case 'role_required':
          return `此操作须由${roles(p.roles, 'zh')}办理，当前身份为${role(p.role, 'zh')}`
        case 'area_editor':
          return `矿山 ${p.mineId} 的图斑由所在地区（${p.regionCode}）的规划/修复人员或该矿山企业绘制，当前身份为${role(p.role, 'zh')}`
        case 'area_approver':
          return `矿山 ${p.mineId} 的图斑由 ${p.regionCode} 所在县、市或省级主管部门审批，当前身份为${role(p.role, 'zh')}`
        case 'outside_region':
          return `地区 ${p.regionCode} 不在您的管辖范围（${p.userRegionCode ?? '无'}）内`
        case 'document_mine':
          return `您（${role(p.role, 'zh')}）无权为矿山 ${p.mineId} 提交文件`
        case 'document_kind':
          return p.allowedKinds.length
            ? `${role(p.role, 'zh')}可提交${zhList(p.allowedKinds.map((k) => docKind(k, 'zh')))}，不能提交${docKind(p.kind, 'zh')}`
            : `${role(p.role, 'zh')}不提交文件`
        case 'objection_decider':
          return `公示 ${p.publicityId} 的异议由发布该公示的主管部门（${p.regionCode}）处理，当前身份为${role(p.role, 'zh')}`
      }
    },
    en: (p) => {
      switch (p.reason) {
        case 'role_required':
          return `this needs the ${enOr(p.roles)} role; you are signed in as ${p.role}`
        case 'area_editor':
          return `areas of mine ${p.mineId} are drawn by planners of its region (${p.regionCode}) and by its own enterprise; you are ${p.role}`
        case 'area_approver':
          return `areas of mine ${p.mineId} are approved by the county, city or province bureau of ${p.regionCode}; you are ${p.role}`
        case 'outside_region':
          return `region ${p.regionCode} is outside your region ${p.userRegionCode ?? '(none)'}`
        case 'document_mine':
          return `you (${p.role}) cannot file documents for mine ${p.mineId}`
        case 'document_kind':
          return p.allowedKinds.length
            ? `a ${p.role} user files ${enList(p.allowedKinds)}, not ${p.kind}`
            : `a ${p.role} user does not file documents`
        case 'objection_decider':
          return `objections to notice ${p.publicityId} are decided by the bureau that published it (${p.regionCode}); you are ${p.role}`
      }
    },
  },
  invalid_account: {
    zh: (p) => {
      switch (p.reason) {
        case 'username_format':
          return `用户名"${p.username}"须为 3–40 个字符，仅限 a-z、0-9、"_"、"." 或 "-"`
        case 'password_too_short':
          return `密码至少 ${p.minLength} 个字符`
        case 'password_weak':
          return p.problem === 'common'
            ? '密码过于常见，容易被猜中，请换一个'
            : p.problem === 'contains_username'
              ? '密码不得包含用户名'
              : '密码不得只由一两个字符重复组成'
        case 'unknown_role':
          return `角色"${p.role}"无效，应为 ${zhList(p.roles)} 之一`
        case 'region_required':
          return `${role(p.role, 'zh')}账号须指定行政区划代码（如 330522）`
        case 'region_not_allowed':
          return `${role(p.role, 'zh')}账号不设行政区划，其矿山由所属单位确定`
        case 'unknown_region':
          return `${p.regionCode} 不是浙江省的行政区划代码`
        case 'wrong_region_level':
          return `${role(p.role, 'zh')}账号须使用${LEVEL[p.needed] ?? p.needed}行政区划代码；${p.regionCode}（${p.regionName}）为${LEVEL[p.level] ?? p.level}`
        case 'organization_required':
          return `${role(p.role, 'zh')}账号须指定所属单位（${orgKind(p.kind, 'zh')}）`
        case 'unknown_organization':
          return `单位 ${p.organizationId} 不存在`
        case 'wrong_organization_kind':
          return `${role(p.role, 'zh')}账号须属于${orgKind(p.kind, 'zh')}；${p.organizationId}（${p.organizationName}）为${orgKind(p.organizationKind, 'zh')}`
        case 'username_taken':
          return `用户名"${p.username}"已被使用`
      }
    },
    en: (p) => {
      switch (p.reason) {
        case 'username_format':
          return `username "${p.username}" must be 3-40 characters of a-z, 0-9, "_", "." or "-"`
        case 'password_too_short':
          return `password must be at least ${p.minLength} characters`
        case 'password_weak':
          return p.problem === 'common'
            ? 'this password is too common and easily guessed; choose another'
            : p.problem === 'contains_username'
              ? 'the password must not contain the username'
              : 'the password must not repeat only one or two characters'
        case 'unknown_role':
          return `role "${p.role}" must be one of ${enList(p.roles)}`
        case 'region_required':
          return `${an(p.role)} user needs a region (admin_unit code, e.g. 330522)`
        case 'region_not_allowed':
          return `${an(p.role)} user has no region; its mines follow from its organization`
        case 'unknown_region':
          return `region ${p.regionCode} is not an administrative unit of Zhejiang`
        case 'wrong_region_level':
          return `${an(p.role)} user needs a ${p.needed} code; ${p.regionCode} (${p.regionName}) is a ${p.level}`
        case 'organization_required':
          return `${an(p.role)} user needs an organization (${an(p.kind)} id)`
        case 'unknown_organization':
          return `organization ${p.organizationId} does not exist`
        case 'wrong_organization_kind':
          return `${an(p.role)} user needs ${an(p.kind)} organization; ${p.organizationId} (${p.organizationName}) is ${an(p.organizationKind)}`
        case 'username_taken':
          return `username "${p.username}" is taken`
      }
    },
  },

  version_conflict: {
    zh: (p) =>
      `${RESOURCE[p.resource].zh} ${p.id} 已被他人修改：您提交的是第 ${p.sent} 版，当前为第 ${p.currentVersion} 版，请刷新后重新操作`,
    en: (p) =>
      p.resource === 'area'
        ? `area ${p.id} has changed since you read it: you sent version ${p.sent}, it is now at version ${p.currentVersion}; reload and apply your edit again`
        : `mine ${p.id} is at version ${p.currentVersion}, not ${p.sent}`,
  },
  'field.client_id_reused': {
    zh: (p) =>
      `编号 ${p.clientId} 已用于另一份内容不同的${p.kind === 'photo' ? '现场照片' : '检查记录'}（${p.id}），未重复保存`,
    en: (p) =>
      `id ${p.clientId} was already used for ${p.kind === 'photo' ? 'site photo' : 'inspection'} ${p.id} with other content; nothing was saved`,
  },
  'field.too_old': {
    zh: (p) => `检查日期 ${p.on} 早于今天（${p.today}）${p.daysBack} 天，现场检查最多补记 ${p.maxDays} 天`,
    en: (p) =>
      `on: ${p.on} is ${p.daysBack} days before today (${p.today}); a field inspection may be dated at most ${p.maxDays} days back`,
  },
  future_date: {
    zh: (p) => `办理日期 ${p.on} 晚于今天`,
    en: (p) => `on: ${p.on} is in the future`,
  },
  backdated: {
    zh: (p) => `办理日期 ${p.on} 早于该矿山最近一次记录的事项（${p.lastOn}），历史记录不可改写`,
    en: (p) => `on: ${p.on} is before the mine's last recorded event (${p.lastOn}); history is not rewritten`,
  },
  backdate_reason_required: {
    zh: (p) =>
      `办理日期 ${p.on} 早于今天（${p.today}）${p.daysBack} 天，超过 ${p.maxDays} 天的补录须说明理由并经省厅审核同意后生效`,
    en: (p) =>
      `on: ${p.on} is ${p.daysBack} days before today (${p.today}); an event dated more than ${p.maxDays} days back needs a reason (backdateReason) and the province's approval`,
  },
  backdate_not_pending: {
    zh: (p) => `补录申请 ${p.id} 已${p.status === 'approved' ? '同意' : '驳回'}，不能再次审核`,
    en: (p) => `backdated entry ${p.id} was already ${p.status}`,
  },

  nothing_to_change: {
    zh: () => '请提交图形或除版本号外至少一项属性',
    en: () => 'send a geometry or at least one attribute besides version',
  },
  footprint_read_only: {
    zh: (p) => `图斑 ${p.id} 为矿区范围，来自采矿许可证，不能在此修改`,
    en: (p) => `area ${p.id} is the mine footprint, which comes from the licence and is not edited here`,
  },
  area_out_of_range: {
    zh: (p) => `图斑面积为 ${formatM2(p.areaM2)}，应大于 ${p.minM2} m² 且小于 ${p.maxM2 / 1e6} km²`,
    en: (p) =>
      `the polygon covers ${formatM2(p.areaM2)}; an area must be larger than ${p.minM2} m² and smaller than ${p.maxM2 / 1e6} km²`,
  },
  outside_province: {
    zh: () => '图斑不在（或不完全在）浙江省范围内',
    en: () => 'the polygon is not (entirely) inside Zhejiang province',
  },
  import_refused: {
    zh: (p) => `文件未导入：${IMPORT_REASON[p.reason].zh}${p.detail ? `（${p.detail}）` : ''}，数据库未改动`,
    en: (p) =>
      `file not imported: ${IMPORT_REASON[p.reason].en}${p.detail ? ` (${p.detail})` : ''}; nothing was changed`,
  },
  import_has_problems: {
    zh: (p) => `${p.records} 条记录中有 ${p.withProblems} 条存在问题，全部未导入（请先试导入查看问题）`,
    en: (p) =>
      `${p.withProblems} of ${p.records} records have problems; nothing was imported (run a dry run to see them)`,
  },
  unknown_gk_zone: {
    zh: (p) => `拐点坐标的 Y 值带号 ${p.zone} 不是浙江的 3° 带（39–41）`,
    en: (p) => `the corner points' Y prefix ${p.zone} is not a 3° zone of Zhejiang (39–41)`,
  },
  too_few_corner_points: {
    zh: (p) => `拐点坐标只有 ${p.count} 个点，至少需要 3 个`,
    en: (p) => `only ${p.count} corner points; at least 3 are needed`,
  },
  area_mismatch: {
    zh: (p) => `计算面积 ${p.areaM2} 平方米与申报面积 ${p.declaredAreaM2} 平方米相差超过 ${p.tolerancePct}%`,
    en: (p) =>
      `the computed area ${p.areaM2} m² differs from the declared ${p.declaredAreaM2} m² by more than ${p.tolerancePct} %`,
  },
  licence_one_polygon: {
    zh: (p) => `采矿许可证只有一个矿区范围，文件中却有 ${p.records} 条记录，请只导入矿区范围`,
    en: (p) =>
      `a licence has one licensed area, but the file has ${p.records} records; import the licensed area alone`,
  },
  unreadable_geometry: {
    zh: (p) => `图形无法读取：${p.detail}`,
    en: (p) => `the geometry cannot be read: ${p.detail}`,
  },
  planned_end_before_start: {
    zh: (p) => `计划完成日期 ${p.plannedEnd} 早于计划开始日期 ${p.plannedStart}`,
    en: (p) => `the planned end ${p.plannedEnd} is before the planned start ${p.plannedStart}`,
  },
  too_far_from_footprint: {
    zh: (p) => `图斑距该矿山${REFERENCE[p.reference].zh} ${p.distanceM} 米，须在 ${p.maxDistanceM} 米以内`,
    en: (p) =>
      `the polygon is ${p.distanceM} m from the mine's ${REFERENCE[p.reference].en}; it must lie within ${p.maxDistanceM} m of it`,
  },
  geometry_type: {
    zh: (p) => `图形须为 GeoJSON 面（Polygon 或 MultiPolygon）${p.got ? `，实际为 ${p.got}` : ''}`,
    en: (p) =>
      p.got
        ? `geometry must be a Polygon or MultiPolygon, got ${p.got}`
        : 'geometry must be a GeoJSON Polygon or MultiPolygon object',
  },
  unsupported_crs: {
    zh: (p) => `坐标须为经纬度（RFC 7946 CRS84，或 EPSG:4326/4490），crs 成员为 ${p.crs}`,
    en: (p) =>
      `coordinates must be lon/lat (RFC 7946 CRS84, or EPSG:4326/4490); the crs member names ${p.crs}`,
  },
  invalid_coordinates: {
    zh: (p) => {
      const what = {
        polygons: '非空的多边形数组',
        rings: '非空的线环数组',
        positions: '坐标点数组',
        position: '由两个数字组成的坐标 [经度, 纬度]',
      }[p.expected]
      return `${p.path} 应为${what}${p.got ? `，实际为 ${p.got}` : ''}`
    },
    en: (p) => {
      const what = {
        polygons: 'a non-empty array of polygons',
        rings: 'a non-empty array of linear rings',
        positions: 'an array of positions',
        position: 'a position [lng, lat] of two numbers',
      }[p.expected]
      return `${p.path} must be ${what}${p.got ? `, got ${p.got}` : ''}`
    },
  },
  coordinate_out_of_range: {
    zh: (p) => `${p.path} 为 ${pos(p.at)}，经度须在 -180..180、纬度须在 -90..90 之间`,
    en: (p) => `${p.path} is ${pos(p.at)}; longitude must be in -180..180 and latitude in -90..90`,
  },
  swapped_coordinates: {
    zh: (p) =>
      `${p.path} 为 ${pos(p.at)}，疑似经纬度颠倒；GeoJSON 坐标顺序为 [经度, 纬度]，即 [${p.at[1]}, ${p.at[0]}]`,
    en: (p) =>
      `${p.path} is ${pos(p.at)}, which looks like [lat, lng]; GeoJSON positions are [lng, lat], i.e. [${p.at[1]}, ${p.at[0]}]`,
  },
  ring_not_closed: {
    zh: (p) =>
      `${ringLabel(p, 'zh')}（${p.path}）未闭合：起点为 ${pos(p.first)}，终点为 ${pos(p.last)}，最后一个点须与第一个点相同`,
    en: (p) =>
      `${ringLabel(p, 'en')} (${p.path}) is not closed: it starts at [${p.first}] and ends at [${p.last}]; the last position must repeat the first`,
  },
  ring_too_short: {
    zh: (p) => `${ringLabel(p, 'zh')}（${p.path}）只有 ${p.positions} 个点，闭合线环至少需要 4 个点`,
    en: (p) =>
      `${ringLabel(p, 'en')} (${p.path}) has ${p.positions} positions; a closed ring needs at least 4`,
  },
  too_many_vertices: {
    zh: (p) => `图形有 ${p.vertices} 个拐点，最多允许 ${p.maxVertices} 个`,
    en: (p) => `the geometry has ${p.vertices} vertices; at most ${p.maxVertices} are accepted`,
  },
  geometry_self_intersection: validity('边界自相交', 'self-intersection'),
  geometry_ring_self_intersection: validity('线环自相交', 'ring self-intersection'),
  geometry_hole_outside_shell: validity('内环位于外环之外', 'hole lies outside the shell'),
  geometry_nested_holes: validity('内环相互嵌套', 'nested holes'),
  geometry_nested_shells: validity('多边形相互嵌套', 'nested shells'),
  geometry_interior_disconnected: validity('内部不连通', 'interior is disconnected'),
  geometry_too_few_points: validity('点数过少', 'too few points'),
  geometry_invalid: validity('不是有效的面', 'not a valid polygon'),

  draw_required: {
    zh: () => 'drawId：抽查须属于已记录的"双随机"抽取',
    en: () => 'drawId: a spot check belongs to a recorded random draw ("double random")',
  },
  not_drawn: {
    zh: (p) => `矿山 ${p.mineId} 未在第 ${p.drawId} 次抽查中被抽中`,
    en: (p) => `mine ${p.mineId} was not drawn in spot-check draw ${p.drawId}`,
  },
  duplicate_spot_check: {
    zh: (p) => `矿山 ${p.mineId} 在第 ${p.drawId} 次抽查中已于 ${p.checkedOn} 检查过，不得重复记录`,
    en: (p) => `mine ${p.mineId} was already checked in draw ${p.drawId} on ${p.checkedOn}`,
  },
  publicity_mismatch: {
    zh: (p) =>
      p.reason === 'not_open'
        ? `公示 ${p.publicityId} 不是地区 ${p.regionCode} 正在进行的${LEVEL[p.level] ?? p.level}公示`
        : `公示 ${p.publicityId} 的公示期为 ${p.noticeStart} 至 ${p.noticeEnd}，与本事项的 ${p.start} 至 ${p.end} 不符`,
    en: (p) =>
      p.reason === 'not_open'
        ? `publicityId ${p.publicityId} is not an open ${p.level} notice for region ${p.regionCode}`
        : `publicityId ${p.publicityId} has period ${p.noticeStart}–${p.noticeEnd}; the event says ${p.start}–${p.end}`,
  },
  licence_state: {
    zh: (p) =>
      `采矿许可证 ${p.licenceId} 当前状态为“${LICENCE_STATUS[p.status]?.zh ?? p.status}”，不能${LICENCE_ACTION[p.action]?.zh ?? p.action}`,
    en: (p) =>
      `licence ${p.licenceId} is ${LICENCE_STATUS[p.status]?.en ?? p.status}; it cannot be ${LICENCE_ACTION[p.action]?.en ?? p.action}`,
  },
  licence_no_taken: {
    zh: (p) => `采矿许可证号 ${p.licenceNo} 已登记`,
    en: (p) => `licence number ${p.licenceNo} is already registered`,
  },
  enterprise_invalid: {
    zh: (p) =>
      p.reason === 'unknown'
        ? `企业 ${p.enterpriseId} 未登记为矿山企业`
        : `企业 ${p.enterpriseId} 已是采矿权人，不能转让给自己`,
    en: (p) =>
      p.reason === 'unknown'
        ? `enterprise ${p.enterpriseId} is not a registered mining enterprise`
        : `enterprise ${p.enterpriseId} already holds the licence; a transfer needs another holder`,
  },
  location_outside_county: {
    zh: (p) => `矿山位置 ${pos(p.at)} 不在所填县（市、区）${p.countyCode} 范围内`,
    en: (p) => `the mine's location ${pos(p.at)} lies outside county ${p.countyCode}`,
  },

  empty_file: { zh: () => '文件为空', en: () => 'the file is empty' },
  type_mismatch: {
    zh: (p) => {
      const actual = content(p.content, p.head, 'zh')
      if (p.claimed) return `文件${claimWords(p, 'zh')}，表明是${CONTENT[p.claimed].zh}，但内容为${actual}`
      return `文件${claimWords(p, 'zh')}，但内容为${actual}${p.renameTo ? `，请将扩展名改为 .${p.renameTo}` : ''}`
    },
    en: (p) => {
      const actual = content(p.content, p.head, 'en')
      if (p.claimed)
        return `the file is ${claimWords(p, 'en')}, which claims ${CONTENT[p.claimed].en}, but its content is ${actual}`
      return `the file is ${claimWords(p, 'en')}, but its content is ${actual}${p.renameTo ? `; name it .${p.renameTo}` : ''}`
    },
  },
  unsupported_type: {
    zh: (p) =>
      p.renameTo
        ? `文件${claimWords(p, 'zh')}，但内容为${content(p.content, p.head, 'zh')}，请将扩展名改为 .${p.renameTo}`
        : `文件内容为${content(p.content, p.head, 'zh')}，仅接受 ${ACCEPTED_FILES.zh}`,
    en: (p) =>
      p.renameTo
        ? `the file is ${claimWords(p, 'en')} but its content is ${content(p.content, p.head, 'en')}; name it .${p.renameTo}`
        : `the content is ${content(p.content, p.head, 'en')}; accepted are ${ACCEPTED_FILES.en}`,
  },
  type_not_allowed_for_kind: {
    zh: (p) => `${docKind(p.kind, 'zh')}须为 ${zhList(p.allowedTypes)}，此文件为${CONTENT[p.content].zh}`,
    en: (p) => `a ${p.kind} must be ${enOr(p.allowedTypes)}; this file is ${CONTENT[p.content].en}`,
  },

  invalid_tile: {
    zh: (p) =>
      p.max === undefined
        ? `瓦片坐标 ${p.axis} 须为非负整数，实际为"${p.value}"`
        : `瓦片坐标 ${p.axis} 为 ${p.value}，超出范围 0..${p.max}`,
    en: (p) =>
      p.max === undefined
        ? `${p.axis} must be a non-negative integer, got "${p.value}"`
        : p.axis === 'z'
          ? `z must be at most ${p.max}, got ${p.value}`
          : `${p.axis} ${p.value} is out of range for zoom ${Math.log2(p.max + 1)} (0..${p.max})`,
  },
  unknown_layer: {
    zh: (p) => `未知的瓦片图层"${p.layer}"，可用图层：${zhList(p.available)}`,
    en: (p) => `unknown tile layer "${p.layer}"; available: ${enList(p.available)}`,
  },
  zoom_out_of_range: {
    zh: (p) => `瓦片图层 ${p.layer} 的缩放级别为 ${p.minzoom}..${p.maxzoom}，不含 ${p.z}`,
    en: (p) => `tile set ${p.layer} has zooms ${p.minzoom}..${p.maxzoom}, not ${p.z}`,
  },

  'input.invalid_date': {
    zh: (p) => `"${p.value}" 不是 YYYY-MM-DD 格式的有效日期`,
    en: (p) => `"${p.value}" is not a calendar date in the form YYYY-MM-DD`,
  },
  'input.invalid_argument': {
    zh: (p) => `参数 ${p.name} 的取值"${p.value}"无效`,
    en: (p) => `argument ${p.name} has an invalid value "${p.value}"`,
  },
  'R1.unknown_policy': {
    zh: (p) => `未知的应建口径 "${p.policyId}"`,
    en: (p) => `Unknown scope policy "${p.policyId}"; known: ${enList(p.known)}`,
  },
  'R1.term_invalid': {
    zh: (p) =>
      p.reason === 'ends_before_start'
        ? `规则 R1：采矿权有效期止日（${p.validTo}）须晚于起日（${p.validFrom}）`
        : `规则 R1：延续的有效期须自上一期届满次日（${p.expectedFrom}）起算，不得${p.reason === 'overlap' ? '重叠' : '间断'}；上一期止于 ${p.previousValidTo}，所填起日为 ${p.validFrom}`,
    en: (p) =>
      p.reason === 'ends_before_start'
        ? `Rule R1: a licence term must end (${p.validTo}) after it starts (${p.validFrom})`
        : `Rule R1: a renewed term starts the day after the previous one ends (${p.expectedFrom}); ${p.validFrom} would ${p.reason === 'overlap' ? 'overlap' : 'leave a gap after'} the term ending ${p.previousValidTo}`,
  },
  'R1.equipment_state': {
    zh: (p) =>
      p.change === 'installed'
        ? '规则 R1：该矿山已有机制砂石加工设备在用，不能重复登记安装'
        : '规则 R1：该矿山没有在用的机制砂石加工设备，不能登记拆除',
    en: (p) =>
      p.change === 'installed'
        ? 'Rule R1: machine-made sand equipment is already installed at this mine'
        : 'Rule R1: this mine has no machine-made sand equipment installed to remove',
  },
  'R2.invalid_target': {
    zh: (p) =>
      p.reason === 'not_whole'
        ? `目标数 ${p.total} 不是非负整数`
        : p.reason === 'county'
          ? `县 ${p.countyCode} ${p.year} 年目标值 ${p.value} 无效`
          : `附件数据：${p.field} "${p.value}" 无效`,
    en: (p) =>
      p.reason === 'not_whole'
        ? `Target ${p.total} is not a non-negative whole number`
        : p.reason === 'county'
          ? `County ${p.countyCode} ${p.year}: invalid ${p.kind} target ${p.value}`
          : `Annex row: ${p.field} "${p.value}" is not valid`,
  },
  'R2.cannot_split': {
    zh: (p) =>
      p.reason === 'weights'
        ? '县级应建数必须为非负整数'
        : `各县应建矿山数均为 0，无法分解 ${p.total} 个目标`,
    en: (p) =>
      p.reason === 'weights'
        ? 'County weights must be non-negative whole numbers'
        : `Cannot split ${p.total} over counties that have no mines in scope`,
  },
  'R2.split_mismatch': {
    zh: (p) => {
      switch (p.reason) {
        case 'no_city_target':
          return `${p.cityCode} 在 ${p.year} 年没有可分解的市级目标`
        case 'counties':
          return `分解须覆盖本市全部县（市、区）且仅限本市：缺少 ${zhList(p.missing) || '无'}，不属于本市或重复 ${zhList(p.unknown) || '无'}`
        case 'not_whole':
          return `${p.countyCode} 的目标数 ${p.value} 不是非负整数`
        case 'rate_range':
          return `${p.countyCode} 的目标比例 ${p.value} 不在 0–1 之间`
        case 'count_below':
          return `各县目标合计 ${p.sum} 家，少于市级 ${p.year} 年目标 ${p.cityTarget} 家`
        case 'rate_below':
          return `${p.countyCode} 的目标比例 ${p.value} 低于市级 ${p.year} 年目标 ${p.cityRate}`
      }
    },
    en: (p) => {
      switch (p.reason) {
        case 'no_city_target':
          return `${p.cityCode} has no city target for ${p.year} to split`
        case 'counties':
          return `A split names every county of the city and nothing else: missing ${enList(p.missing) || 'none'}; not of this city or repeated ${enList(p.unknown) || 'none'}`
        case 'not_whole':
          return `${p.countyCode}: target ${p.value} is not a non-negative whole number`
        case 'rate_range':
          return `${p.countyCode}: rate ${p.value} is not between 0 and 1`
        case 'count_below':
          return `The county targets sum to ${p.sum}, below the city's ${p.year} target of ${p.cityTarget}`
        case 'rate_below':
          return `${p.countyCode}: rate ${p.value} is below the city's ${p.year} target rate ${p.cityRate}`
      }
    },
  },
  'R3.unknown_event': {
    zh: (p) => `未知的事项 "${p.event}"`,
    en: (p) => `Unknown event "${p.event}"`,
  },
  'R3.wrong_role': {
    zh: (p) => `${role(p.role, 'zh')}无权办理"${p.eventLabel.zh}"，应由${roles(p.allowedRoles, 'zh')}办理`,
    en: (p) =>
      `A ${role(p.role, 'en')} may not ${p.eventLabel.en.toLowerCase()}; only: ${enList(p.allowedRoles)}`,
  },
  'R3.illegal_transition': {
    zh: (p) =>
      `${p.subject?.zh ?? '矿山'}当前状态为"${p.stateLabel?.zh ?? p.state}"，不能办理"${p.eventLabel.zh}"`,
    en: (p) =>
      `Cannot ${p.eventLabel.en.toLowerCase()} while ${p.subject?.en ?? 'the mine'} is "${p.stateLabel?.en ?? p.state}"; allowed from: ${enList(p.allowedFrom)}`,
  },
  'R3.1.missing_recipient': {
    zh: (p) =>
      `自评报告应同时提交县（市、区）国土资源局和环境保护局，尚未提交：${zhList(p.missing.map((r) => RECIPIENT[r] ?? r))}`,
    en: (p) =>
      `The self-assessment must go to both the county land bureau and the county environment bureau; missing: ${enList(p.missing)}`,
  },
  'R3.2.evaluator_not_listed': {
    zh: (p) =>
      p.reason === 'agency'
        ? `评估机构 ${p.agencyId} 不在 ${p.on} 有效的省级评估机构名单内`
        : `${p.on} 省级评估机构名单内无有效且与该矿山无利害关系的第三方评估机构`,
    en: (p) =>
      p.reason === 'agency'
        ? `Agency ${p.agencyId} is not on the provincial evaluator list valid on ${p.on}`
        : `No agency on the provincial list is valid on ${p.on} and free of conflicts with this mine`,
  },
  'R3.2.conflicted_evaluator': {
    zh: (p) =>
      `评估机构 ${p.agencyId} 与该矿山存在利害关系（前后一年内有业务往来或参与编写报告），不得承担核查`,
    en: (p) =>
      `Agency ${p.agencyId} is not independent of this mine: it did business with it within a year or helped write its reports`,
  },
  'R3.4.not_assigned_evaluator': {
    zh: (p) => `仅受委托的评估机构（${p.assigned}）可提交该核查意见`,
    en: (p) => `Only the assigned agency (${p.assigned}) may file this verification`,
  },
  'R3.4.score_not_passing': {
    zh: (p) =>
      `${p.step === 'recheck' ? '复核评分不达标，不得通过' : '不符合要求的矿山企业，一律不得通过现场核查'}：${p.reasons.map((r) => r.messageZh).join('；')}`,
    en: (p) =>
      `A ${p.step === 'recheck' ? 're-check' : 'verification'} whose score does not meet the standard cannot pass: ${p.reasons.map((r) => r.message).join('; ')}`,
  },
  'R3.4.reason_required': {
    zh: () => '评分达标但核查不通过的，须说明理由',
    en: () => 'Failing a mine whose score passes needs a written reason',
  },
  'R3.4.team_invalid': {
    zh: (p) =>
      `核查组 ${p.size} 人（其中高级职称 ${p.seniors} 人），须不少于 ${p.minSize} 人且高级职称不少于 ${p.minSeniors} 人`,
    en: (p) =>
      `Team has ${p.size} people (${p.seniors} senior); at least ${p.minSize} people and ${p.minSeniors} senior members are required`,
  },
  'R3.4.unknown_indicator_set': {
    zh: (p) => `未知的评价指标版本 "${p.id}"`,
    en: (p) => `Unknown indicator set "${p.id}"; known: ${enList(p.known)}`,
  },
  'R3.4.invalid_score': {
    zh: (p) => `${p.groupLabel.zh}得分应为 0–${p.max}，实际为 ${p.score}`,
    en: (p) => `Score for ${p.groupLabel.en} must be a number from 0 to ${p.max}, got ${p.score}`,
  },
  'R3.2.agency_understaffed': {
    zh: (p) =>
      `评估机构 ${p.agencyId} 专业技术人员 ${p.staff} 人（高级职称 ${p.seniors} 人），须不少于 ${p.minStaff} 人且高级职称不低于 ${p.minSeniorShare * 100}%`,
    en: (p) =>
      `Agency ${p.agencyId} has ${p.staff} professional staff (${p.seniors} senior); at least ${p.minStaff} with ${p.minSeniorShare * 100}% senior are required`,
  },
  'R3.2.assignment_unjustified': {
    zh: (p) => `确定评估机构 ${p.agencyId} 须经公开摇号；直接委托须说明理由并经省厅批准`,
    en: (p) =>
      `Agency ${p.agencyId} can only be assigned by a published draw, or directly with a recorded reason the province approved`,
  },
  'R3.2.draw_exists': {
    zh: (p) => `该自评报告已摇号（摇号 ${p.drawId}），不得重新摇号；确需重摇的须说明理由并经省厅批准`,
    en: (p) =>
      `Self-assessment ${p.selfAssessmentId} already has draw ${p.drawId}; a new draw needs a recorded reason and the province's approval`,
  },
  'R3.2.draw_unusable': {
    zh: (p) => `摇号 ${p.drawId} 不能用于本次委托：${DRAW_REASON[p.reason].zh}`,
    en: (p) => `Draw ${p.drawId} cannot be used for this assignment: ${DRAW_REASON[p.reason].en}`,
  },
  'R3.2.exception_unusable': {
    zh: (p) => `例外申请 ${p.exceptionId} 不能使用：${EXCEPTION_REASON[p.reason].zh}`,
    en: (p) => `Exception request ${p.exceptionId} cannot be used: ${EXCEPTION_REASON[p.reason].en}`,
  },
  'R3.4.unregistered_team_member': {
    zh: (p) => `核查组成员 ${zhList(p.memberIds)} 不是评估机构 ${p.agencyId} 在 ${p.on} 有效登记的专家`,
    en: (p) =>
      `Team members ${enList(p.memberIds)} are not experts registered with agency ${p.agencyId} on ${p.on}`,
  },
  'R3.4.wrong_standard': {
    zh: (p) =>
      p.expected
        ? `核查须对照该矿山的行业标准 ${p.expected}，提交的是 ${p.got ?? '（未填写）'}`
        : '该矿山尚未确定所属行业绿色矿山建设规范，须先登记',
    en: (p) =>
      p.expected
        ? `The verification must judge the mine against its industry standard ${p.expected}; got ${p.got ?? 'none'}`
        : 'The mine has no industry standard recorded; record it first',
  },
  'R3.4.standard_not_met': {
    zh: (p) => `矿山不符合 ${p.standard}，不得通过现场核查`,
    en: (p) => `The mine does not conform to ${p.standard}; the verification cannot pass`,
  },
  'R3.4.indicator_table_invalid': {
    zh: (p) =>
      `指标分值表${p.line > 0 ? `第 ${p.line} 行` : ''}有误：${INDICATOR_PROBLEM[p.problem].zh}${detail(p)}`,
    en: (p) =>
      `Indicator table${p.line > 0 ? ` line ${p.line}` : ''}: ${INDICATOR_PROBLEM[p.problem].en}${detail(p)}`,
  },
  'R3.5.invalid_period': publicityPeriod,
  'R3.5.missing_objection_channel': objectionChannel,
  'R3.5.publicity_not_ended': publicityNotEnded,
  'R3.5.originals_not_archived': {
    zh: () => '须先将绿色矿山建设自评报告和第三方现场核查评估报告原件归档',
    en: () =>
      'Archive the originals of both the self-assessment and the third-party verification report first',
  },
  'R3.5.original_invalid': {
    zh: (p) => {
      const which = p.original === 'selfAssessment' ? '自评报告' : '第三方现场核查评估报告'
      switch (p.reason) {
        case 'not_found':
          return `归档的${which}（文件 ${p.documentId}）不存在`
        case 'other_mine':
          return `归档的${which}（文件 ${p.documentId}）不属于本矿山`
        case 'wrong_kind':
          return `文件 ${p.documentId} 是${docKind(p.kind ?? '', 'zh')}，不是${which}`
      }
    },
    en: (p) => {
      const which = p.original === 'selfAssessment' ? 'self-assessment report' : 'verification report'
      switch (p.reason) {
        case 'not_found':
          return `The archived ${which} (document ${p.documentId}) does not exist`
        case 'other_mine':
          return `The archived ${which} (document ${p.documentId}) belongs to another mine`
        case 'wrong_kind':
          return `Document ${p.documentId} is a ${p.kind}, not a ${p.expectedKind}`
      }
    },
  },
  'R3.5.period_too_short': publicityTooShort,
  'R3.5.calendar_missing': calendarMissing,
  'R3.5.objection_open': objectionsOpen,
  'R3.6.outside_window': {
    zh: (p) =>
      `规则 R3.6：各市于每年4月1日至30日、10月1日至31日汇总上报，${p.on} 不在上报期内。下一上报期：${p.nextWindow.start} 至 ${p.nextWindow.end}`,
    en: (p) =>
      `Rule R3.6: cities report passed mines to the province only from 1 to 30 April and from 1 to 31 October; ${p.on} is outside both. Next window: ${p.nextWindow.start} to ${p.nextWindow.end}`,
  },
  'R3.7.invalid_period': publicityPeriod,
  'R3.7.missing_objection_channel': objectionChannel,
  'R3.7.publicity_not_ended': publicityNotEnded,
  'R3.7.objection_upheld': {
    zh: () => '省级公示异议成立，不得纳入名录库',
    en: () =>
      'An objection to the provincial list was upheld; the mine cannot enter the directory (use uphold_province_objection)',
  },
  'R3.7.period_too_short': publicityTooShort,
  'R3.7.calendar_missing': calendarMissing,
  'R3.7.objection_open': objectionsOpen,
  'R4.no_acceptance': {
    zh: () => '停产整改矿山须通过整改验收方可复产，请提供验收文件及验收日期',
    en: () =>
      'A suspended mine resumes only after its rectification has been accepted: give the acceptance document and a date between the suspension and today',
  },
  'R4.order_not_due': {
    zh: (p) =>
      p.productionStartedOn === null
        ? `规则 R4：该矿山未登记正式生产日期，不能以“正式生产满一年未入库”责令停产整改`
        : p.enteredDirectoryOn
          ? `规则 R4：该矿山已于 ${p.enteredDirectoryOn} 纳入名录库，不能责令停产整改`
          : `规则 R4：正式生产（${p.productionStartedOn}）满一年后方可责令停产整改，最早 ${p.dueOn} 的次日`,
    en: (p) =>
      p.productionStartedOn === null
        ? 'Rule R4: the mine has no recorded formal production start; it cannot be ordered to stop for being a year out of the directory'
        : p.enteredDirectoryOn
          ? `Rule R4: the mine entered the directory on ${p.enteredDirectoryOn}; no stop-production order applies`
          : `Rule R4: a stop-production order needs a full year of formal production (from ${p.productionStartedOn}); the earliest is the day after ${p.dueOn}, not ${p.on}`,
  },
  'R4.deadline_required': {
    zh: (p) => `规则 R4：停产整改令须载明整改期限，且晚于下达日期（${p.on}）`,
    en: (p) =>
      `Rule R4: a stop-production order carries a rectification deadline after the day it is ordered (${p.on})${p.deadline ? `; got ${p.deadline}` : ''}`,
  },
  'R4.invalid_date': {
    zh: (p) => `正式生产日期（${p.started}）不得晚于登记日期（${p.on}）`,
    en: (p) => `Formal production cannot start in the future (${p.started}, recorded on ${p.on})`,
  },
  'R6.invalid_deadline': {
    zh: (p) => `整改期限（${p.deadline}）须晚于下达日期（${p.orderedOn}）`,
    en: (p) =>
      `A rectification deadline (${p.deadline}) must fall after the day it is ordered (${p.orderedOn})`,
  },
  'R6.invalid_draw': {
    zh: (p) => {
      switch (p.reason) {
        case 'count':
          return `无法从 ${p.population} 家矿山中抽取 ${p.count} 家`
        case 'ratio':
          return `抽查比例 ${p.ratio} 应大于 0 且不超过 1`
        case 'seed':
          return '抽查须提供随机种子'
        case 'inspectors_per_mine':
          return `每家矿山检查人员不少于 ${p.minimum} 名，实际为 ${p.perMine} 名`
      }
    },
    en: (p) => {
      switch (p.reason) {
        case 'count':
          return `Cannot draw ${p.count} of ${p.population} mines`
        case 'ratio':
          return `Ratio ${p.ratio} must be above 0 and at most 1`
        case 'seed':
          return 'A draw needs a non-empty seed'
        case 'inspectors_per_mine':
          return `At least ${p.minimum} inspectors per mine, got ${p.perMine}`
      }
    },
  },
  'R6.not_enough_inspectors': {
    zh: (p) => `矿山 ${p.mineId} 可派无利害关系检查人员仅 ${p.eligible} 名，需 ${p.needed} 名`,
    en: (p) =>
      `Only ${p.eligible} inspectors without a conflict are available for mine ${p.mineId}; ${p.needed} are needed`,
  },
  'R7.year_not_over': {
    zh: (p) => `${p.year} 年尚未结束，${p.closableFrom} 起方可结账`,
    en: (p) => `${p.year} has not ended; it can be closed from ${p.closableFrom}`,
  },
  'R7.year_closed': {
    zh: (p) => `${p.year} 年已于 ${p.closedAt} 结账，考核数据已冻结`,
    en: (p) => `${p.year} was closed at ${p.closedAt}; its assessment is frozen`,
  },
  'R6.recheck_scores_required': {
    zh: (p) =>
      `整改后复核须附评分（scores），复核结论“${p.result === 'pass' ? '合格' : '不合格'}”须有评分为据`,
    en: (p) => `A re-check must carry its scores; the "${p.result}" conclusion rests on them`,
  },
  'R6.invalid_period': {
    zh: (p) => `抽查周期“${p.period}”格式应为年份（如 2026）或半年（如 2026-H1）`,
    en: (p) => `Spot-check period "${p.period}" must be a year (e.g. 2026) or a half-year (e.g. 2026-H1)`,
  },
  'R6.draw_backdated': {
    zh: (p) =>
      `规则 R6：抽查抽签日期 ${p.on} 早于今天（${p.today}）${p.daysBack} 天，超过 ${p.maxDays} 天的补录期限；抽签须按实际日期进行，不得倒签`,
    en: (p) =>
      `Rule R6: the draw is dated ${p.on}, ${p.daysBack} days before today (${p.today}), beyond the ${p.maxDays}-day backdating limit; a draw is dated on the day it is made`,
  },
  'R6.draw_exists': {
    zh: (p) =>
      `规则 R6：${p.regionCode} ${p.period} 期的抽查已于 ${p.committedOn} 承诺（抽签 ${p.drawId}），每期只抽一次，不得重抽`,
    en: (p) =>
      `Rule R6: the ${p.period} spot-check draw for ${p.regionCode} was committed on ${p.committedOn} (draw ${p.drawId}); one draw per period, it cannot be re-run`,
  },
  'R6.seed_mismatch': {
    zh: (p) => `揭示的种子与抽签 ${p.drawId} 事先公布的哈希值不符`,
    en: (p) =>
      `The revealed seed does not match the hash published for draw ${p.drawId} (${p.seedHash}, got ${p.revealedHash})`,
  },
  'R6.draw_not_published': {
    zh: (p) => {
      switch (p.reason) {
        case 'not_revealed':
          return `抽签 ${p.drawId} 尚未揭示种子并公布结果，不能据以抽查`
        case 'not_committed':
          return `抽签 ${p.drawId} 未事先公布种子哈希、抽查对象和检查人员库，不能据以抽查`
        case 'other_region':
          return `抽签 ${p.drawId} 不覆盖该矿山所在地区`
        case 'other_period':
          return `抽查日期不在抽签 ${p.drawId} 的周期内`
      }
    },
    en: (p) => {
      switch (p.reason) {
        case 'not_revealed':
          return `Draw ${p.drawId} has not been revealed and published; no spot check may use it`
        case 'not_committed':
          return `Draw ${p.drawId} was not committed (seed hash, population and inspector pool published) before use`
        case 'other_region':
          return `Draw ${p.drawId} does not cover this mine's region`
        case 'other_period':
          return `The check's date is outside the period of draw ${p.drawId}`
      }
    },
  },
  'R6.recheck_agency_required': {
    zh: () => '整改后复核须由新抽取的第三方评估机构进行，请先抽取复核机构',
    en: () => 'The re-check after rectification is done by a newly drawn third-party agency; draw one first',
  },
  'R6.recheck_agency_conflicted': {
    zh: (p) => {
      switch (p.reason) {
        case 'original_evaluator':
          return `机构 ${p.agencyId} 是原评估机构，不得承担整改后复核`
        case 'not_listed':
          return `机构 ${p.agencyId} 不在当日有效的评估机构名单内`
        case 'conflict':
          return `机构 ${p.agencyId} 与该矿山存在利害关系`
      }
    },
    en: (p) => {
      switch (p.reason) {
        case 'original_evaluator':
          return `Agency ${p.agencyId} evaluated the mine before; it cannot do the re-check`
        case 'not_listed':
          return `Agency ${p.agencyId} is not on the list valid that day`
        case 'conflict':
          return `Agency ${p.agencyId} has a conflict of interest with the mine`
      }
    },
  },
  'R6.removal_pending': {
    zh: (p) => `复核已于 ${p.recheckFailedOn} 判定不合格，待省级主管部门确认除名`,
    en: (p) => `The re-check failed on ${p.recheckFailedOn}; the removal awaits the province's confirmation`,
  },
  'R6.removal_not_due': {
    zh: () => '只有整改后第三方复核不合格的矿山才能除名',
    en: () => 'Only a mine that failed its third-party re-check after rectification can be removed',
  },
  'R6.blacklisted': {
    zh: (p) =>
      `规则 R6：该企业自 ${p.listedOn} 起列入行业诚信黑名单（${p.reason}），在省级主管部门作出移出决定前不受理其申报`,
    en: (p) =>
      `Rule R6: the enterprise has been on the industry integrity blacklist since ${p.listedOn} (${p.reason}); its submissions are refused until the province records a delisting decision`,
  },
  'R6.not_blacklisted': {
    zh: (p) => `黑名单记录 ${p.entryId} 已于 ${p.delistedOn} 移出`,
    en: (p) => `Blacklist entry ${p.entryId} was already delisted on ${p.delistedOn}`,
  },
  objection_closed: {
    zh: (p) =>
      `公示 ${p.publicityId} 的异议受理期为 ${p.start} 至 ${p.end}，${p.on} 不在期内，逾期异议不予受理`,
    en: (p) =>
      `Objections to notice ${p.publicityId} are received from ${p.start} to ${p.end}; ${p.on} is outside that window`,
  },
  objection_rejected: {
    zh: (p) => {
      switch (p.reason) {
        case 'too_short':
          return `异议内容过短，至少 ${p.minLength} 个字，请写明事实和理由`
        case 'too_long':
          return `异议内容过长，最多 ${p.maxLength} 个字，其余材料请作为附件提交`
        case 'links':
          return `异议内容最多包含 ${p.maxLinks} 个网址`
        case 'control_characters':
          return '异议内容含有不可见的控制字符'
        case 'not_listed':
          return `矿山 ${p.mineId} 不在公示 ${p.publicityId} 的名单中`
        case 'notice_kind':
          return '该公告不受理异议'
      }
    },
    en: (p) => {
      switch (p.reason) {
        case 'too_short':
          return `The objection is too short: at least ${p.minLength} characters, stating the facts and reasons`
        case 'too_long':
          return `The objection is too long: at most ${p.maxLength} characters; attach the rest as a file`
        case 'links':
          return `The objection may contain at most ${p.maxLinks} web addresses`
        case 'control_characters':
          return 'The objection contains invisible control characters'
        case 'not_listed':
          return `Mine ${p.mineId} is not listed in notice ${p.publicityId}`
        case 'notice_kind':
          return `A ${p.level} notice takes no objections`
      }
    },
  },
  objection_decided: {
    zh: (p) => `异议 ${p.objectionId} 已于 ${p.decidedOn} 作出决定（${p.upheld ? '成立' : '不成立'}）`,
    en: (p) =>
      `Objection ${p.objectionId} was already decided on ${p.decidedOn} (${p.upheld ? 'upheld' : 'dismissed'})`,
  },
}

/** The refusal in words, in `lang`. */
export function refusalMessage(refusal: Refusal, lang: RefusalLang): string {
  const entry = REFUSAL_MESSAGES[refusal.code] as { zh: (p: Refusal) => string; en: (p: Refusal) => string }
  return entry[lang](refusal)
}
