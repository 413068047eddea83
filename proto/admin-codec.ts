/**
 * @packageDocumentation
 * The admin protocol's codecs alone (proto/gen/admin.js: the messages an AdminRequest and an
 * AdminReply reach, two thirds of proto/index.ts's): what the CLI loads to talk to its daemon.
 * The messages are the same on the wire; their types are proto/index.ts's.
 *
 * @example
 * ```ts
 * import { adminPb } from '../proto/admin-codec.ts'
 * const bytes = adminPb.AdminRequest.encode({ status: {} }).finish()
 * ```
 */
import './numbers.ts'
import { meshbackup } from './gen/admin.js'

export const adminPb = meshbackup
