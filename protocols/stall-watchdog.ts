/**
 * @packageDocumentation
 * A watchdog for a transfer that may stop moving without failing: a peer frozen (SIGSTOP, a hung
 * host) keeps its connection open, and a read of it waits forever. Every sign of progress pushes
 * the deadline back; when none comes for `ms`, the signal aborts with the caller's error.
 *
 * @example
 * ```ts
 * const dog = stallWatchdog(30_000, () => new RestoreError('ERR_RESTORE_STALLED', 'no progress for 30 s'))
 * stream.on('data', () => dog.moved())
 * dog.signal.addEventListener('abort', () => stream.destroy(dog.signal.reason))
 * dog.stop()
 * ```
 */
export interface StallWatchdog {
  /** aborts, with the error `stalled` made, once nothing moved for the watchdog's time */
  readonly signal: AbortSignal
  /** progress: the deadline starts again */
  moved(): void
  /** the transfer ended: the signal never aborts */
  stop(): void
}

export function stallWatchdog (ms: number, stalled: () => Error): StallWatchdog {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const arm = (): void => {
    clearTimeout(timer)
    if (stopped || controller.signal.aborted) return
    timer = setTimeout(() => controller.abort(stalled()), ms)
    // a watchdog alone keeps no process alive
    timer.unref()
  }
  arm()
  return {
    signal: controller.signal,
    moved: arm,
    stop () {
      stopped = true
      clearTimeout(timer)
    }
  }
}
