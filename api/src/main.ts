import { readConfig } from './config'
import { DEMO_ACCOUNTS_TEXT } from './seed/demo-accounts'
import { startServer } from './server'

const config = readConfig()
const server = await startServer(config)
if (config.demo) console.log(DEMO_ACCOUNTS_TEXT)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)))
}
