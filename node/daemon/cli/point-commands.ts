/**
 * @packageDocumentation
 * `meshbackup points …`, `restore`, `verify` and `gc`: what the repositories hold.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { AdminRequest, BootCheckRequest, PointSummary } from '../../../proto/index.ts'
import { adminPb as pb } from '../../../proto/admin-codec.ts'
import { progressBar } from '../progress.ts'
import { formatBytes, formatDuration } from '../../core/units.ts'
import { CliError, call, collect, count, json, plain, print } from './common.ts'
import { bootChecksTable, pointsTable, protectionTable } from './render.ts'
import { EXIT } from './exit-codes.ts'
import type { PointKeyOptions } from './point-key.ts'

/** The options that give an encrypted point's key (point-key.ts), on restore and verify --read-data. */
function addKeyOptions (cmd: Command): Command {
  return cmd
    .option('--key-file <file>', 'an encrypted point: its data key\'s file, or its paper key typed into a text file (default: the manager\'s key catalog)')
    .option('--recovery-key <file>', 'an encrypted point: a recovery key\'s file or paper key; it unwraps the point\'s key here')
    .option('--passphrase-file <file>', 'the passphrase of --key-file or --recovery-key (default: typed)')
}

/** The data key of the point named, when it is encrypted: sent in RestoreDisk.data_key. */
async function keyFor (cmd: Command, pointId: string, vm: string, opts: PointKeyOptions): Promise<Buffer | undefined> {
  const listed = (await call(cmd, { pointsList: { job: '', vm } })).points?.points ?? []
  const point = listed.find((p) => p.id === pointId)
  // an unknown point is the daemon's to refuse, by its code
  if (point == null) return undefined
  // the key code (node:crypto, key files) loads for an encrypted point's restore or verify only
  const { pointDataKey } = await import('./point-key.ts')
  return await pointDataKey(point, opts, async (fingerprint) => {
    const material = (await call(cmd, { keyGet: { fingerprint } })).keyMaterial?.dataKey
    if (material == null || material.byteLength === 0) throw new Error(`the manager answered without key ${fingerprint}`)
    return material
  })
}

