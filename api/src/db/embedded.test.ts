import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgis, type EmbeddedPostgis } from './embedded'

describe('the embedded PostGIS is reachable by the server’s own OS user only', () => {
  let embedded: EmbeddedPostgis
  beforeAll(async () => {
    embedded = await startEmbeddedPostgis()
  }, 60_000)
  afterAll(() => embedded?.stop())

  it('listens on a 0600 Unix socket in a 0700 directory, on no TCP port', () => {
    expect(statSync(embedded.socketPath).isSocket()).toBe(true)
    expect(statSync(embedded.socketPath).mode & 0o777).toBe(0o600)
    expect(statSync(dirname(embedded.socketPath)).mode & 0o777).toBe(0o700)
    expect(embedded.url).not.toMatch(/@[^/]*:\d+/)
  })

  it('answers queries through the socket with the URL it gives', async () => {
    const client = new pg.Client(embedded.url)
    await client.connect()
    const { rows } = await client.query('select postgis_lib_version() as v')
    expect(rows[0].v).toMatch(/^3\./)
    await client.end()
  })
})
