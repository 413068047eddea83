/**
 * @packageDocumentation
 * The manager's key catalog: every named key (node/core/crypto/key-file.ts) in the manager's
 * LevelDB, as its passphrase-wrapped key file — what `key export` gives back and a paper key
 * prints. Scheduled jobs run unattended, so each data key is kept a second time wrapped by the
 * manager's home secret (`keys.secret`, 32 random bytes, mode 0600, made once), like Veeam's
 * configuration database keeps its credentials: whoever holds the manager's home holds its data
 * keys, and the passphrase and the paper key are for when the manager is gone. A recovery key
 * pair is kept only as its key file: the public half usable (it wraps every data key into every
 * point), the private half under its passphrase alone.
 *
 * The home-secret wrap is the passphrase wrap of node/core/crypto/passphrase-wrap.ts with the
 * secret as the passphrase and scrypt at its lowest cost: 32 random bytes need no stretching, and
 * a session opens its key in a millisecond instead of a second and a half.
 *
 * @example
 * ```ts
 * const keys = new KeyCatalog(db, join(home, 'keys.secret'))
 * const info = await keys.create({ name: 'prod', passphrase })
 * const key = await keys.dataKey('prod')              // no passphrase: for a session
 * const wraps = await keys.recoveryWraps(key)        // one per recovery key, for the point
 * ```
 */
import { randomBytes } from 'node:crypto'
import { chmod, open, readFile, stat } from 'node:fs/promises'
import type { Level } from 'level'
import type { AdminReply } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import { createDataKey, changePassphrase, formatKeyFile, parseKeyFile, unlockDataKey, type DataKey, type KeyFile } from '../../node/core/crypto/key-file.ts'
import { createRecoveryKeyPair, recoveryPublicKey, unlockRecoveryKey, wrapForRecovery, type RecoveryPublicKey } from '../../node/core/crypto/recovery-key.ts'
import { decodeWrapped, encodeWrapped, unwrapSecret, wrapSecret, type ScryptParams } from '../../node/core/crypto/passphrase-wrap.ts'
import { formatPaperKey, readKeyText } from '../../node/core/crypto/paper-key.ts'
import { paperKeyQrPng } from '../../node/core/crypto/qr-image.ts'
import { dataKeyFingerprint, isKeyFingerprint, KEY_BYTES } from '../../node/core/crypto/fingerprint.ts'

/** A key as listed (proto KeyInfo). */
export type KeyInfo = NonNullable<AdminReply['key']>

/** The lowest scrypt cost passphrase-wrap.ts takes: the home secret is random, not a passphrase. */
const HOME_SECRET_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 }

/** The part of a LevelDB sublevel the key catalog uses. */
interface KeyTable {
  get(key: string): Promise<Uint8Array | undefined>
  put(key: string, value: Uint8Array): Promise<void>
  values(): AsyncIterable<Uint8Array>
}

/** A key as stored: its key file, and a data key's home-secret wrap (compact form, base64). */
interface StoredKey {
  file: string
  unattended?: string
}

export interface KeyCatalogOptions {
  /** the cost of new passphrase wraps (tests lower it); default: passphrase-wrap.ts's */
  scrypt?: ScryptParams
}

export class KeyCatalog {
  readonly #table: KeyTable
  readonly #secretFile: string
  readonly #scrypt: ScryptParams | undefined
  #secret: Promise<Buffer> | undefined

  constructor (db: Level<string, Uint8Array>, secretFile: string, options: KeyCatalogOptions = {}) {
    const root = db.sublevel<string, Uint8Array>('manager', { valueEncoding: 'view' })
    this.#table = root.sublevel<string, Uint8Array>('keys', { valueEncoding: 'view' }) as unknown as KeyTable
    this.#secretFile = secretFile
    this.#scrypt = options.scrypt
  }

