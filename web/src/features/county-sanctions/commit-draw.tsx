// Step 1 of a period's draw: the seed is made here, in the browser; only its SHA-256 goes to the
// server, which publishes it with the population and the inspector pool. The seed is shown once.
import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { ErrorNotice } from '../../shell/error-notice'
import { useI18n } from '../../i18n/i18n'
import { todayIso } from '../../state/dates'
import { useCommitDraw } from './sanctions-queries'
import { halfYearOf, newSeed, seedFile, seedHashOf } from './spot-check-model'

interface Kept {
  id: number
  period: string
  seed: string
  seedHash: string
  mines: number
  inspectors: number
}

export function CommitDraw({ regionCode, csrf }: { regionCode: string; csrf: string }) {
  const { t } = useI18n()
  const commit = useCommitDraw()
  const [period, setPeriod] = useState(() => halfYearOf(todayIso()))
  const [sizeKind, setSizeKind] = useState<'count' | 'ratio'>('count')
  const [count, setCount] = useState('1')
  const [ratio, setRatio] = useState('0.1')
  const [kept, setKept] = useState<Kept | null>(null)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const seed = newSeed()
    const seedHash = seedHashOf(seed)
    const size = sizeKind === 'count' ? { count: Number(count) } : { ratio: Number(ratio) }
    commit.mutate(
      { csrf, regionCode, period: period.trim(), seedHash, size },
      {
        onSuccess: (c) =>
          setKept({
            id: c.id,
            period: period.trim(),
            seed,
            seedHash,
            mines: c.populationIds.length,
            inspectors: c.inspectorIds.length,
          }),
      },
    )
  }

  return (
    <section className="spc-section" aria-labelledby="spc-commit">
      <h2 id="spc-commit">{t('spcCommitHeading')}</h2>
      <form className="spc-form" onSubmit={submit}>
        <label>
          {t('spcPeriod')}
          <input
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            required
            maxLength={10}
            aria-describedby="spc-period-hint"
          />
        </label>
        <span id="spc-period-hint" className="muted">
          {t('spcPeriodHint')}
        </span>
        <fieldset>
          <legend>{t('spcSizeKind')}</legend>
          <label>
            <input type="radio" checked={sizeKind === 'count'} onChange={() => setSizeKind('count')} />
            {t('spcByCount')}
          </label>
          <label>
            <input type="radio" checked={sizeKind === 'ratio'} onChange={() => setSizeKind('ratio')} />
            {t('spcByRatio')}
          </label>
        </fieldset>
        {sizeKind === 'count' ? (
          <label>
            {t('spcCount')}
            <input
              type="number"
              min={1}
              step={1}
              value={count}
              onChange={(e) => setCount(e.target.value)}
              required
            />
          </label>
        ) : (
          <label>
            {t('spcRatio')}
            <input
              type="number"
              min={0.01}
              max={1}
              step={0.01}
              value={ratio}
              onChange={(e) => setRatio(e.target.value)}
              required
            />
          </label>
        )}
        <button type="submit" className="btn btn-primary" disabled={commit.isPending}>
          {t('spcCommit')}
        </button>
      </form>
      {commit.error && <ErrorNotice error={commit.error} />}
      {kept && <SeedToKeep kept={kept} regionCode={regionCode} />}
    </section>
  )
}

function SeedToKeep({ kept, regionCode }: { kept: Kept; regionCode: string }) {
  const { t } = useI18n()
  const [copied, setCopied] = useState(false)
  const href = useMemo(
    () =>
      URL.createObjectURL(
        new Blob([seedFile({ regionCode, period: kept.period, seed: kept.seed, seedHash: kept.seedHash })], {
          type: 'text/plain;charset=utf-8',
        }),
      ),
    [kept, regionCode],
  )
  useEffect(() => () => URL.revokeObjectURL(href), [href])
  const copy = () => {
    void navigator.clipboard?.writeText(kept.seed).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }
  return (
    <div className="spc-seed" role="status">
      <p>{t('spcCommitted', { id: kept.id, mines: kept.mines, inspectors: kept.inspectors })}</p>
      <p className="spc-warning">
        <strong>{t('spcSeedWarning')}</strong>
      </p>
      <label>
        {t('spcSeed')}
        <input readOnly value={kept.seed} data-testid="spc-seed" onFocus={(e) => e.target.select()} />
      </label>
      <p className="spc-hash">
        {t('spcSeedHash')}: <code>{kept.seedHash}</code>
      </p>
      <a className="btn" href={href} download={`spot-check-seed-${regionCode}-${kept.period}.txt`}>
        {t('spcDownloadSeed')}
      </a>{' '}
      <button type="button" className="btn" onClick={copy}>
        {t('spcCopySeed')}
      </button>
      {copied && <span className="saved-note"> {t('spcSeedCopied')}</span>}
    </div>
  )
}
