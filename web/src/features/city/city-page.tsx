// "/city": the city bureau's desk — the passed list reported to the province in the windows (R3.6)
// and the split of the city's targets to its counties (R2).
import type { SessionInfo } from '../../api/schemas'
import { PassedList } from './passed-list'
import { TargetSplit } from './target-split'

export function CityPage({ session }: { session: SessionInfo }) {
  const city = session.user.regionCode ?? ''
  return (
    <div className="city-page">
      <PassedList city={city} csrf={session.csrfToken} />
      <TargetSplit city={city} csrf={session.csrfToken} />
    </div>
  )
}
