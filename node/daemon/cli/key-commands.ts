/**
 * @packageDocumentation
 * `meshbackup key …`: the manager's key catalog (roles/manager/key-catalog.ts). A data key
 * encrypts the points of the jobs naming it (`job add … --key NAME`); a recovery key pair wraps
 * every data key into every point. Passphrases come from files or are typed without echo
 * (passphrase.ts); exports are the passphrase-wrapped key file, or its paper key and QR code.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { AdminReply } from '../../../proto/index.ts'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { CliError, call, json, plain, print } from './common.ts'
import { table } from './render.ts'
import { readPassphrase } from './passphrase.ts'

type KeyInfo = NonNullable<AdminReply['key']>

export function addKeyCommands (program: Command): void {
  const key = program.command('key').description('encryption keys: the manager\'s key catalog')
  key.command('create')
    .description('make a new data key (or, with --recovery, a recovery key pair) on the manager, wrapped by a passphrase')
    .argument('<name>', 'key name (letters, digits, . _ -)')
    .option('--passphrase-file <file>', 'read the passphrase from this file (default: typed twice)')
    .option('--recovery', 'a recovery key pair: its public half wraps every data key into every point; keep its private half offline')
    .action(async (name: string, opts, cmd: Command) => {
      const passphrase = await readPassphrase({ file: opts.passphraseFile, prompt: `passphrase for new key "${name}": `, confirm: true })
      const made = (await call(cmd, { keyCreate: { name, passphrase, recovery: opts.recovery === true } })).key!
      if (json(cmd)) return print(plain(pb.KeyInfo, made))
      console.log(`${made.kind} key ${made.name} created, fingerprint ${made.fingerprint}`)
      console.log(`Keep a copy apart from the manager now: \`meshbackup key export ${name} --paper --out ${name}-key.txt --qr ${name}-key.png\`, and the passphrase apart from it. ` +
        (made.kind === 'recovery'
          ? 'Every encrypted point from now on carries a wrap of its key for this recovery key.'
          : `Whoever holds the manager's home can use the key; without the home, only a copy and its passphrase open the backups. Use it with \`meshbackup job add|edit JOB --key ${name}\`.`))
    })

  key.command('list')
    .description('the keys of the manager: name, kind, fingerprint, created, the jobs using it')
    .action(async (_opts, cmd: Command) => {
      const keys = (await call(cmd, { keyList: {} })).keys?.keys ?? []
      if (json(cmd)) return print(keys.map((k) => plain(pb.KeyInfo, k)))
      if (keys.length === 0) return console.log('no keys; `meshbackup key create NAME` makes one')
      console.log(keysTable(keys))
    })

  key.command('export')
    .description('a copy of a key, still wrapped by its passphrase: the key file, or a paper key to print')
    .argument('<name>', 'key name')
    .option('--paper', 'the paper key: lines of text to print and type back, each with a checksum')
    .option('--out <file>', 'write it to this file (default: standard output)')
    .option('--qr <file>', 'also write the paper key as a QR code (PNG) to this file')
    .action(async (name: string, opts, cmd: Command) => {
      const paper = opts.paper === true
      const exported = (await call(cmd, { keyExport: { name, paper, qr: opts.qr != null } })).keyExported!
      if (opts.qr != null) await writeFile(resolve(opts.qr), exported.qrPng ?? new Uint8Array(0), { mode: 0o600 })
      if (opts.out != null) {
        await writeFile(resolve(opts.out), exported.text ?? '', { mode: 0o600 })
        console.error(`key ${name} (${exported.key?.fingerprint}) written to ${opts.out}${opts.qr != null ? `, its QR code to ${opts.qr}` : ''}; it opens only with its passphrase`)
      } else {
        process.stdout.write(exported.text ?? '')
        if (opts.qr != null) console.error(`QR code written to ${opts.qr}`)
      }
    })

  key.command('import')
    .description('keep a key on the manager from its key file or its paper key (typed into a file, or the QR code\'s text)')
    .argument('<file>', 'the key file, or a text file with the paper key')
    .option('--name <name>', 'keep it under this name (a paper key of a data key has none: default its fingerprint)')
    .option('--passphrase-file <file>', 'read its passphrase from this file (default: typed); the manager checks it opens the key')
    .action(async (file: string, opts, cmd: Command) => {
      const text = await readFile(resolve(file), 'utf8').catch((err: Error) => { throw new CliError('ERR_BAD_ARGUMENT', `cannot read ${file}: ${err.message}`) })
      const passphrase = await readPassphrase({ file: opts.passphraseFile, prompt: `passphrase of the key in ${file}: ` })
      const kept = (await call(cmd, { keyImport: { text, name: opts.name ?? '', passphrase } })).key!
      if (json(cmd)) return print(plain(pb.KeyInfo, kept))
      console.log(`${kept.kind} key ${kept.name} imported, fingerprint ${kept.fingerprint}`)
    })

  key.command('change-passphrase')
    .description('wrap a key under a new passphrase: the key, its fingerprint and every point stay as they are; copies exported before keep the old passphrase')
    .argument('<name>', 'key name')
    .option('--passphrase-file <file>', 'the old passphrase, from this file (default: typed)')
    .option('--new-passphrase-file <file>', 'the new passphrase, from this file (default: typed twice)')
    .action(async (name: string, opts, cmd: Command) => {
      const oldPassphrase = await readPassphrase({ file: opts.passphraseFile, prompt: `current passphrase of key "${name}": ` })
      const newPassphrase = await readPassphrase({ file: opts.newPassphraseFile, prompt: `new passphrase of key "${name}": `, confirm: true, option: '--new-passphrase-file FILE' })
      const changed = (await call(cmd, { keyChangePassphrase: { name, oldPassphrase, newPassphrase } })).key!
      if (json(cmd)) return print(plain(pb.KeyInfo, changed))
      console.log(`key ${changed.name} (${changed.fingerprint}) now opens with the new passphrase; export a new copy (\`meshbackup key export ${name} --paper\`): copies made before still open with the old one`)
    })
}

export function keysTable (keys: KeyInfo[]): string {
  return table([['NAME', 'KIND', 'FINGERPRINT', 'CREATED', 'JOBS'],
    ...keys.map((k) => [k.name ?? '', k.kind ?? '', k.fingerprint ?? '', k.created ?? '', k.jobs?.length ? k.jobs.join(',') : '-'])])
}
