import { expect } from 'vitest'

/** Waits for `what` to hold (polling every 50 ms, up to 5 s), then asserts that it does. */
export async function until(what: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !what(); i++) await new Promise((r) => setTimeout(r, 50))
  expect(what()).toBe(true)
}
