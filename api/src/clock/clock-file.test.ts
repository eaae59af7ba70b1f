import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setBusinessClock, todayInZhejiang } from '@zgm/domain'
import { afterEach, describe, expect, it } from 'vitest'
import { installClockFile } from './clock-file'

describe('the test clock file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zgm-clock-'))
  const file = join(dir, 'today')
  afterEach(() => setBusinessClock(null))

  it('makes its date today for every rule, and moves when the file is rewritten', () => {
    writeFileSync(file, '2026-04-10\n')
    expect(installClockFile(file)).toBe('2026-04-10')
    expect(todayInZhejiang()).toBe('2026-04-10')
    writeFileSync(file, '2026-10-20')
    expect(todayInZhejiang()).toBe('2026-10-20')
    // A date given explicitly is converted as before: the clock only replaces "now".
    expect(todayInZhejiang(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12-01')
  })

  it('refuses a file that does not hold a date, at start and when rewritten badly', () => {
    writeFileSync(file, 'tomorrow')
    expect(() => installClockFile(file)).toThrow(/CLOCK_FILE .* must hold a date YYYY-MM-DD, got "tomorrow"/)
    writeFileSync(file, '2026-02-01')
    installClockFile(file)
    writeFileSync(file, '2026-02-30')
    expect(() => todayInZhejiang()).toThrow(/must hold a date/)
  })

  it('leaves the real date when no clock is set', () => {
    setBusinessClock(null)
    expect(todayInZhejiang()).toBe(todayInZhejiang(new Date()))
    rmSync(dir, { recursive: true, force: true })
  })
})
