/**
 * @packageDocumentation
 * How a failed call of the QEMU host reads for the operator: a QMP or process failure becomes a
 * HostError with a code the proxy and manager act on (ERR_QMP_UNREACHABLE, ERR_NO_SUCH_VM when
 * QEMU went away, ERR_DISK_LOCKED, ERR_SNAPSHOT_FAILED, ERR_RELEASE_FAILED, ERR_HOST_FAILED) and a
 * message that says what to do next.
 *
 * @example
 * ```ts
 * try { await qmp.execute('transaction', { actions }) } catch (err) { throw qemuHostError(host, err, 'snapshot', 'vm1') }
 * ```
 */
import { dirname } from 'node:path'
import type { HostErrorCode } from '../error-codes.ts'
import { HostError } from '../host.ts'
import { QmpError } from './qmp.ts'

/** The host a message names: its name, its registered QMP address, its state folder. */
export interface FailureContext {
  name: string
  qmp: string
  records: { readonly folder: string }
}

/** Maps a failure to a HostError whose message tells the operator what to do. */
export function qemuHostError (host: FailureContext, err: unknown, what: string, vm?: string): HostError {
  if (err instanceof HostError) return err
  const qmp = host.qmp
  if (err instanceof QmpError) {
    if (err.code === 'ERR_QMP_UNREACHABLE') {
      return new HostError('ERR_QMP_UNREACHABLE',
        `QEMU host "${host.name}": ${err.message}. Start the QEMU process, or register the host with the QMP socket it listens on (--qmp ${qmp} is what is registered)`,
        { host: host.name, vm, cause: err })
    }
    if (err.code === 'ERR_QMP_CLOSED' || err.code === 'ERR_QMP_PROTOCOL') {
      return new HostError('ERR_NO_SUCH_VM',
        `QEMU host "${host.name}" (${qmp}) went away during ${what}${vm === undefined ? '' : ` of VM "${vm}"`} (${err.message}); check whether the VM was stopped or QEMU crashed, then retry`,
        { host: host.name, vm, cause: err })
    }
    const detail = err.errorClass === undefined ? err.message : `${err.command ?? 'QMP'}: ${err.errorClass}: ${err.desc ?? ''}`
    if (isLockError(err)) {
      return new HostError('ERR_DISK_LOCKED',
        `${what} of VM "${vm ?? ''}" on QEMU host "${host.name}" failed: an image is locked by another process (${detail}); close the other user of the image (qemu-img/qemu-nbd without -U, a second QEMU) and retry`,
        { host: host.name, vm, cause: err })
    }
    return new HostError(failureCode(what),
      `${what} of VM "${vm ?? ''}" on QEMU host "${host.name}" failed: ${detail}. Check the QEMU process's log; release any leftover snapshot and retry`,
      { host: host.name, vm, cause: err })
  }
  return new HostError(failureCode(what),
    `${what} of VM "${vm ?? ''}" on QEMU host "${host.name}" failed: ${errorText(err)}. Check free space and permissions in ${dirname(host.records.folder)}`,
    { host: host.name, vm, cause: err })
}

function failureCode (what: string): HostErrorCode {
  if (what.startsWith('snapshot')) return 'ERR_SNAPSHOT_FAILED'
  if (what.startsWith('release')) return 'ERR_RELEASE_FAILED'
  return 'ERR_HOST_FAILED'
}

/** QEMU's image locking refused us: another process holds the image (the operator must close it). */
export function isLockError (err: unknown): boolean {
  const text = err instanceof QmpError ? `${err.desc ?? ''} ${err.message}` : err instanceof Error ? err.message : ''
  return /Failed to get .*lock|another process using the image/i.test(text)
}

/** The message of a failure, with its errno-style code when the message lacks it. */
export function errorText (err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  if (err instanceof Error) return typeof code === 'string' && !err.message.includes(code) ? `${code}: ${err.message}` : err.message
  return String(err)
}
