// What is mined in Zhejiang and how: construction stone dominates (> 70%), cement limestone around
// Huzhou, Fuyang/Jiande and Jiangshan/Changshan, fluorite underground in Wuyi and southern Zhejiang.

/** The industry standard (DZ/T 0312–0320-2018) a mine is built and verified against. */
export const SECTOR_STANDARDS = {
  非金属: 'DZ/T 0312-2018 非金属矿行业绿色矿山建设规范',
  化工: 'DZ/T 0313-2018 化工行业绿色矿山建设规范',
  黄金: 'DZ/T 0314-2018 黄金行业绿色矿山建设规范',
  砂石: 'DZ/T 0316-2018 砂石行业绿色矿山建设规范',
  水泥灰岩: 'DZ/T 0318-2018 水泥灰岩绿色矿山建设规范',
  有色金属: 'DZ/T 0320-2018 有色金属行业绿色矿山建设规范',
} as const

export type Sector = keyof typeof SECTOR_STANDARDS

export type MineralKey =
  | 'tuff'
  | 'granite'
  | 'limestone'
  | 'basalt'
  | 'cement'
  | 'fluorite'
  | 'pyrophyllite'
  | 'alunite'
  | 'kaolin'
  | 'zeolite'
  | 'dimension_granite'
  | 'gold'
  | 'lead_zinc'

type Range = readonly [min: number, max: number]

export interface MineralKind {
  key: MineralKey
  /** mine.mineral */
  mineral: string
  /** As named in a mine's name: 长兴县李家坞<label>矿. */
  nameLabel: string
  /** licence.minerals */
  licenceMinerals: readonly string[]
  sector: Sector
  undergroundShare: number
  /** 万吨/年 */
  scale: Range
  /** Open-pit working area (ha); for underground mines the surface site. */
  footprintHa: Range
  /** Underground licence area (km²); open-pit licences are drawn around the pit. */
  undergroundLicenceKm2: Range
  sandEquipmentShare: number
  /** Top of the licensed space (m a.s.l.) for open-pit mines. */
  topElevation: Range
  enterpriseSuffixes: readonly string[]
}

const aggregate = {
  sector: '砂石' as const,
  undergroundShare: 0,
  scale: [20, 300] as Range,
  footprintHa: [3, 40] as Range,
  undergroundLicenceKm2: [0.2, 1] as Range,
  sandEquipmentShare: 0.62,
  topElevation: [120, 420] as Range,
  enterpriseSuffixes: ['矿业有限公司', '建材有限公司', '石料有限公司', '矿业开发有限公司'],
}

