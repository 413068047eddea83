/**
 * @packageDocumentation
 * Seeded randomness for the simulator: a small PRNG (mulberry32) and the distributions a
 * scenario names. Nothing in sim/ calls Math.random, so a seed gives the same run every time.
 *
 * @example
 * ```ts
 * const rng = prng(42)
 * sample({ dist: 'lognormal', median: 60, sigma: 0.8 }, rng)   // a disk size in GiB
 * ```
 */

/** A uniform number in [0, 1). */
export type Rng = () => number

/** A number, or a distribution to draw one from. */
export type Dist =
  | number
  | { dist: 'const', value: number }
  | { dist: 'uniform', min: number, max: number }
  | { dist: 'normal', mean: number, sd: number, min?: number, max?: number }
  | { dist: 'lognormal', median: number, sigma: number, min?: number, max?: number }
  | { dist: 'choice', values: number[], weights?: number[] }

export function prng (seed: number): Rng {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An independent stream for one purpose, so drawing more in one place does not shift another. */
export function stream (seed: number, purpose: string): Rng {
  let h = seed >>> 0
  for (let i = 0; i < purpose.length; i++) h = Math.imul(h ^ purpose.charCodeAt(i), 0x01000193) >>> 0
  return prng(h)
}

function gaussian (rng: Rng): number {
  const u = 1 - rng()
  const v = rng()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

const clamp = (x: number, min = -Infinity, max = Infinity): number => Math.min(max, Math.max(min, x))

export function sample (d: Dist, rng: Rng): number {
  if (typeof d === 'number') return d
  switch (d.dist) {
    case 'const': return d.value
    case 'uniform': return d.min + (d.max - d.min) * rng()
    case 'normal': return clamp(d.mean + d.sd * gaussian(rng), d.min, d.max)
    case 'lognormal': return clamp(d.median * Math.exp(d.sigma * gaussian(rng)), d.min, d.max)
    case 'choice': {
      const weights = d.weights ?? d.values.map(() => 1)
      let x = rng() * weights.reduce((a, b) => a + b, 0)
      for (let i = 0; i < d.values.length; i++) {
        x -= weights[i] ?? 0
        if (x < 0) return d.values[i] as number
      }
      return d.values[d.values.length - 1] as number
    }
  }
}

/** The reason a distribution is malformed, or undefined. */
export function distProblem (d: unknown): string | undefined {
  if (typeof d === 'number') return Number.isFinite(d) ? undefined : 'is not a finite number'
  if (d == null || typeof d !== 'object') return 'must be a number or { dist: ... }'
  const o = d as Record<string, unknown>
  const nums = (...keys: string[]): string | undefined => {
    for (const k of keys) if (typeof o[k] !== 'number' || !Number.isFinite(o[k])) return `needs a number '${k}'`
    return undefined
  }
  switch (o.dist) {
    case 'const': return nums('value')
    case 'uniform': return nums('min', 'max') ?? ((o.min as number) > (o.max as number) ? 'has min > max' : undefined)
    case 'normal': return nums('mean', 'sd')
    case 'lognormal': return nums('median', 'sigma')
    case 'choice': return Array.isArray(o.values) && o.values.length > 0 && o.values.every((v) => typeof v === 'number') ? undefined : "needs a non-empty 'values' list of numbers"
    default: return `has unknown dist '${String(o.dist)}' (const, uniform, normal, lognormal, choice)`
  }
}
