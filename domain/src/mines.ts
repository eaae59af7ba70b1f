// §2: a mine's operational status and mining method decide whether it must build a green mine.

export const MINE_STATUSES = ['construction', 'producing', 'suspended', 'closed'] as const
export type MineStatus = (typeof MINE_STATUSES)[number]

export const MINING_METHODS = ['open_pit', 'underground'] as const
export type MiningMethod = (typeof MINING_METHODS)[number]

export const MINE_STATUS_LABELS: Readonly<Record<MineStatus, { zh: string; en: string }>> = {
  construction: { zh: '新建（筹建）', en: 'Under construction' },
  producing: { zh: '生产', en: 'Producing' },
  suspended: { zh: '停产', en: 'Suspended' },
  closed: { zh: '关闭', en: 'Closed' },
}

export const MINING_METHOD_LABELS: Readonly<Record<MiningMethod, { zh: string; en: string }>> = {
  open_pit: { zh: '露天开采', en: 'Open-pit' },
  underground: { zh: '地下开采', en: 'Underground' },
}
