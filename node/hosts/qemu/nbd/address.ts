/**
 * @packageDocumentation
 * NBD server addresses as users write them (QEMU's own `unix:`/`tcp:` forms and the NBD URI
 * standard's `nbd://` and `nbd+unix://`), turned into what `net.connect` takes.
 *
 * @example
 * ```ts
 * parseAddress('nbd+unix:///vm1-disk0?socket=/run/vm1.nbd') // { connect: { path: '/run/vm1.nbd' }, exportName: 'vm1-disk0', ... }
 * ```
 */
import { NbdError } from './errors.ts'

export interface Target {
  connect: { path: string } | { host: string, port: number }
  address: string
  exportName?: string
}

/** Where `address` points: `unix:PATH`, `tcp:HOST:PORT`, `nbd://HOST[:PORT]/EXPORT`, `nbd+unix:///EXPORT?socket=PATH`. */
export function parseAddress (address: string): Target {
  const bad = (why: string): NbdError => new NbdError('ERR_NBD_BAD_ADDRESS',
    `NBD address "${address}" ${why}; use unix:PATH, tcp:HOST:PORT, nbd://HOST:PORT/EXPORT or nbd+unix:///EXPORT?socket=PATH`, { address })
  if (address.startsWith('unix:')) {
    const path = address.slice(5)
    if (path === '') throw bad('has no socket path')
    return { connect: { path }, address }
  }
  if (address.startsWith('tcp:')) {
    const rest = address.slice(4)
    const colon = rest.lastIndexOf(':')
    const host = colon > 0 ? rest.slice(0, colon).replace(/^\[(.*)\]$/, '$1') : ''
    const port = colon > 0 ? Number(rest.slice(colon + 1)) : NaN
    if (host === '' || !Number.isInteger(port) || port <= 0 || port > 65535) throw bad('needs a host and a port')
    return { connect: { host, port }, address }
  }
  if (address.startsWith('nbd://') || address.startsWith('nbd+unix://')) {
    let url: URL
    try {
      url = new URL(address)
    } catch (err) {
      throw bad(`is not a valid URI (${(err as Error).message})`)
    }
    const exportName = decodeURIComponent(url.pathname.replace(/^\//, ''))
    if (url.protocol === 'nbd+unix:') {
      const path = url.searchParams.get('socket')
      if (path === null || path === '') throw bad('has no ?socket=PATH')
      return { connect: { path }, address, exportName }
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
    if (host === '') throw bad('has no host')
    return { connect: { host, port: url.port === '' ? 10809 : Number(url.port) }, address, exportName }
  }
  throw bad('has an unknown scheme')
}
