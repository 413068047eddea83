/**
 * @packageDocumentation
 * The admin protocol's codecs alone (proto/gen/admin.js: the messages an AdminRequest and an
 * AdminReply reach, two thirds of proto/index.ts's): what the CLI loads to talk to its daemon.
 * The messages are the same on the wire; their types are proto/index.ts's. The module is made
 * light for a fast CLI start (see proto/generate.ts): it has its own copy of protobufjs's
 * runtime, with 64-bit fields as numbers like proto/numbers.ts makes them, and no fromObject.
 *
 * @example
 * ```ts
 * import { adminPb } from '../proto/admin-codec.ts'
 * const bytes = adminPb.AdminRequest.encode({ status: {} }).finish()
 * ```
 */
import { meshbackup } from './gen/admin.js'

export const adminPb = meshbackup
