/**
 * @packageDocumentation
 * The daemon's logger: pino (JSON lines) behind the small Logger interface the actors use.
 * Levels are pino's: trace, debug, info, warn, error (node/daemon/config.ts LOG_LEVELS); the daemon
 * picks one from `--log-level`, MESHBACKUP_LOG or config.json's "logLevel" (default info).
 */
import { pino } from 'pino'
import type { Logger } from '../core/logger.ts'
import { parseLogLevel } from './config.ts'

export function createLogger (options: { level?: string, name?: string, destination?: number } = {}): Logger {
  const env = process.env.MESHBACKUP_LOG
  const level = options.level != null
    ? parseLogLevel(options.level, 'log level')
    : env != null && env !== '' ? parseLogLevel(env, 'MESHBACKUP_LOG') : 'info'
  const base = pino({ level, name: options.name }, pino.destination(options.destination ?? 1))
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (msg: string, fields?: Record<string, unknown>) => {
    if (fields == null) base[level](msg)
    else base[level](fields, msg)
  }
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}
