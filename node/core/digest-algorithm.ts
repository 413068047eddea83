/**
 * @packageDocumentation
 * The block digests a repository names its blocks by: SHA-256 (formats 1 and 2) or BLAKE3
 * (format 3). One type for every layer (codec threads, wire protocols, NBD exports, the
 * repository), and one reading of the name a peer sends.
 */

/** The hash of a repository's block ids: 'sha256' up to format 2, 'blake3' from format 3. */
export type DigestAlgorithm = 'sha256' | 'blake3'

export const DIGEST_ALGORITHMS: readonly DigestAlgorithm[] = ['sha256', 'blake3']

/** A wire or stored name ('' is SHA-256, what peers without the field mean), or undefined when this meshbackup does not know it. */
export function parseDigestAlgorithm (name: string | null | undefined): DigestAlgorithm | undefined {
  if (name == null || name === '') return 'sha256'
  return (DIGEST_ALGORITHMS as readonly string[]).includes(name) ? name as DigestAlgorithm : undefined
}
