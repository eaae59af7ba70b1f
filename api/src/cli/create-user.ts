// npm run user:create -- --username u --role county --region 330522 [--display-name …] [--organization-id N]
// The password comes from ZGM_PASSWORD or is asked for on the terminal without echo.
import { parseArgs } from 'node:util'
import { createInterface } from 'node:readline'
import { createAccount } from '../auth/create-account'
import { MIN_PASSWORD_LENGTH } from '../auth/password-policy'
import { USER_ROLES } from '../auth/roles'
import { readConfig } from '../config'
import { HttpError } from '../http/errors'
import { openDatabase } from '../server'

const USAGE = `usage: npm run user:create -- --username NAME --role ROLE [--region CODE] [--display-name TEXT] [--organization-id N]
  roles: ${USER_ROLES.join(', ')}
  county, city, province, leader and planner users need --region; enterprise and evaluator users need --organization-id
  password: from ZGM_PASSWORD, else asked for on the terminal`

/** An expected refusal: its message is enough, no stack trace. */
class Refusal extends Error {}
/** A mistake in the command line: the usage is printed with it. */
class UsageError extends Refusal {}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      'display-name': { type: 'string' },
      'organization-id': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) return null
  if (!values.username) throw new UsageError('--username is required')
  if (!values.role) throw new UsageError('--role is required')
  const orgText = values['organization-id']
  const organizationId = orgText === undefined ? null : Number(orgText)
  if (organizationId !== null && !(Number.isInteger(organizationId) && organizationId > 0)) {
    throw new UsageError(`--organization-id must be a positive integer, got "${orgText}"`)
  }
  return {
    username: values.username,
    role: values.role,
    regionCode: values.region ?? null,
    displayName: values['display-name'],
    organizationId,
  }
}

/** Reads one line from the terminal with echo off (or from a pipe as is). */
async function readHidden(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY })
  const echo = rl as unknown as { _writeToOutput(s: string): void }
  let prompting = true
  echo._writeToOutput = (s) => {
    if (prompting) process.stderr.write(s)
  }
  try {
    return await new Promise<string>((resolve, reject) => {
      rl.question(prompt, resolve)
      prompting = false
      rl.once('close', () => reject(new Refusal('no password given')))
    })
  } finally {
    process.stderr.write('\n')
    rl.close()
  }
}

// ZGM_PASSWORD stands in for this prompt only (scripted account creation); the server never reads it,
// so it stays here rather than in readConfig.
async function readPassword(): Promise<string> {
  if (process.env.ZGM_PASSWORD) return process.env.ZGM_PASSWORD
  const password = await readHidden('password: ')
  if (process.stdin.isTTY && password.length >= MIN_PASSWORD_LENGTH) {
    if ((await readHidden('again: ')) !== password) throw new Refusal('the passwords do not match')
  }
  return password
}

async function main() {
  const args = parse(process.argv.slice(2))
  if (!args) return console.log(USAGE)
  const password = await readPassword()
  const database = await openDatabase(readConfig(), () => {})
  try {
    const user = await createAccount(database.db, { ...args, password })
    const scope = user.regionCode ?? `organization ${user.organizationId}`
    console.log(`created user #${user.id} ${user.username} (${user.role}, ${scope})`)
  } finally {
    await database.close()
  }
}

main().catch((err: Error) => {
  console.error(`user:create: ${err.message}`)
  const badArgs = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  if (badArgs) console.error(USAGE)
  else if (!(err instanceof Refusal || err instanceof HttpError)) console.error(err.stack)
  process.exitCode = 1
})
