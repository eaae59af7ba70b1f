// The county's spot-check periods: a committed draw waits for its seed (step 2, the reveal); a
// revealed one lists the county's drawn mines with their inspectors, and each check's result is
// recorded here (a decline orders rectification with a deadline).
import { regionContains } from '@zgm/domain'
import { useState, type FormEvent } from 'react'
import { ErrorNotice } from '../../shell/error-notice'
import { useI18n } from '../../i18n/i18n'
import { type MineListItem, type PublicDraw, useRecordCheck, useRevealDraw } from './sanctions-queries'

/** Newest first; older draws are on the public results page. */
const SHOWN = 4

interface Props {
  draws: PublicDraw[]
  county: string
  mines: ReadonlyMap<number, MineListItem>
  experts: ReadonlyMap<string, string>
  csrf: string
}

export function DrawList({ draws, county, mines, experts, csrf }: Props) {
  const { t } = useI18n()
  return (
    <section className="spc-section" aria-labelledby="spc-draws">
      <h2 id="spc-draws">{t('spcDraws')}</h2>
      {draws.length === 0 && <p className="muted">{t('spcNoDraws')}</p>}
      {draws.slice(0, SHOWN).map((d) => (
        <DrawCard key={d.id} draw={d} county={county} mines={mines} experts={experts} csrf={csrf} />
      ))}
    </section>
  )
}

function DrawCard({ draw, county, mines, experts, csrf }: Omit<Props, 'draws'> & { draw: PublicDraw }) {
  const { t } = useI18n()
  const own = regionContains(county, draw.regionCode)
  const drawnHere = (draw.draw?.assignments ?? []).filter((a) => mines.has(Number(a.mineId)))
  return (
    <article className="spc-draw" aria-label={t('spcDrawLabel', { id: draw.id, period: draw.period ?? '—' })}>
      <h3>
        {draw.period ? t('spcDrawLabel', { id: draw.id, period: draw.period }) : t('spcLegacyDraw')}{' '}
        <span className="muted">{draw.regionCode}</span>
      </h3>
      <p className="muted">
        {draw.committedOn ? `${t('spcCommittedOn')} ${draw.committedOn}` : draw.drawnOn} ·{' '}
        {t('spcPopulation', { n: draw.populationSize })}
        {draw.revealedOn && ` · ${t('spcRevealedOn')} ${draw.revealedOn}`}
      </p>
      {draw.seedHash && (
        <p className="spc-hash">
          {t('spcSeedHash')}: <code>{draw.seedHash}</code>
        </p>
      )}
      {draw.seedHash && !draw.revealedOn ? (
        own ? (
          <RevealForm drawId={draw.id} csrf={csrf} />
        ) : (
          <p className="muted">{t('spcNotRevealed')}</p>
        )
      ) : drawnHere.length === 0 ? (
        <p className="muted">{t('spcNoDrawnHere')}</p>
      ) : (
        <div className="table-wrap">
          <table className="region-table compact">
            <caption>{t('spcDrawnMines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('spcMine')}</th>
                <th scope="col">{t('spcInspectors')}</th>
                <th scope="col">{t('spcResult')}</th>
              </tr>
            </thead>
            <tbody>
              {drawnHere.map((a) => {
                const mine = mines.get(Number(a.mineId))!
                const recorded = draw.results.find((r) => r.mineId === mine.id)
                return (
                  <tr key={a.mineId}>
                    <th scope="row">{mine.name}</th>
                    <td>{a.inspectorIds.map((id) => experts.get(id) ?? `#${id}`).join('、')}</td>
                    <td>
                      {recorded ? (
                        <span>
                          {recorded.checkedOn} {recorded.result === 'pass' ? t('spcPass') : t('spcDeclined')}
                          {recorded.rectificationDeadline &&
                            ` · ${t('spcDeadline')} ${recorded.rectificationDeadline}`}
                        </span>
                      ) : draw.period ? (
                        <RecordCheck mine={mine} drawId={draw.id} csrf={csrf} />
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </article>
  )
}

/** Accepts the seed itself or a line of the downloaded file (`seed=…`). */
const seedFromInput = (text: string) => {
  const line = text.split('\n').find((l) => l.trim().startsWith('seed='))
  return (line ? line.trim().slice('seed='.length) : text).trim()
}

function RevealForm({ drawId, csrf }: { drawId: number; csrf: string }) {
  const { t } = useI18n()
  const reveal = useRevealDraw()
  const [seed, setSeed] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    reveal.mutate({ csrf, id: drawId, seed: seedFromInput(seed) })
  }
  return (
    <form className="spc-form" onSubmit={submit}>
      <label>
        {t('spcRevealSeed')}
        <input value={seed} onChange={(e) => setSeed(e.target.value)} required autoComplete="off" />
      </label>
      <button type="submit" className="btn btn-primary" disabled={reveal.isPending}>
        {t('spcReveal')}
      </button>
      {reveal.error && <ErrorNotice error={reveal.error} />}
    </form>
  )
}

function RecordCheck({ mine, drawId, csrf }: { mine: MineListItem; drawId: number; csrf: string }) {
  const { t } = useI18n()
  const record = useRecordCheck()
  const [result, setResult] = useState<'pass' | 'declined'>('pass')
  const [deadline, setDeadline] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    record.mutate({
      csrf,
      mineId: mine.id,
      drawId,
      expectedVersion: mine.version,
      result,
      ...(result === 'declined' ? { deadline } : {}),
    })
  }
  return (
    <form
      className="spc-form spc-inline"
      onSubmit={submit}
      aria-label={t('spcRecordFor', { mine: mine.name })}
    >
      <label>
        {t('spcResult')}
        <select value={result} onChange={(e) => setResult(e.target.value as 'pass' | 'declined')}>
          <option value="pass">{t('spcPass')}</option>
          <option value="declined">{t('spcDeclined')}</option>
        </select>
      </label>
      {result === 'declined' && (
        <label>
          {t('spcDeadline')}
          <input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} required />
        </label>
      )}
      <button type="submit" className="btn" disabled={record.isPending}>
        {t('spcRecord')}
      </button>
      {record.error && <ErrorNotice error={record.error} />}
    </form>
  )
}