export function addPointCommands (program: Command): void {
  const points = program.command('points').description('restore points')
  points.command('list')
    .description('list restore points in every repository of the mesh')
    .option('--job <name>', 'only this job')
    .option('--vm <name>', 'only this VM')
    .action(async (opts, cmd: Command) => {
      // the points and each point's last boot check, asked at once; when no manager keeps boot
      // checks (none answers) the column says "-"
      const [listed, checks] = await Promise.all([
        call(cmd, { pointsList: { job: opts.job ?? '', vm: opts.vm ?? '' } }),
        call(cmd, { bootCheckList: { vm: opts.vm ?? '', latestPerPoint: true, limit: 100_000 } }).then((r) => r.bootChecks?.checks ?? [], () => [])
      ])
      const list: PointSummary[] = listed.points?.points ?? []
      const last = new Map(checks.map((c) => [c.pointId ?? '', c]))
      if (json(cmd)) return print(list.map((p) => ({ ...plain(pb.PointSummary, p), lastBootCheck: last.has(p.id ?? '') ? plain(pb.BootCheck, last.get(p.id ?? '')!) : null })))
      console.log(pointsTable(list, Date.now(), last))
    })

  points.command('boot-checks')
    .description('boot check results kept by the manager, newest first (a screenshot: /api/boot-checks/ID/screenshot.png on its HTTP endpoint)')
    .option('--point <id>', 'only this restore point')
    .option('--vm <name>', 'only this VM')
    .option('--limit <n>', 'at most this many (default 100)', count('--limit'))
    .action(async (opts, cmd: Command) => {
      const checks = (await call(cmd, { bootCheckList: { pointId: opts.point ?? '', vm: opts.vm ?? '', limit: opts.limit ?? 0 } })).bootChecks?.checks ?? []
      if (json(cmd)) return print(checks.map((c) => plain(pb.BootCheck, c)))
      console.log(bootChecksTable(checks))
    })

  program.command('protection')
    .description('is each VM protected? the 3-2-1-1-0 figures of every VM in a backup job: copies of its latest good point (3), repositories (2), off-site (1), locked (1), errors (0); exit 1 when one falls short')
    .option('--job <name>', 'only this job')
    .option('--vm <name>', 'only this VM')
    .action(async (opts, cmd: Command) => {
      const report = (await call(cmd, { protection: { job: opts.job ?? '', vm: opts.vm ?? '' } })).protection ?? {}
      if (json(cmd)) print(plain(pb.ProtectionReport, report))
      else console.log(protectionTable(report))
      if ((report.short ?? 0) > 0) process.exitCode = EXIT.failed
    })

  points.command('forget')
    .description('delete restore points by id (a locked point, or one a restore is using, is kept, and says so)')
    .argument('<point...>', 'restore point ids')
    .option('--dry-run', 'say what would be forgotten, change nothing')
    .action(async (ids: string[], opts, cmd: Command) => {
      const dry = opts.dryRun === true
      const result = (await call(cmd, { pointsForget: { pointIds: ids, dryRun: dry } })).pointsForgotten!
      if (json(cmd)) print(plain(pb.PointsForgotten, result))
      else {
        for (const id of result.forgotten ?? []) console.log(`${dry ? 'would forget' : 'forgotten'}: ${id}`)
        for (const k of result.kept ?? []) console.log(`kept: ${k}`)
      }
      const unknown = result.unknown ?? []
      if (unknown.length > 0) throw new CliError('ERR_NO_SUCH_POINT', `no restore point ${unknown.join(', ')} in any repository of the mesh; \`meshbackup points list\` shows them`)
      const locked = result.locked ?? []
      if (locked.length > 0) {
        throw new CliError('ERR_POINT_LOCKED', `${locked.length} restore point(s) are locked and were kept: ` +
          locked.map((l) => `${l.pointId} until ${new Date(l.unlockAtMs ?? 0).toISOString()}`).join(', ') + '; nobody can delete them before then')
      }
      if ((result.kept ?? []).length > 0) throw new CliError('ERR_POINT_KEPT', `${result.kept!.length} restore point(s) were kept (see above); try again when what uses them is done`)
    })

  addKeyOptions(program.command('restore'))
    .description('restore disks of a restore point into image files, or one disk onto a block device; the daemon writes them')
    .argument('<point>', 'restore point id (it names its VM)')
    .option('--vm <name>', 'the VM of the point, checked when given')
    .option('--disk <n>', 'one disk (default: every disk, into the --to folder)', count('--disk'))
    .requiredOption('--to <path>', 'one disk: a new file, an existing folder (gets <disk>.<format>) or a block device; every disk: a folder (its last part is created)')
    .option('--format <format>', 'image format of the restored disks: raw | qcow2', 'raw')
    .option('--attach <host>', 'attach the restored disks to this registered QEMU host (it must not be running a guest)')
    .option('--force', 'overwrite existing files, or write onto a block device')
    .option('--allow-damaged', 'restore a point with bad blocks (a verify found them): zeros there, the byte ranges listed (exit 3)')
    .option('--repository <name>', 'read the point from this repository (one a copy job copied it to); default: its own, else any copy')
    .action(async (point: string, opts, cmd: Command) => {
      const dataKey = await keyFor(cmd, point, opts.vm ?? '', opts)
      const bar = progressBar()
      const request: NonNullable<AdminRequest['restore']> = { pointId: point, vm: opts.vm ?? '', disk: opts.disk ?? -1, to: resolve(opts.to), format: opts.format, attach: opts.attach ?? '', force: opts.force === true, allowDamaged: opts.allowDamaged === true, dataKey, repository: opts.repository ?? '' }
      let reply
      try {
        reply = await call(cmd, { restore: request }, (p) => bar.update(p.doneBytes ?? 0, p.totalBytes ?? 0, p.what ?? ''))
      } catch (err) {
        // the error goes on a line of its own
        bar.done()
        throw err
      }
      const done = reply.restoreDone!
      const seconds = (done.durationMs ?? 0) / 1000
      bar.update(done.bytes ?? 0, done.bytes ?? 0)
      bar.done()
      const lost = done.damagedRanges ?? []
      if (lost.length > 0) process.exitCode = EXIT.warning
      if (json(cmd)) return print(plain(pb.RestoreDone, done))
      console.log(`restored ${formatBytes(done.bytes ?? 0)} in ${formatDuration(seconds)} (${((done.bytes ?? 0) / Math.max(seconds, 0.001) / 1e6).toFixed(1)} MB/s) to:\n${(done.files ?? []).join('\n')}`)
      if ((done.attached ?? []).length > 0) console.log(`attached to ${opts.attach}: ${done.attached!.join(', ')}`)
      if (lost.length > 0) console.log(`NOT restored (the repository's copy is bad; zeros there):\n${lost.join('\n')}`)
    })

  addKeyOptions(program.command('verify'))
    .description('read back every block of a restore point and check it: the repository checks each stored block (an encrypted one by its checksum, without the key); with --read-data this node also reads every disk as a restore would, opening encrypted blocks with the key, and writes nothing')
    .argument('<point>', 'restore point id')
    .option('--read-data', 'also run a check-only restore of every disk here: decrypt (with the point\'s key), decompress and re-hash each block')
    .option('--repository <name>', 'verify the copy of the point in this repository (default: the one a restore would read; with --repair, the one with bad blocks)')
    .option('--repair', 'take a good copy of each bad block from another repository node that holds it (a copy job\'s target, or its source): it is checked on arrival as a backup\'s block, and every point using it is repaired')
    .option('--boot', 'a boot check instead (SureBackup): start the point in isolation (no network) through instant recovery, wait for its heartbeat, run --script, take a screenshot; exit 1 when it fails')
    .option('--host <name>', '--boot: a name recorded for the machine the check ran on (the check runs on the daemon this command talks to)')
    .option('--heartbeat-line <text>', '--boot: a serial console line that says the guest is up (besides the guest agent answering)')
    .option('--no-agent', '--boot: do not wait for the guest agent (--heartbeat-line is then the heartbeat)')
    .option('--boot-timeout <s>', '--boot: seconds from the VM\'s start to its heartbeat (default 120)', count('--boot-timeout'))
    .option('--script <file>', '--boot: a shell script (this file\'s text) to run in the guest through the guest agent; non-zero exit fails the check')
    .option('--script-path <path>', '--boot: a program in the guest to run instead (arguments: --script-arg, repeatable)')
    .option('--script-arg <arg>', '--boot: an argument of --script-path (repeatable)', collect)
    .option('--script-timeout <s>', '--boot: seconds the script may run (default 60)', count('--script-timeout'))
    .action(async (point: string, opts, cmd: Command) => {
      if (opts.boot === true) {
        const dataKey = await keyFor(cmd, point, '', opts)
        const request: BootCheckRequest = {
          pointId: point,
          host: opts.host ?? '',
          heartbeatLine: opts.heartbeatLine ?? '',
          noAgent: opts.agent === false,
          bootTimeoutS: opts.bootTimeout ?? 0,
          scriptText: opts.script != null ? await readFile(resolve(opts.script), 'utf8') : '',
          scriptPath: opts.scriptPath ?? '',
          scriptArgs: opts.scriptArg ?? [],
          scriptTimeoutS: opts.scriptTimeout ?? 0,
          dataKey
        }
        const check = (await call(cmd, { bootCheck: request }, (p) => { if (!json(cmd) && p.what) console.error(p.what) })).bootCheck ?? {}
        if (json(cmd)) print(plain(pb.BootCheck, check))
        else {
          console.log(`${check.pass === true ? 'PASSED' : 'FAILED'}: boot check of point ${check.pointId}${check.code ? ` (${check.code})` : ''}: ${check.reason}`)
          if (check.scriptRan === true) console.log(`script exit ${check.scriptExit}${check.output ? `:\n${check.output.trimEnd().split('\n').map((l) => `  ${l}`).join('\n')}` : ''}`)
          if (check.screenshotId) console.log(`screenshot: /api/boot-checks/${encodeURIComponent(check.screenshotId)}/screenshot.png on the manager's HTTP endpoint`)
          if (check.sessionId) console.log(`session ${check.sessionId}`)
        }
        if (check.pass !== true) process.exitCode = 1
        return
      }
      const report = (await call(cmd, { verify: { pointId: point, repository: opts.repository ?? '', repair: opts.repair === true } })).verifyReport!
      const unrepaired = report.unrepaired ?? []
      const damaged = report.repair === true ? unrepaired.length > 0 : report.ok !== true
      let read: { ok: boolean, text: string, done?: object } | undefined
      if (opts.readData === true) {
        const dataKey = await keyFor(cmd, point, '', opts)
        const done = (await call(cmd, { restore: { pointId: point, disk: -1, to: '', format: 'raw', checkOnly: true, dataKey } })).restoreDone!
        const lost = done.damagedRanges ?? []
        read = {
          ok: lost.length === 0,
          text: `${lost.length === 0 ? 'OK' : 'DAMAGED'}: point ${point}, ${formatBytes(done.bytes ?? 0)} read and checked${dataKey != null ? ' (decrypted with its key)' : ''} in ${formatDuration((done.durationMs ?? 0) / 1000)}${lost.map((r) => `\n  ${r}`).join('')}`,
          done: plain(pb.RestoreDone, done)
        }
      }
      if (json(cmd)) print(read == null ? plain(pb.VerifyReport, report) : { ...plain(pb.VerifyReport, report), readData: read.done })
      else {
        console.log(`${report.ok ? 'OK' : 'DAMAGED'}: point ${report.pointId}${report.repository ? ` in repository ${report.repository}` : ''}, ${report.blocksChecked} blocks (${formatBytes(report.bytesChecked ?? 0)}) checked`)
        for (const p of report.problems ?? []) console.log(`  ${p}`)
        if (report.repair === true && report.ok !== true) {
          const from = (report.repairedFrom ?? []).map((f) => `${f.blocks} from ${f.repository}`).join(', ')
          console.log(`REPAIRED ${report.blocksRepaired ?? 0} block(s)${from !== '' ? ` (${from})` : ''}: every point using them restores whole again`)
          if (unrepaired.length > 0) console.log(`NOT REPAIRED ${unrepaired.length} block(s), still damaged (no other repository gave a good copy; the next backup of the VM sends them again if it still has them):\n${unrepaired.map((u) => `  ${u}`).join('\n')}`)
        }
        if (read != null) console.log(read.text)
      }
      if (damaged || read?.ok === false) process.exitCode = 1
    })

  program.command('gc')
    .description('garbage collection: remove blocks no restore point refers to and compact mostly-dead packs')
    .option('--repository <name>', 'only this repository (default: every repository of the mesh)')
    .option('--dry-run', 'report what would be removed, change nothing')
    .action(async (opts, cmd: Command) => {
      const dry = opts.dryRun === true
      const report = (await call(cmd, { gc: { repository: opts.repository ?? '', dryRun: dry } })).gcReport!
      if (json(cmd)) print(plain(pb.GcReport, report))
      else {
        console.log(`repository ${report.repository}: ${dry ? 'would remove' : 'removed'} ${report.blocksRemoved ?? 0} blocks, ${dry ? 'would free' : 'freed'} ${formatBytes(report.bytesFreed ?? 0)}, ` +
          `${report.packsRewritten ?? 0} packs rewritten, ${report.packsDeleted ?? 0} deleted (${formatDuration((report.durationMs ?? 0) / 1000)})`)
        for (const p of report.problems ?? []) console.log(`  ${p}`)
      }
      if ((report.problems ?? []).length > 0) process.exitCode = 1
    })
}