export const MINERALS: Readonly<Record<MineralKey, MineralKind>> = {
  tuff: {
    ...aggregate,
    key: 'tuff',
    mineral: '建筑用凝灰岩',
    nameLabel: '建筑用凝灰岩',
    licenceMinerals: ['建筑用凝灰岩'],
  },
  granite: {
    ...aggregate,
    key: 'granite',
    mineral: '建筑用花岗岩',
    nameLabel: '建筑用花岗岩',
    licenceMinerals: ['建筑用花岗岩'],
  },
  limestone: {
    ...aggregate,
    key: 'limestone',
    mineral: '建筑用石灰岩',
    nameLabel: '建筑石料（石灰岩）',
    licenceMinerals: ['建筑用石灰岩'],
    scale: [40, 400],
    topElevation: [90, 300],
  },
  basalt: {
    ...aggregate,
    key: 'basalt',
    mineral: '建筑用玄武岩',
    nameLabel: '建筑用玄武岩',
    licenceMinerals: ['建筑用玄武岩'],
    topElevation: [150, 380],
  },
  cement: {
    key: 'cement',
    mineral: '水泥用灰岩',
    nameLabel: '水泥用灰岩',
    licenceMinerals: ['水泥用灰岩', '建筑石料用灰岩'],
    sector: '水泥灰岩',
    undergroundShare: 0,
    scale: [100, 600],
    footprintHa: [25, 90],
    undergroundLicenceKm2: [0.5, 2],
    sandEquipmentShare: 0.25,
    topElevation: [120, 360],
    enterpriseSuffixes: ['水泥有限公司', '建材有限公司'],
  },
  fluorite: {
    key: 'fluorite',
    mineral: '萤石',
    nameLabel: '萤石',
    licenceMinerals: ['萤石'],
    sector: '非金属',
    undergroundShare: 0.8,
    scale: [2, 12],
    footprintHa: [1, 6],
    undergroundLicenceKm2: [0.3, 2.2],
    sandEquipmentShare: 0,
    topElevation: [300, 700],
    enterpriseSuffixes: ['萤石矿业有限公司', '矿业有限公司', '氟业有限公司'],
  },
  pyrophyllite: {
    key: 'pyrophyllite',
    mineral: '叶蜡石',
    nameLabel: '叶蜡石',
    licenceMinerals: ['叶蜡石'],
    sector: '非金属',
    undergroundShare: 0.5,
    scale: [2, 10],
    footprintHa: [1.5, 6],
    undergroundLicenceKm2: [0.2, 1.2],
    sandEquipmentShare: 0,
    topElevation: [200, 600],
    enterpriseSuffixes: ['叶蜡石矿业有限公司', '矿业有限公司'],
  },
  alunite: {
    key: 'alunite',
    mineral: '明矾石',
    nameLabel: '明矾石',
    licenceMinerals: ['明矾石'],
    sector: '化工',
    undergroundShare: 1,
    scale: [10, 40],
    footprintHa: [2, 6],
    undergroundLicenceKm2: [0.8, 2.5],
    sandEquipmentShare: 0,
    topElevation: [300, 600],
    enterpriseSuffixes: ['矾矿有限公司', '化工矿业有限公司'],
  },
  kaolin: {
    key: 'kaolin',
    mineral: '高岭土',
    nameLabel: '高岭土',
    licenceMinerals: ['高岭土'],
    sector: '非金属',
    undergroundShare: 0,
    scale: [2, 10],
    footprintHa: [2, 8],
    undergroundLicenceKm2: [0.2, 1],
    sandEquipmentShare: 0,
    topElevation: [200, 600],
    enterpriseSuffixes: ['瓷土有限公司', '矿业有限公司'],
  },
  zeolite: {
    key: 'zeolite',
    mineral: '沸石',
    nameLabel: '沸石',
    licenceMinerals: ['沸石', '珍珠岩'],
    sector: '非金属',
    undergroundShare: 0.3,
    scale: [3, 12],
    footprintHa: [2, 8],
    undergroundLicenceKm2: [0.3, 1.2],
    sandEquipmentShare: 0,
    topElevation: [250, 600],
    enterpriseSuffixes: ['非金属矿业有限公司', '矿业有限公司'],
  },
  dimension_granite: {
    key: 'dimension_granite',
    mineral: '饰面用花岗岩',
    nameLabel: '饰面用花岗岩',
    licenceMinerals: ['饰面用花岗岩'],
    sector: '非金属',
    undergroundShare: 0,
    scale: [1, 6],
    footprintHa: [2, 8],
    undergroundLicenceKm2: [0.2, 1],
    sandEquipmentShare: 0.2,
    topElevation: [150, 450],
    enterpriseSuffixes: ['石材有限公司', '石业有限公司'],
  },
  gold: {
    key: 'gold',
    mineral: '金矿',
    nameLabel: '金',
    licenceMinerals: ['金', '银'],
    sector: '黄金',
    undergroundShare: 1,
    scale: [3, 10],
    footprintHa: [3, 8],
    undergroundLicenceKm2: [1, 3],
    sandEquipmentShare: 0,
    topElevation: [400, 800],
    enterpriseSuffixes: ['金矿有限公司', '矿业有限公司'],
  },
  lead_zinc: {
    key: 'lead_zinc',
    mineral: '铅锌矿',
    nameLabel: '铅锌',
    licenceMinerals: ['铅', '锌', '银'],
    sector: '有色金属',
    undergroundShare: 1,
    scale: [3, 15],
    footprintHa: [2, 6],
    undergroundLicenceKm2: [0.6, 2.5],
    sandEquipmentShare: 0,
    topElevation: [300, 700],
    enterpriseSuffixes: ['有色矿业有限公司', '矿业有限公司'],
  },
}

export type MineralMix = Partial<Record<MineralKey, number>>

/** Typical aggregate mix; counties override it below. */
export const DEFAULT_MIX: MineralMix = { tuff: 0.72, granite: 0.2, limestone: 0.08 }
