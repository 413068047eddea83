/**
 * @packageDocumentation
 * The data key of an encrypted restore point, for `restore` and `verify --read-data`, found in
 * one of three ways:
 *
 * 1. `--key-file F`: the key's file or paper key (typed into a text file), opened here with its
 *    passphrase (`--passphrase-file`, else typed);
 * 2. `--recovery-key F`: a recovery key pair's file or paper key, opened here with its
 *    passphrase; it unwraps the point's recovery wrap (PointSummary.recovery_wraps, public bytes
 *    the repository lists with the point). The private half never leaves this machine;
 * 3. neither: the manager's key catalog, asked by the point's fingerprint (KeyGet, over the
 *    admin connection only).
 *
 * The key found must have the point's fingerprint; it goes to the daemon in RestoreDisk.data_key
 * and lives in memory for the restore only. A point without a fingerprint is plain: no key.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { PointSummary } from '../../../proto/index.ts'
import { unlockDataKey, type KeyFile } from '../../core/crypto/key-file.ts'
import { describeRecoveryWrap, unlockRecoveryKey, unwrapWithRecovery } from '../../core/crypto/recovery-key.ts'
import { readKeyText } from '../../core/crypto/paper-key.ts'
import { CliError } from './common.ts'
import { readPassphrase, type PassphraseInput } from './passphrase.ts'

export interface PointKeyOptions {
  keyFile?: string
  passphraseFile?: string
  recoveryKey?: string
}

/** Asks the manager for a data key by fingerprint (KeyGet); throws when it cannot. */
export type AskManagerForKey = (fingerprint: string) => Promise<Uint8Array>

/** The point's data key, or undefined for a plain point. */
export async function pointDataKey (point: PointSummary, opts: PointKeyOptions, askManager: AskManagerForKey, io: PassphraseInput = {}): Promise<Buffer | undefined> {
  const fingerprint = point.keyFingerprint ?? ''
  if (fingerprint === '') return undefined
  if (opts.keyFile != null && opts.recoveryKey != null) throw new CliError('ERR_BAD_ARGUMENT', 'give either --key-file or --recovery-key, not both')
  if (opts.keyFile != null) {
    const file = await keyFileAt(opts.keyFile, '--key-file')
    // a recovery key given as --key-file is what it is
    if (file.wrapped.kind === 'recovery') return await throughRecovery(point, file, opts, io)
    if (file.wrapped.fingerprint !== fingerprint) throw mismatch(point, `--key-file ${opts.keyFile} holds key "${file.name}" (${file.wrapped.fingerprint})`)
    const passphrase = await readPassphrase({ file: opts.passphraseFile, prompt: `passphrase of key "${file.name}" (${fingerprint}): ` }, io)
    return (await unlockDataKey(file, passphrase)).material
  }
  if (opts.recoveryKey != null) return await throughRecovery(point, await keyFileAt(opts.recoveryKey, '--recovery-key'), opts, io)
  try {
    return Buffer.from(await askManager(fingerprint))
  } catch (err) {
    const code = (err as { code?: unknown }).code
    throw new CliError('ERR_KEY_UNAVAILABLE', `restore point ${point.id} is encrypted with key ${fingerprint}, and the manager could not give it (${(err as Error).message}${typeof code === 'string' ? ` (${code})` : ''}); ` +
      `give the key in one of three ways: --key-file FILE (its key file or paper key, with --passphrase-file FILE or typed), ` +
      `--recovery-key FILE (${recoveryNames(point)}, with its passphrase), or import it into the manager (\`meshbackup key import FILE\`) and run this again`)
  }
}

async function throughRecovery (point: PointSummary, file: KeyFile, opts: PointKeyOptions, io: PassphraseInput): Promise<Buffer> {
  const fingerprint = point.keyFingerprint ?? ''
  const wraps = point.recoveryWraps ?? []
  const wrap = wraps.find((w) => describeRecoveryWrap(w).recovery === file.wrapped.fingerprint)
  if (wrap == null) {
    if ((point.recoveryFingerprints ?? []).includes(file.wrapped.fingerprint)) {
      throw new CliError('ERR_KEY_UNAVAILABLE', `restore point ${point.id} has a wrap for recovery key ${file.wrapped.fingerprint}, but its repository did not list it (an older repository node): update that node, or give the data key ${fingerprint} with --key-file`)
    }
    throw mismatch(point, `recovery key "${file.name}" (${file.wrapped.fingerprint}) has no wrap in the point`)
  }
  const passphrase = await readPassphrase({ file: opts.passphraseFile, prompt: `passphrase of recovery key "${file.name}" (${file.wrapped.fingerprint}): ` }, io)
  const pair = await unlockRecoveryKey(file, passphrase)
  const key = unwrapWithRecovery(pair, wrap)
  if (key.fingerprint !== fingerprint) throw mismatch(point, `the recovery wrap holds key ${key.fingerprint}`)
  return key.material
}

async function keyFileAt (path: string, option: string): Promise<KeyFile> {
  const text = await readFile(resolve(path), 'utf8').catch((err: Error) => { throw new CliError('ERR_BAD_ARGUMENT', `${option} ${path}: ${err.message}`) })
  return readKeyText(text)
}

function recoveryNames (point: PointSummary): string {
  const fingerprints = point.recoveryFingerprints ?? []
  return fingerprints.length > 0 ? `a recovery key the point has a wrap for: ${fingerprints.join(', ')}` : 'the point has no recovery wrap, so not this way'
}

function mismatch (point: PointSummary, what: string): CliError {
  return new CliError('ERR_KEY_MISMATCH', `restore point ${point.id} is encrypted with key ${point.keyFingerprint}, but ${what}; give the key with that fingerprint (\`meshbackup key list\` on the manager shows which name it has)${(point.recoveryFingerprints ?? []).length > 0 ? `, or a recovery key of ${point.recoveryFingerprints!.join(', ')}` : ''}`)
}
