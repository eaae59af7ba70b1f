import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration'
import type { Db } from './database'
import * as schema from './migrations/2026-11-28T0001-schema'
import * as unloggedTileCache from './migrations/2026-11-28T0002-unlogged-tile-cache'
import * as tileCacheScope from './migrations/2026-11-30T0101-tile-cache-scope'
import * as registry from './migrations/2026-11-30T0201-registry'
import * as twoClocks from './migrations/2026-11-30T0211-two-clocks'
import * as evaluation from './migrations/2026-11-30T0221-evaluation'
import * as sanctions from './migrations/2026-11-30T0231-sanctions'
import * as areaPlan from './migrations/2026-11-30T0251-area-plan'
import * as importJobs from './migrations/2026-11-30T0261-import-jobs'
import * as mineMercator from './migrations/2026-11-30T1061-mine-mercator'
import * as sitePhotos from './migrations/2026-11-30T1031-site-photos'
import * as sitePhotoIndex from './migrations/2026-11-30T1101-site-photo-position-index'
import * as notifications from './migrations/2026-11-30T1001-notifications'
import * as fieldInspections from './migrations/2026-11-30T1131-field-inspections'
import * as sitePhotoClientId from './migrations/2026-11-30T1132-site-photo-client-id'
import * as adminUnitMercator from './migrations/2026-11-30T1161-admin-unit-mercator'
import * as mineSnapshotSpans from './migrations/2026-11-30T1151-mine-snapshot-spans'
import * as countyStatsSpans from './migrations/2026-11-30T1152-county-stats-spans'
import * as spanPartialIndexes from './migrations/2026-11-30T1171-span-partial-indexes'
import * as statsNotify from './migrations/2026-11-30T1172-stats-notify'
import * as mineListOrder from './migrations/2026-11-30T1181-mine-list-order'
import * as closedSpanCovering from './migrations/2026-11-30T1191-closed-span-covering'
import * as adminOutlines from './migrations/2026-12-01T0101-admin-outlines'
import * as thinCells from './migrations/2026-12-01T0201-thin-cells'
import * as adminZoomCopies from './migrations/2026-12-01T0211-admin-zoom-copies'
import * as tileGenerations from './migrations/2026-12-01T0301-tile-generations'
import * as thinCellAttributes from './migrations/2026-12-01T0401-thin-cell-attributes'
import * as sessionNotify from './migrations/2026-12-01T2201-session-notify'
import * as auditAppend from './migrations/2026-12-01T2211-audit-append'
import * as tileBeginInvalidation from './migrations/2026-12-01T2221-tile-begin-invalidation'

// Listed statically so the migrations ship with any bundle; names are frozen timestamps.
const migrations: Record<string, Migration> = {
  '2026-11-28T0001-schema': schema,
  '2026-11-28T0002-unlogged-tile-cache': unloggedTileCache,
  '2026-11-30T0101-tile-cache-scope': tileCacheScope,
  '2026-11-30T0201-registry': registry,
  '2026-11-30T0211-two-clocks': twoClocks,
  '2026-11-30T0221-evaluation': evaluation,
  '2026-11-30T0231-sanctions': sanctions,
  '2026-11-30T0251-area-plan': areaPlan,
  '2026-11-30T0261-import-jobs': importJobs,
  '2026-11-30T1061-mine-mercator': mineMercator,
  '2026-11-30T1031-site-photos': sitePhotos,
  '2026-11-30T1101-site-photo-position-index': sitePhotoIndex,
  '2026-11-30T1001-notifications': notifications,
  '2026-11-30T1131-field-inspections': fieldInspections,
  '2026-11-30T1132-site-photo-client-id': sitePhotoClientId,
  '2026-11-30T1161-admin-unit-mercator': adminUnitMercator,
  '2026-11-30T1151-mine-snapshot-spans': mineSnapshotSpans,
  '2026-11-30T1152-county-stats-spans': countyStatsSpans,
  '2026-11-30T1171-span-partial-indexes': spanPartialIndexes,
  '2026-11-30T1172-stats-notify': statsNotify,
  '2026-11-30T1181-mine-list-order': mineListOrder,
  '2026-11-30T1191-closed-span-covering': closedSpanCovering,
  '2026-12-01T0101-admin-outlines': adminOutlines,
  '2026-12-01T0201-thin-cells': thinCells,
  '2026-12-01T0211-admin-zoom-copies': adminZoomCopies,
  '2026-12-01T0301-tile-generations': tileGenerations,
  '2026-12-01T0401-thin-cell-attributes': thinCellAttributes,
  '2026-12-01T2201-session-notify': sessionNotify,
  '2026-12-01T2211-audit-append': auditAppend,
  '2026-12-01T2221-tile-begin-invalidation': tileBeginInvalidation,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

/**
 * Applies every pending migration; throws with the failing migration's name. `schema` keeps the
 * bookkeeping table there too, so a schema never mistakes another schema's history for its own.
 */
export async function migrateToLatest(db: Db, schema?: string): Promise<string[]> {
  const { error, results } = await new Migrator({
    db,
    provider,
    // Named even for public: left unnamed, Kysely takes another schema's bookkeeping tables for
    // its own and then fails to find them (a database holding test or template schemas).
    migrationTableSchema: schema ?? 'public',
  }).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
