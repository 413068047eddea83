/**
 * @packageDocumentation
 * A recovery's NBD export address ("unix:PATH" or "HOST:PORT", as QMP addresses are written) in
 * the forms QEMU takes: a blockdev `server`, and whether it answers.
 */
import { createConnection } from 'node:net'
import { parseQmpAddress } from '../qemu/qmp.ts'

/** The `server` of an `nbd` blockdev. */
export function nbdServer (address: string): Record<string, string> {
  const a = parseQmpAddress(address)
  return a.type === 'unix' ? { type: 'unix', path: a.path } : { type: 'inet', host: a.host, port: String(a.port) }
}

/** Whether the NBD server at `address` accepts a connection (within 2 s). */
export async function reachable (address: string): Promise<boolean> {
  const a = parseQmpAddress(address)
  return await new Promise(resolve => {
    const socket = a.type === 'unix' ? createConnection(a.path) : createConnection(a.port, a.host)
    const timer = setTimeout(() => { socket.destroy(); resolve(false) }, 2000)
    socket.once('connect', () => { clearTimeout(timer); socket.destroy(); resolve(true) })
    socket.once('error', () => { clearTimeout(timer); resolve(false) })
  })
}
