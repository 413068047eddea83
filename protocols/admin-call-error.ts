/**
 * @packageDocumentation
 * What both ways of an admin call share (the libp2p admin protocol, and the local admin socket
 * of node/daemon/admin-socket.ts): the daemon turns a failed request into an error reply, and the
 * caller turns an error reply into an AdminCallError. Its own file so the CLI's socket path uses
 * it without loading libp2p (it imports types only, and the error base class).
 */
import type { AdminReply, AdminRequest, Progress } from '../proto/index.ts'
import { CodedError } from '../node/core/errors.ts'

/** An admin call the daemon refused or could not answer. */
export class AdminCallError extends CodedError {}

/** The handler's reply to `request`; a handler that throws answers with its code and message. */
export async function answerAdmin (handler: (request: AdminRequest, progress: (p: Progress) => Promise<void>) => Promise<AdminReply>, request: AdminRequest, progress: (p: Progress) => Promise<void>): Promise<AdminReply> {
  try {
    return await handler(request, progress)
  } catch (err: any) {
    return { error: { code: err.code ?? 'ERR_INTERNAL', message: err.message ?? String(err) } }
  }
}

/** The error a caller raises for an error reply. */
export function adminReplyError (error: NonNullable<AdminReply['error']>): AdminCallError {
  return new AdminCallError(error.code || 'ERR_ADMIN', error.message || 'failed')
}
