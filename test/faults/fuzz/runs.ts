/**
 * How hard the fuzz tests push: a few thousand cases per decoder in `npm test`, a hundred
 * thousand under `npm run faults` (FAULTS=long). FUZZ_SEED replays a failure: fast-check prints
 * the seed and the counterexample's path when a property fails; run again with
 * `FUZZ_SEED=<seed>` (and the same FAULTS) to get the same cases.
 */
import fc from 'fast-check'

export const LONG = process.env.FAULTS === 'long'

const fixedSeed = process.env.FUZZ_SEED === undefined || process.env.FUZZ_SEED === ''
  ? undefined
  : Number(process.env.FUZZ_SEED)
if (fixedSeed !== undefined && !Number.isSafeInteger(fixedSeed)) throw new Error(`FUZZ_SEED must be an integer, got ${process.env.FUZZ_SEED}`)

/** One seed per test process, printed once so that a failing run can be replayed. */
export const SEED = fixedSeed ?? (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0
console.log(`      fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED}${LONG ? ' FAULTS=long' : ''})`)

/**
 * fast-check parameters for one property: `short` cases in `npm test`, `long` (default 100,000)
 * under FAULTS=long. Properties that cost a socket or a file per case pass smaller numbers.
 */
export function runs (short: number, long = 100_000): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: LONG ? long : short }
}

/** Mocha timeout for a property of `short`/`long` cases costing about `msPerCase` each. */
export function budgetMs (short: number, msPerCase: number, long = 100_000): number {
  return 30_000 + (LONG ? long : short) * msPerCase * 4
}

/** Fails unless `work` settles within `ms`: a decoder must never hang on any input. */
export async function within<T> (ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(new Error(`${what} did not settle within ${ms} ms: it hangs on this input`)) }, ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
