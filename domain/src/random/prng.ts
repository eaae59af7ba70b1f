// §4.4 双随机: a small, published, deterministic random source so any draw can be re-run from its seed.
// The one PRNG of the platform: draws and evaluator picks use `createRng`, the demo generator `SeededRandom`.

/** xmur3 string hash: turns a seed string into 32-bit integers. */
function xmur3(seed: string): () => number {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507)
    h = Math.imul(h ^ (h >>> 13), 3266489909)
    return (h ^= h >>> 16) >>> 0
  }
}

/** mulberry32: uniform floats in [0, 1) from a 32-bit state. */
function mulberry32(state: number): () => number {
  let a = state >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Rng = () => number

/** The same seed always gives the same sequence. */
export function createRng(seed: string): Rng {
  return mulberry32(xmur3(seed)())
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

export const PRNG_ALGORITHM = 'xmur3+mulberry32, Fisher-Yates'

/**
 * A seeded stream with the helpers the demo generator needs, drawing from `createRng(seed)`: the
 * same seed always gives the same data. No Math.random.
 */
export class SeededRandom {
  /** Uniform in [0, 1). */
  readonly next: Rng

  constructor(readonly seed: string) {
    this.next = createRng(seed)
  }

  /** An independent stream for one part of the generator, so parts do not disturb each other. */
  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.seed}/${label}`)
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next()
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** One of `items`, with probability proportional to `weight(item)`. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0)
    let r = this.next() * total
    for (const item of items) {
      r -= weight(item)
      if (r < 0) return item
    }
    return items[items.length - 1] as T
  }

  shuffle<T>(items: readonly T[]): T[] {
    return shuffle(items, this.next)
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  /** Short hex token, e.g. for lottery seeds and references. */
  token(length = 8): string {
    let out = ''
    while (out.length < length) out += Math.floor(this.next() * 16).toString(16)
    return out
  }
}
