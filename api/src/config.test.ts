import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readConfig } from './config'

describe('readConfig', () => {
  it('gives the documented defaults for an empty environment, frozen', () => {
    const config = readConfig({})
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: undefined,
      demo: true,
      areaMaxDistanceM: 500,
      sessionHours: 12,
      trustProxy: false,
      tilesEncoder: 'auto',
      tiandituKey: '',
      backdateDays: 30,
      basemapPmtiles: '',
      httpTimeouts: { headersS: 10, requestS: 60, keepAliveS: 5 },
      publicityMinWorkingDays: 7,
      clockFile: '',
    })
    expect(Object.isFrozen(config)).toBe(true)
  })

  it('reads a test clock file in demo mode only, and refuses one that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zgm-clock-'))
    const file = join(dir, 'today')
    writeFileSync(file, '2026-10-09\n')
    try {
      expect(readConfig({ CLOCK_FILE: file }).clockFile).toBe(file)
      expect(() => readConfig({ CLOCK_FILE: file, DEMO: 'false' })).toThrow(
        /^CLOCK_FILE is a test clock: it is refused when DEMO=false$/,
      )
      expect(() => readConfig({ CLOCK_FILE: join(dir, 'missing') })).toThrow(
        /^CLOCK_FILE must name a readable file holding a date YYYY-MM-DD, got .* \(no such file\)$/,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('R3.5: reads the minimum publicity period in working days and refuses a bad one, naming it', () => {
    expect(readConfig({ PUBLICITY_MIN_WORKING_DAYS: '5' }).publicityMinWorkingDays).toBe(5)
    for (const bad of ['0', '-1', '5.5', 'seven', '61'])
      expect(() => readConfig({ PUBLICITY_MIN_WORKING_DAYS: bad })).toThrow(/PUBLICITY_MIN_WORKING_DAYS/)
  })

  it('reads every variable it is given', () => {
    const config = readConfig({
      PORT: '9000',
      SESSION_HOURS: '0.5',
      TRUST_PROXY: '1',
      TILES_ENCODER: 'js',
      DEMO: 'false',
      DATABASE_URL: 'postgres://u@db:5432/zgm',
      DATABASE_OWNER_URL: 'postgres://owner@db:5432/zgm',
      DATABASE_READ_URL: 'postgres://u@replica:5432/zgm',
    })
    expect(config).toMatchObject({
      port: 9000,
      sessionHours: 0.5,
      trustProxy: true,
      tilesEncoder: 'js',
      demo: false,
      databaseUrl: 'postgres://u@db:5432/zgm',
      databaseOwnerUrl: 'postgres://owner@db:5432/zgm',
      databaseReadUrl: 'postgres://u@replica:5432/zgm',
    })
    expect(readConfig({}).databaseReadUrl).toBeUndefined()
    expect(readConfig({ TILES_ENCODER: 'postgis' }).tilesEncoder).toBe('postgis')
    expect(readConfig({ BACKDATE_DAYS: '0' }).backdateDays).toBe(0)
    expect(readConfig({ BACKDATE_DAYS: '90' }).backdateDays).toBe(90)
    expect(
      readConfig({
        HTTP_HEADERS_TIMEOUT_S: '2',
        HTTP_REQUEST_TIMEOUT_S: '2.5',
        HTTP_KEEPALIVE_TIMEOUT_S: '1',
      }).httpTimeouts,
    ).toEqual({ headersS: 2, requestS: 2.5, keepAliveS: 1 })
  })

  it.each([
    [{ PORT: 'http' }, /^PORT must be a port number \(0–65535\), got "http"$/],
    [{ PORT: '70000' }, /PORT must be a port number .* got "70000"/],
    [{ PORT: '80.5' }, /PORT must be a port number .* got "80\.5"/],
    [{ SESSION_HOURS: '0' }, /^SESSION_HOURS must be a positive number of hours, got "0"$/],
    [{ SESSION_HOURS: '-3' }, /SESSION_HOURS must be a positive number of hours, got "-3"/],
    [{ SESSION_HOURS: 'twelve' }, /SESSION_HOURS must be a positive number of hours, got "twelve"/],
    [{ TILES_ENCODER: 'wasm' }, /^TILES_ENCODER must be js or postgis or auto, got "wasm"$/],
    [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY must be 0 or 1, got "yes"$/],
    [{ DEMO: 'no' }, /^DEMO must be true or false, got "no"$/],
    [
      { BASEMAP_PMTILES: 'base.mbtiles' },
      /^BASEMAP_PMTILES must name a \.pmtiles file, got "base\.mbtiles"$/,
    ],
    [
      { BASEMAP_PMTILES: '/nowhere/base.pmtiles' },
      /^BASEMAP_PMTILES must name a readable \.pmtiles file, got .* \(no such file\)$/,
    ],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/$/],
    [{ BACKDATE_DAYS: '-1' }, /^BACKDATE_DAYS must be a whole number of days \(0 or more\), got "-1"$/],
    [{ BACKDATE_DAYS: '7.5' }, /^BACKDATE_DAYS must be a whole number of days/],
    [{ AREA_MAX_DISTANCE_M: '-1' }, /^AREA_MAX_DISTANCE_M must be a non-negative number of metres$/],
    [{ DATABASE_OWNER_URL: 'postgres://owner@db/zgm' }, /^DATABASE_OWNER_URL needs DATABASE_URL/],
    [
      { DATABASE_URL: 'postgres://app@db/zgm', DATABASE_OWNER_URL: 'x' },
      /^DATABASE_OWNER_URL must start with postgres:/,
    ],
    [{ DATABASE_READ_URL: 'postgres://u@replica/zgm' }, /^DATABASE_READ_URL needs DATABASE_URL/],
    [
      { DATABASE_URL: 'postgres://app@db/zgm', DATABASE_READ_URL: 'replica:5432' },
      /^DATABASE_READ_URL must start with postgres:/,
    ],
    [{ HTTP_REQUEST_TIMEOUT_S: '0' }, /^HTTP_REQUEST_TIMEOUT_S must be a number of seconds .* got "0"$/],
    [
      { HTTP_HEADERS_TIMEOUT_S: 'soon' },
      /^HTTP_HEADERS_TIMEOUT_S must be a number of seconds .* got "soon"$/,
    ],
    [{ HTTP_KEEPALIVE_TIMEOUT_S: '-1' }, /^HTTP_KEEPALIVE_TIMEOUT_S must be a number of seconds/],
    [
      { HTTP_HEADERS_TIMEOUT_S: '30', HTTP_REQUEST_TIMEOUT_S: '20' },
      /^HTTP_HEADERS_TIMEOUT_S must not be larger/,
    ],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(message)
  })
})
