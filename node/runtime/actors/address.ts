/**
 * Actor addresses: `peerId/name`, a child's name nesting under its parent's
 * (`12D3KooW.../manager/session-7/task-2`). The peer id comes first, so routing a message is
 * one split: local when it is our peer id, through the remote transport otherwise.
 */
import { ActorError } from './errors.ts'

/** Address names one actor anywhere in the mesh: `${peerId}/${name}`. */
export type Address = string

/** address builds the address of actor `name` on `peerId`; throws ERR_BAD_ADDRESS. */
export function address (peerId: string, name: string): Address {
  const a = `${peerId}/${name}`
  parseAddress(a)
  return a
}

/** parseAddress splits an address at its first '/'; throws ActorError ERR_BAD_ADDRESS. */
export function parseAddress (a: Address): { peerId: string, name: string } {
  const slash = typeof a === 'string' ? a.indexOf('/') : -1
  const peerId = slash > 0 ? a.slice(0, slash) : ''
  const name = slash > 0 ? a.slice(slash + 1) : ''
  if (peerId === '' || name === '' || name.split('/').includes('')) {
    throw new ActorError('ERR_BAD_ADDRESS', `"${String(a)}" is not an actor address: expected peerId/name, e.g. 12D3KooW.../scheduler`)
  }
  return { peerId, name }
}

/** checkName rejects a name that cannot be one segment of an address ('$' is kept for the runtime). */
export function checkName (name: string): void {
  if (typeof name !== 'string' || name === '' || name.includes('/') || name.startsWith('$')) {
    throw new ActorError('ERR_BAD_ADDRESS', `"${String(name)}" is not an actor name: use a non-empty name without "/" that does not start with "$"`)
  }
}
