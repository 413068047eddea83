/**
 * @packageDocumentation
 * How long a check of the configuration still waits for a node to show up in the capacity view
 * before it says there is none. Right after the manager starts, the view may not yet hold every
 * node's announcement, and right after a host is registered no proxy has probed it yet: within
 * `timeoutMs` of either, a check waits; later a missing node is missing, and the check answers at
 * once instead of holding the manager's mailbox.
 *
 * @example
 * ```ts
 * const window = new DiscoveryWindow(15_000)
 * window.open('lab')                       // host "lab" was just registered
 * await waitForNodes(capacity, pick, window.remaining('lab'), failure)
 * ```
 */
export class DiscoveryWindow {
  readonly timeoutMs: number
  readonly #now: () => number
  readonly #started: number
  readonly #opened = new Map<string, number>()

  constructor (timeoutMs: number, now: () => number = Date.now) {
    this.timeoutMs = timeoutMs
    this.#now = now
    this.#started = now()
  }

  /** Starts the wait again for one subject, e.g. a host that was just registered. */
  open (subject: string): void {
    this.#opened.set(subject, this.#now())
  }

  /** ms left to wait for the view at large, or for `subject` when given; 0 when the wait is over. */
  remaining (subject?: string): number {
    const since = Math.max(this.#started, subject == null ? 0 : this.#opened.get(subject) ?? 0)
    return Math.max(0, since + this.timeoutMs - this.#now())
  }
}
