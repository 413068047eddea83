/**
 * @packageDocumentation
 * The daemon's logger: pino (JSON lines) behind the small Logger interface the actors use.
 */
import { pino } from 'pino'
import type { Logger } from './actors/logger.ts'

export function createLogger (options: { level?: string, name?: string, destination?: number } = {}): Logger {
  const base = pino({ level: options.level ?? process.env.MESHBACKUP_LOG ?? 'info', name: options.name }, pino.destination(options.destination ?? 1))
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (msg: string, fields?: Record<string, unknown>) => {
    if (fields == null) base[level](msg)
    else base[level](fields, msg)
  }
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }
}
