/**
 * @packageDocumentation
 * Typed errors of guest processing. `ERR_GUEST_PROCESSING` is the one the manager acts on: the
 * job requires guest processing and it failed, so the VM fails; its message names the VM, the
 * script, the exit code and the end of the script's stderr. The other codes describe why one
 * channel could not be used; guest processing turns them into log lines and falls back.
 *
 * @example
 * ```ts
 * try { await guest.preFreeze() } catch (err) {
 *   if (err instanceof GuestError && err.code === 'ERR_GUEST_PROCESSING') failVm(vm, err.message)
 * }
 * ```
 */
import { CodedError } from '../../../node/core/errors.ts'
import type { GuestErrorCode } from '../error-codes.ts'

/** A guest processing failure; `vm`, `script`, `exitCode`, `stderrTail` say what failed where known. */
export class GuestError extends CodedError<GuestErrorCode> {
  readonly vm: string
  readonly script: string
  readonly exitCode: number | null
  readonly stderrTail: string
  /** The session's log up to the failure, so that the manager can record why. */
  readonly log: string[]

  constructor (code: GuestErrorCode, message: string, details: {
    vm?: string, script?: string, exitCode?: number | null, stderrTail?: string, log?: string[], cause?: unknown
  } = {}) {
    super(code, message, { cause: details.cause })
    this.vm = details.vm ?? ''
    this.script = details.script ?? ''
    this.exitCode = details.exitCode ?? null
    this.stderrTail = details.stderrTail ?? ''
    this.log = details.log ?? []
  }
}
