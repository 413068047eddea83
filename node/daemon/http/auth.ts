/**
 * @packageDocumentation
 * The HTTP endpoint's token check: requests that change state carry the home's `http.token` as
 * `Authorization: Bearer <token>`. Compared in constant time, so response timing does not leak
 * how much of a guess was right.
 *
 * @example
 * ```ts
 * if (!tokenMatches(req.headers.authorization, token)) throw new HttpError(401, 'ERR_UNAUTHORIZED', '...')
 * ```
 */
import { createHash, timingSafeEqual } from 'node:crypto'

/** True when the Authorization header holds `Bearer <token>`. */
export function tokenMatches (header: string | undefined, token: string): boolean {
  if (header == null || token === '') return false
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (match == null) return false
  // hash both sides: timingSafeEqual needs equal lengths, and a length check would leak the length
  const given = createHash('sha256').update(match[1]!).digest()
  const expected = createHash('sha256').update(token).digest()
  return timingSafeEqual(given, expected)
}
