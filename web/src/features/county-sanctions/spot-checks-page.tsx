// "/county/spot-checks": the county bureau's 双随机 desk — commit a period's draw, reveal it, record
// each check, follow the rectification orders to the re-check (R6).
import { useMemo } from 'react'
import { Link } from '../../router'
import { QueryState } from '../../shell/query-state'
import { useI18n } from '../../i18n/i18n'
import { todayIso } from '../../state/dates'
import type { SessionInfo } from '../../api/schemas'
import { CommitDraw } from './commit-draw'
import { DrawList } from './draw-list'
import { RectificationOrders } from './rectification-orders'
import {
  type MineListItem,
  type PublicDraw,
  useCountyMines,
  useDraws,
  useExpertNames,
} from './sanctions-queries'
import { drawsFor, rectificationOrders } from './spot-check-model'

export function SpotChecksPage({ session }: { session: SessionInfo }) {
  const { t } = useI18n()
  const county = session.user.regionCode ?? ''
  const draws = useDraws()
  const mines = useCountyMines(county)
  const names = useExpertNames()
  const both = {
    data: draws.data && mines.data ? { draws: draws.data, mines: mines.data } : undefined,
    error: draws.error ?? mines.error,
    refetch: () => Promise.all([draws.refetch(), mines.refetch()]),
  }
  return (
    <div className="spc-page">
      <p>
        {t('spcLead')} <Link href="/public">{t('spcPublicLink')}</Link>
      </p>
      <CommitDraw regionCode={county} csrf={session.csrfToken} />
      <QueryState query={both}>
        {({ draws: list, mines: mineList }) => (
          <Loaded
            county={county}
            draws={list.items}
            mines={mineList.items}
            experts={names.data?.experts ?? new Map()}
            agencies={names.data?.agencies ?? new Map()}
            csrf={session.csrfToken}
          />
        )}
      </QueryState>
    </div>
  )
}

function Loaded(props: {
  county: string
  draws: PublicDraw[]
  mines: MineListItem[]
  experts: ReadonlyMap<string, string>
  agencies: ReadonlyMap<string, string>
  csrf: string
}) {
  const { county, draws, experts, agencies, csrf } = props
  const mines = useMemo(() => new Map(props.mines.map((m) => [m.id, m])), [props.mines])
  const mine = useMemo(() => drawsFor(draws, county), [draws, county])
  const orders = useMemo(() => rectificationOrders(mine, new Set(mines.keys()), todayIso()), [mine, mines])
  return (
    <>
      <DrawList draws={mine} county={county} mines={mines} experts={experts} csrf={csrf} />
      <RectificationOrders orders={orders} agencies={agencies} csrf={csrf} />
    </>
  )
}
