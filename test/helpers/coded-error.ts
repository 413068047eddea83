/**
 * @packageDocumentation
 * An `assert.rejects` / `assert.throws` matcher for a coded error: the code it must carry (the
 * message is shown when it does not), and optionally what its message must say.
 *
 * @example
 * ```ts
 * await assert.rejects(openKey(file, 'wrong'), hasCode('ERR_WRONG_PASSPHRASE', /passphrase/))
 * ```
 */
import assert from 'node:assert/strict'

export function hasCode (code: string, message?: RegExp): (err: unknown) => boolean {
  return (err) => {
    assert.equal((err as { code?: unknown }).code, code, (err as Error).message)
    if (message !== undefined) assert.match((err as Error).message, message)
    return true
  }
}
