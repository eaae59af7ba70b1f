/**
 * Generates the demo data in memory (no database) and prints what it holds:
 *
 *   npx tsx scripts/generate-demo.ts [--seed S] [--today YYYY-MM-DD] [--out file.json]
 *
 * Prints the progress line, the row count of every table, per city the 2017 counts and the
 * directory entries and entry rates at the end of 2018, 2019 and 2020, and province-wide figures at
 * each later year end and the day before today; --out writes the rows as JSON.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  DEFAULT_SEED,
  formatByDate,
  formatSummary,
  generateDemo,
  provinceByDate,
  summarize,
  tableCounts,
} from '../api/src/seed/demo/index'
import { readAnnex } from '../api/src/seed/reference'

const { values } = parseArgs({
  options: { seed: { type: 'string' }, today: { type: 'string' }, out: { type: 'string' } },
})
const seed = values.seed ?? DEFAULT_SEED
const t0 = performance.now()
const data = generateDemo(seed, { today: values.today })
const seconds = ((performance.now() - t0) / 1000).toFixed(1)
const counts = tableCounts(data)
console.log(
  `generating demo data (seed "${seed}", today ${data.today}): ${counts.mine} mines, ${counts.mine_event} events, ${counts.mine_area} areas … ${seconds} s`,
)
console.log(
  Object.entries(counts)
    .map(([table, n]) => `  ${table.padEnd(22)} ${String(n).padStart(6)}`)
    .join('\n'),
)
console.log(`\n${formatSummary(summarize(data, readAnnex()))}`)
console.log(`\n${formatByDate(provinceByDate(data))}`)
if (values.out) {
  writeFileSync(values.out, JSON.stringify(data))
  console.log(`\nwritten to ${values.out}`)
}
