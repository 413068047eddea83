/**
 * @packageDocumentation
 * Every error code roles/scheduler/ raises or answers to, in one place: the role's error classes
 * take their codes from here. README.md's "Error codes" says what each means and what to do.
 * The scheduler refuses little: a task it cannot place is answered with PlacementFailed, not an error.
 */

/** actor.ts: a PlaceTask without the task's id or the address to answer */
export type PlaceTaskErrorCode = 'ERR_BAD_PLACE_TASK'

/** every code of the role */
export type SchedulerErrorCode = PlaceTaskErrorCode
