import type { z } from '@hono/zod-openapi'
import type { SpotCheckDraw } from '@zgm/domain'
import type {
  DirectoryMineRow,
  NoticeItemRow,
  NoticeRow,
  PublicRegionRow,
  PublishedDrawRow,
  SpotCheckResultRow,
} from './public.queries'
import type { PublicDirectoryMine, PublicDraw, PublicNotice, PublicRegion } from './public.schemas'

export function toPublicRegion(row: PublicRegionRow): z.infer<typeof PublicRegion> {
  const [lng, lat] = row.label_point.map(Number)
  const [minLng, minLat, maxLng, maxLat] = row.bbox.map(Number)
  return {
    code: row.code,
    name: row.name,
    nameEn: row.name_en,
    parentCode: row.parent_code,
    labelPoint: [lng, lat],
    bbox: [minLng, minLat, maxLng, maxLat],
  }
}

export const toDirectoryMine = (row: DirectoryMineRow): z.infer<typeof PublicDirectoryMine> => ({
  id: row.id,
  name: row.name,
  countyCode: row.county_code,
  countyName: row.county_name,
  mineral: row.mineral,
  enteredOn: row.entered_on,
  lng: row.lng,
  lat: row.lat,
})

/** A notice with the mines it lists; `open` while the period has not ended on `asOf`. */
export function toPublicNotice(
  row: NoticeRow,
  items: readonly NoticeItemRow[],
  asOf: string,
): z.infer<typeof PublicNotice> {
  return {
    id: row.id,
    level: row.level,
    regionCode: row.region_code,
    regionName: row.region_name,
    title: row.title,
    startOn: row.start_on,
    endOn: row.end_on,
    objectionChannel: row.objection_channel,
    issuer: row.issuer,
    publishedOn: row.published_on,
    open: isNoticeOpen(row, asOf),
    items: items
      .filter((i) => i.publicity_id === row.id)
      .map((i) => ({
        mineId: i.mine_id,
        mineName: i.mine_name,
        countyName: i.county_name,
        mineral: i.mineral,
        remarks: i.remarks,
        verification:
          i.verified_on === null
            ? null
            : {
                verifiedOn: i.verified_on,
                passed: Boolean(i.passed),
                total: Number(i.total),
                indicatorVersion: i.indicator_version ?? '',
              },
      })),
  }
}

/** The published facts of a draw: the commitment, the revealed draw (replayable) and the checks' results. */
export function toPublicDraw(
  row: PublishedDrawRow,
  results: readonly SpotCheckResultRow[],
): z.infer<typeof PublicDraw> {
  const draw = (row.result as SpotCheckDraw | null) ?? null
  // Draws recorded before commitments stored the population as numbers.
  const population = ((row.population as (string | number)[] | null) ?? draw?.populationIds ?? []).map(String)
  return {
    id: row.id,
    regionCode: row.region_code,
    level: row.level,
    period: row.period,
    drawnOn: row.drawn_on,
    publishedOn: row.published_on,
    committedOn: row.committed_on,
    seedHash: row.seed_hash,
    commitEntropy: row.commit_entropy,
    populationIds: population,
    inspectorIds: ((row.inspectors as (string | number)[] | null) ?? draw?.inspectorIds ?? []).map(String),
    revealedOn: row.revealed_on,
    seed: row.seed,
    algorithm: draw?.algorithm ?? null,
    populationSize: population.length,
    drawnMineIds: draw ? draw.assignments.map((a) => Number(a.mineId)) : [],
    draw,
    results: results
      .filter((r) => r.draw_id === row.id)
      .map((r) => ({
        mineId: r.mine_id,
        mineName: r.mine_name,
        checkedOn: r.checked_on,
        result: r.result,
        rectificationDeadline: r.deadline,
        recheckOn: r.recheck_on,
        recheckPassed: r.recheck_passed,
        removed: Boolean(r.removed),
      })),
  }
}

/** A notice is open on a date while its period runs and it has not been closed (as the `open` filter). */
export const isNoticeOpen = (
  row: Pick<NoticeRow, 'start_on' | 'end_on' | 'closed_on'>,
  asOf: string,
): boolean => row.start_on <= asOf && row.end_on >= asOf && (row.closed_on === null || row.closed_on > asOf)