  /** A new data key (or recovery key pair) under `name`, wrapped by `passphrase`. */
  async create (init: { name: string, passphrase: Uint8Array | string, recovery?: boolean, now?: Date }): Promise<KeyInfo> {
    await this.#refuseTaken(init.name)
    const made = init.recovery === true
      ? await createRecoveryKeyPair({ name: init.name, passphrase: init.passphrase, scrypt: this.#scrypt, now: init.now })
      : await createDataKey({ name: init.name, passphrase: init.passphrase, scrypt: this.#scrypt, now: init.now })
    const material = 'key' in made ? made.key.material : undefined
    return await this.#keep(made.file, material)
  }

  /**
   * Keeps a key from its key file's JSON or a paper key's text (or its QR code's). The passphrase
   * must open it: a key that cannot be opened is not kept, and a recovery key read from paper gets
   * its public half back that way.
   */
  async import (init: { text: string, name?: string, passphrase: Uint8Array | string }): Promise<KeyInfo> {
    let file = readKeyText(init.text, init.name)
    if (init.name) file = { ...file, name: init.name }
    await this.#refuseTaken(file.name, file.wrapped.fingerprint)
    if (file.wrapped.kind === 'recovery') {
      const pair = await unlockRecoveryKey(file, init.passphrase)
      return await this.#keep({ ...file, publicKey: pair.raw })
    }
    const key = await unlockDataKey(file, init.passphrase)
    return await this.#keep(file, key.material)
  }

  /** The key file (JSON) or the paper key's text, and when asked the key's QR code as a PNG. */
  async export (name: string, paper: boolean, qr = paper): Promise<{ key: KeyInfo, text: string, qrPng?: Buffer }> {
    const file = (await this.#stored(name)).keyFile
    return { key: info(file), text: paper ? formatPaperKey(file) : formatKeyFile(file), qrPng: qr ? await paperKeyQrPng(file) : undefined }
  }

  /** Rewraps the key under a new passphrase; the old one must open it. Fingerprint and points unchanged. */
  async changePassphrase (name: string, oldPassphrase: Uint8Array | string, newPassphrase: Uint8Array | string): Promise<KeyInfo> {
    const { keyFile, stored } = await this.#stored(name)
    const rewrapped = await changePassphrase(keyFile, oldPassphrase, newPassphrase, this.#scrypt)
    await this.#put({ ...stored, file: formatKeyFile(rewrapped) }, name)
    return info(rewrapped)
  }

  async list (): Promise<KeyInfo[]> {
    const out: KeyInfo[] = []
    for await (const value of this.#table.values()) out.push(info(parseKeyFile(decode(value).file)))
    return out.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
  }

  /** The key named `name`, as listed; ERR_NO_SUCH_KEY. */
  async info (name: string): Promise<KeyInfo> {
    return info((await this.#stored(name)).keyFile)
  }

  /** A data key without its passphrase, by name (a job's) or fingerprint (a point's). ERR_NO_SUCH_KEY. */
  async dataKey (nameOrFingerprint: string): Promise<DataKey> {
    let found = await this.#table.get(nameOrFingerprint).then((v) => v == null ? undefined : decode(v))
    if (found == null && isKeyFingerprint(nameOrFingerprint)) {
      for await (const value of this.#table.values()) {
        const stored = decode(value)
        if (parseKeyFile(stored.file).wrapped.fingerprint === nameOrFingerprint) found = stored
      }
    }
    if (found == null) {
      throw new UserError('ERR_NO_SUCH_KEY', `the manager's key catalog has no data key "${nameOrFingerprint}"; \`meshbackup key list\` shows its keys, \`meshbackup key import FILE\` adds one from its key file or paper key`)
    }
    const file = parseKeyFile(found.file)
    if (file.wrapped.kind !== 'data' || found.unattended == null) {
      throw new UserError('ERR_NO_SUCH_KEY', `key "${file.name}" (${file.wrapped.fingerprint}) is a recovery key pair, not a data key: a job and a point's blocks use a data key (\`meshbackup key create NAME\`)`)
    }
    const material = await unwrapSecret(decodeWrapped(Buffer.from(found.unattended, 'base64')), await this.#homeSecret(), `key "${file.name}" with the manager's keys.secret`)
    return { name: file.name, fingerprint: file.wrapped.fingerprint, material }
  }

  /** The public halves of every recovery key pair: each wraps every data key into every point. */
  async recoveryKeys (): Promise<RecoveryPublicKey[]> {
    const out: RecoveryPublicKey[] = []
    for await (const value of this.#table.values()) {
      const file = parseKeyFile(decode(value).file)
      if (file.wrapped.kind === 'recovery') out.push(recoveryPublicKey(file))
    }
    return out
  }

  /** The data key wrapped for every recovery key (RestorePoint.recovery_wraps), with their fingerprints. */
  async recoveryWraps (key: Pick<DataKey, 'material'>): Promise<Buffer[]> {
    return (await this.recoveryKeys()).map((recovery) => wrapForRecovery(recovery, key))
  }

  async #keep (file: KeyFile, material?: Buffer): Promise<KeyInfo> {
    const stored: StoredKey = { file: formatKeyFile(file) }
    if (material != null) {
      const wrapped = await wrapSecret({ kind: 'data', secret: material, fingerprint: dataKeyFingerprint(material), passphrase: await this.#homeSecret(), scrypt: HOME_SECRET_SCRYPT })
      stored.unattended = encodeWrapped(wrapped).toString('base64')
    }
    await this.#put(stored, file.name)
    return info(file)
  }

  async #put (stored: StoredKey, name: string): Promise<void> {
    await this.#table.put(name, Buffer.from(JSON.stringify(stored)))
  }

  async #stored (name: string): Promise<{ stored: StoredKey, keyFile: KeyFile }> {
    const value = await this.#table.get(name)
    if (value == null) throw new UserError('ERR_NO_SUCH_KEY', `the manager's key catalog has no key named "${name}"; \`meshbackup key list\` shows its keys`)
    const stored = decode(value)
    return { stored, keyFile: parseKeyFile(stored.file) }
  }

  /** A second copy of a key under another name would make "which key" ambiguous. */
  async #refuseTaken (name: string, fingerprint?: string): Promise<void> {
    if (await this.#table.get(name) != null) {
      throw new UserError('ERR_KEY_EXISTS', `the manager already has a key named "${name}"; choose another name (\`key import FILE --name OTHER\`)`)
    }
    if (fingerprint == null) return
    for (const listed of await this.list()) {
      if (listed.fingerprint === fingerprint) throw new UserError('ERR_KEY_EXISTS', `the manager already has this key (fingerprint ${fingerprint}) as "${listed.name}"`)
    }
  }

  /** The home secret, made on first use: 32 random bytes, readable by the daemon's user only. */
  async #homeSecret (): Promise<Buffer> {
    this.#secret ??= readOrMakeSecret(this.#secretFile)
    this.#secret.catch(() => { this.#secret = undefined })
    return await this.#secret
  }
}

async function readOrMakeSecret (path: string): Promise<Buffer> {
  try {
    const handle = await open(path, 'wx', 0o600)
    const secret = randomBytes(KEY_BYTES)
    try {
      await handle.writeFile(secret)
      await handle.sync()
    } finally {
      await handle.close()
    }
    return secret
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new UserError('ERR_KEYS_SECRET', `the manager cannot create ${path} (${(err as Error).message}): check its home folder's permissions`)
    }
  }
  const secret = await readFile(path).catch((err: Error) => {
    throw new UserError('ERR_KEYS_SECRET', `the manager cannot read ${path} (${err.message}): check its permissions (the daemon's user, mode 0600)`)
  })
  if (secret.byteLength !== KEY_BYTES) {
    throw new UserError('ERR_KEYS_SECRET', `${path} is ${secret.byteLength} bytes, not ${KEY_BYTES}: it is damaged; put it back from a copy of the manager's home, or import the keys again with their passphrases after moving it away`)
  }
  // it opens every data key: nobody else may read it
  if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600)
  return secret
}

function decode (value: Uint8Array): StoredKey {
  return JSON.parse(Buffer.from(value).toString('utf8')) as StoredKey
}

function info (file: KeyFile): KeyInfo {
  return { name: file.name, fingerprint: file.wrapped.fingerprint, kind: file.wrapped.kind, created: file.created, jobs: [] }
}
