/**
 * Helpers over ActorMessage, the protobuf oneof every actor receives.
 */
import type { ActorMessage } from '../../../proto/index.ts'

/**
 * messageKind names the oneof field that is set ('leaseRequest', 'tick', ...), for logs and
 * errors. Works on plain objects and on decoded messages (whose virtual `body` names the field).
 */
export function messageKind (msg: ActorMessage): string {
  if (typeof msg?.body === 'string') return msg.body
  for (const [field, value] of Object.entries(msg ?? {})) {
    if (field !== 'body' && field !== '$unknowns' && value !== null && value !== undefined) return field
  }
  return 'empty'
}
