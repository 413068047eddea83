/**
 * @packageDocumentation
 * Every error code node/runtime/ raises or answers to, in one place: the layer's error classes
 * take their codes from here. README.md's "Error codes" says what each means and what to do.
 *
 * ActorError and UserError (actors/errors.ts) keep a `string` code: they also carry a remote
 * actor's code from a reply envelope, and the codes roles/ raise with them.
 */

/**
 * node/runtime/actors/: the runtime's own ActorErrors, from spawning and stopping actors, asks,
 * addresses and supervision. ERR_REMOTE also stands in for a remote failure that came without a
 * code of its own.
 */
export type ActorErrorCode =
  | 'ERR_ACTOR_EXISTS'
  | 'ERR_ACTOR_STOPPED'
  | 'ERR_ASK_TIMEOUT'
  | 'ERR_BAD_ADDRESS'
  | 'ERR_BAD_MESSAGE'
  | 'ERR_ESCALATED'
  | 'ERR_NO_SUCH_ACTOR'
  | 'ERR_PEER_LEFT'
  | 'ERR_REMOTE'

/**
 * node/runtime/leases.ts: a LeaseTable misconfiguration (LeaseError). A lease request whose holder
 * is not an actor address is answered with 'ERR_BAD_ADDRESS', an ActorErrorCode.
 */
export type LeaseErrorCode = 'ERR_BAD_SLOTS'

/** every code of the layer */
export type RuntimeErrorCode = ActorErrorCode | LeaseErrorCode
