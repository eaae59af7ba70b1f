// `npm run seed [-- --seed S] [-- --today YYYY-MM-DD]`: opens the configured database like the server
// does (migrated, with reference data) and seeds the demo data (history up to the day before `today`,
// default today) when it holds no mines yet.
import { parseArgs } from 'node:util'
import { readConfig } from '../config'
import { seedDemo } from '../seed/demo'
import { openDatabase } from '../server'

const { values } = parseArgs({ options: { seed: { type: 'string' }, today: { type: 'string' } } })
const database = await openDatabase(readConfig())
try {
  const any = await database.db.selectFrom('mine').select('id').limit(1).executeTakeFirst()
  if (any) console.log('the database already has mines: demo data not seeded')
  else await seedDemo(database.db, { seed: values.seed, today: values.today, log: console.log })
} finally {
  await database.close()
}
