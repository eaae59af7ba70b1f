// `npm run migrate`: applies pending migrations (the server also does this at start).
import { readConfig } from '../config'
import { openDatabase } from '../server'

const database = await openDatabase(readConfig())
await database.close()
