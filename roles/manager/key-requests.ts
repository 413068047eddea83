/**
 * @packageDocumentation
 * The manager's answers to the key requests of the admin protocol (key-catalog.ts keeps the
 * keys): create, list, export, import, change a passphrase, and get a data key by fingerprint for
 * a restore. Every one is recorded in the change log, the handing out of a data key included, so
 * the log says who read which key when. Passphrases and key material are never recorded.
 */
import type { AdminReply, AdminRequest, Job } from '../../proto/index.ts'
import { UserError } from '../../node/runtime/actors/errors.ts'
import type { Catalog } from './catalog.ts'
import type { KeyCatalog, KeyInfo } from './key-catalog.ts'
import { isKeyFingerprint } from '../../node/core/crypto/fingerprint.ts'

export interface KeyRequestsInit {
  catalog: Pick<Catalog, 'jobs'>
  keys: KeyCatalog
  /** records a change in the change log (configuration.ts) */
  record: (kind: string, subject: string, detail: string, node: string) => Promise<unknown>
}

/** The key requests an AdminRequest may carry. */
export function isKeyRequest (req: AdminRequest): boolean {
  return req.keyCreate != null || req.keyList != null || req.keyExport != null || req.keyImport != null || req.keyChangePassphrase != null || req.keyGet != null
}

/** `node`: the peer id of the node where the request was asked, for the change log. */
export async function answerKeyRequest (init: KeyRequestsInit, req: AdminRequest, node: string): Promise<AdminReply> {
  const { keys, record } = init
  // the jobs table is read once per request, however many keys it names
  const withJobs = (jobs: Job[]) => (key: KeyInfo): KeyInfo => ({ ...key, jobs: jobs.filter((j) => j.key === key.name).map((j) => j.name ?? '') })
  if (req.keyCreate != null) {
    const c = req.keyCreate
    const key = await keys.create({ name: c.name ?? '', passphrase: passphrase(c.passphrase), recovery: c.recovery === true })
    await record('key-create', key.name!, `${key.kind} key, fingerprint ${key.fingerprint}`, node)
    return { key }
  }
  if (req.keyList != null) return { keys: { keys: (await keys.list()).map(withJobs(await init.catalog.jobs())) } }
  if (req.keyExport != null) {
    const exported = await keys.export(req.keyExport.name ?? '', req.keyExport.paper === true, req.keyExport.qr === true)
    await record('key-export', exported.key.name!, `${req.keyExport.paper === true ? 'paper key' : 'key file'} (passphrase-wrapped), fingerprint ${exported.key.fingerprint}`, node)
    return { keyExported: { key: withJobs(await init.catalog.jobs())(exported.key), text: exported.text, qrPng: exported.qrPng ?? Buffer.alloc(0) } }
  }
  if (req.keyImport != null) {
    const i = req.keyImport
    const key = await keys.import({ text: i.text ?? '', name: i.name ?? '', passphrase: passphrase(i.passphrase) })
    await record('key-import', key.name!, `${key.kind} key, fingerprint ${key.fingerprint}`, node)
    return { key }
  }
  if (req.keyChangePassphrase != null) {
    const c = req.keyChangePassphrase
    const key = await keys.changePassphrase(c.name ?? '', passphrase(c.oldPassphrase), passphrase(c.newPassphrase))
    await record('key-change-passphrase', key.name!, `fingerprint ${key.fingerprint}`, node)
    return { key: withJobs(await init.catalog.jobs())(key) }
  }
  if (req.keyGet != null) {
    const fingerprint = req.keyGet.fingerprint ?? ''
    if (!isKeyFingerprint(fingerprint)) throw new UserError('ERR_BAD_REQUEST', `key get: "${fingerprint}" is not a key fingerprint (16 hex digits, as \`meshbackup points list\` shows it)`)
    const key = await keys.dataKey(fingerprint)
    await record('key-get', key.name, `data key ${key.fingerprint} handed out for a restore or a read of point data`, node)
    return { keyMaterial: { name: key.name, fingerprint: key.fingerprint, dataKey: key.material } }
  }
  throw new UserError('ERR_BAD_REQUEST', 'not a key request')
}

/** An empty one is refused by node/core/crypto (ERR_BAD_PASSPHRASE). */
function passphrase (bytes: Uint8Array | null | undefined): Uint8Array {
  return bytes ?? new Uint8Array(0)
}
