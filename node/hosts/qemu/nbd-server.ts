/**
 * @packageDocumentation
 * The QEMU host's NBD server, which serves every snapshot's point-in-time view: where it listens
 * (`HostSpec.nbd`, by default beside the QMP socket) and starting it before the first export, or
 * finding it already running.
 *
 * @example
 * ```ts
 * const nbd = defaultNbdAddress(parseQmpAddress('unix:/run/vm1.qmp'))   // 'unix:/run/vm1.qmp.nbd'
 * await startNbd(qmp, nbd)
 * ```
 */
import { QmpError, parseQmpAddress, type QmpAddress, type QmpClient } from './qmp.ts'

/** The default NBD port for a host registered with a tcp QMP address and no NBD address. */
const NBD_PORT = 10809

/** Where the NBD server listens when the host names no address: `<QMP socket>.nbd`, or the default port on the QMP host. */
export function defaultNbdAddress (qmp: QmpAddress): string {
  return qmp.type === 'unix' ? `unix:${qmp.path}.nbd` : `tcp:${qmp.host}:${NBD_PORT}`
}

/** `unix:PATH` or `tcp:HOST:PORT`, as the QMP address is written; undefined when it is neither. */
export function parseNbd (address: string): QmpAddress | undefined {
  try {
    return parseQmpAddress(address)
  } catch {
    return undefined
  }
}

/** Starts the NBD server at `address`, or reuses the one running. */
export async function startNbd (qmp: QmpClient, address: string): Promise<void> {
  const a = parseNbd(address)!
  const addr = a.type === 'unix'
    ? { type: 'unix', data: { path: a.path } }
    : { type: 'inet', data: { host: a.host, port: String(a.port) } }
  try {
    await qmp.execute('nbd-server-start', { addr })
  } catch (err) {
    if (err instanceof QmpError && err.errorClass === 'GenericError' && /already running/i.test(err.desc ?? '')) return
    throw err
  }
}
