/**
 * @packageDocumentation
 * The error of an admin call the daemon refused or could not answer, whichever way the call went
 * (the libp2p admin protocol, or the local admin socket of node/daemon/admin-socket.ts). Its own
 * file so the CLI's socket path can raise it without loading libp2p.
 */
import { CodedError } from '../node/core/errors.ts'

/** An admin call the daemon refused or could not answer. */
export class AdminCallError extends CodedError {}
