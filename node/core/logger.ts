/**
 * The logging surface the actor runtime (and everything built on it) writes to. Deliberately
 * tiny so the daemon can adapt pino to it and tests can capture or silence it.
 *
 * @example
 * ```ts
 * const log = withFields(silentLogger, { actor: 'peer/scheduler' })
 * log.info('placed task', { taskId: 't-1' })
 * ```
 */

/** Logger writes one structured line per call; `fields` are merged into the line. */
export interface Logger {
  debug: (msg: string, fields?: Record<string, unknown>) => void
  info: (msg: string, fields?: Record<string, unknown>) => void
  warn: (msg: string, fields?: Record<string, unknown>) => void
  error: (msg: string, fields?: Record<string, unknown>) => void
}

const nothing = (): void => {}

/** silentLogger drops everything: the default when no logger is given. */
export const silentLogger: Logger = { debug: nothing, info: nothing, warn: nothing, error: nothing }

/** withFields returns a logger that adds `fields` to every line written through it. */
export function withFields (log: Logger, fields: Record<string, unknown>): Logger {
  return {
    debug: (msg, more) => log.debug(msg, { ...fields, ...more }),
    info: (msg, more) => log.info(msg, { ...fields, ...more }),
    warn: (msg, more) => log.warn(msg, { ...fields, ...more }),
    error: (msg, more) => log.error(msg, { ...fields, ...more })
  }
}
