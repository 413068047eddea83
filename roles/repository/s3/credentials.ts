/**
 * @packageDocumentation
 * The S3 access key and secret of a repository kept in a bucket, read from a JSON file
 * `{"accessKeyId": "…", "secretAccessKey": "…"}` that only its owner may read: whoever reads the
 * secret can delete every backup the bucket does not lock, so a file that its group or others can
 * read is refused, with the chmod that fixes it, before the secret is even parsed. The secret never
 * appears in a message, a log or `util.inspect` of the result (a JSON parse error quotes the text,
 * so it is not passed on as the cause).
 *
 * @example
 * ```ts
 * const credentials = await readS3Credentials('/etc/meshbackup/s3.json')   // mode 0600
 * ```
 */
import { readFile, stat } from 'node:fs/promises'
import { inspect } from 'node:util'
import { ObjectStoreError } from './errors.ts'

/** An S3 access key and its secret. */
export interface S3Credentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
}

/** Reads and checks the credentials file at `path` (see the file header). */
export async function readS3Credentials (path: string): Promise<S3Credentials> {
  const refuse = (message: string): ObjectStoreError => new ObjectStoreError('ERR_S3_BAD_CREDENTIALS_FILE', message)
  let mode: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw refuse(`the S3 credentials file ${path} is not a file`)
    mode = info.mode
  } catch (err) {
    if (err instanceof ObjectStoreError) throw err
    throw refuse(`cannot read the S3 credentials file ${path}: ${(err as Error).message}`)
  }
  // any bit for group or others: a file others may write could be swapped for other keys, too
  if ((mode & 0o077) !== 0) {
    throw new ObjectStoreError('ERR_S3_CREDENTIALS_EXPOSED',
      `the S3 credentials file ${path} is open to its group or to others (mode ${(mode & 0o777).toString(8).padStart(4, '0')}); ` +
      `it holds a secret that can delete backups: run \`chmod 600 ${path}\`, and replace the key if others may have read it`)
  }
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw refuse(`cannot read the S3 credentials file ${path}: ${(err as Error).message}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw refuse(`the S3 credentials file ${path} is not JSON; write {"accessKeyId": "…", "secretAccessKey": "…"}`)
  }
  const fields = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>
  const { accessKeyId, secretAccessKey } = fields
  if (typeof accessKeyId !== 'string' || accessKeyId === '' || typeof secretAccessKey !== 'string' || secretAccessKey === '') {
    throw refuse(`the S3 credentials file ${path} must hold {"accessKeyId": "…", "secretAccessKey": "…"}, both non-empty strings`)
  }
  return redacted({ accessKeyId, secretAccessKey })
}

/** The credentials, with the secret left out of JSON, `util.inspect` and string forms. */
export function redacted (credentials: S3Credentials): S3Credentials {
  const shown = { accessKeyId: credentials.accessKeyId, secretAccessKey: '<redacted>' }
  return Object.freeze(Object.defineProperties({ ...credentials }, {
    toJSON: { value: () => shown },
    toString: { value: () => `S3 credentials of access key ${credentials.accessKeyId}` },
    [inspect.custom]: { value: () => shown }
  }))
}
