// The seed's annex (city targets), read from the repository's data file at build time.
import { parseAnnexRecord, type AnnexRow } from '@zgm/domain'
import annexCsv from '../../../../data/targets/annex-2018.csv?raw'

export function parseAnnexCsv(text: string): AnnexRow[] {
  const [head, ...lines] = text.trim().split(/\r?\n/)
  const columns = head!.split(',')
  return lines.map((line) =>
    parseAnnexRecord(Object.fromEntries(line.split(',').map((v, i) => [columns[i]!, v]))),
  )
}

export const ANNEX: readonly AnnexRow[] = parseAnnexCsv(annexCsv)
export const ANNEX_BY_CITY: ReadonlyMap<string, AnnexRow> = new Map(ANNEX.map((r) => [r.cityCode, r]))
