// The seed's annex (city targets), read from the repository's data file at build time.
import { parseAnnexCsv, type AnnexRow } from '@zgm/domain'
import annexCsv from '../../../../data/targets/annex-2018.csv?raw'

export const ANNEX: readonly AnnexRow[] = parseAnnexCsv(annexCsv)
export const ANNEX_BY_CITY: ReadonlyMap<string, AnnexRow> = new Map(ANNEX.map((r) => [r.cityCode, r]))
