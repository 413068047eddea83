/**
 * @packageDocumentation
 * `meshbackup recover …`: instant recovery. A restore point runs as a new VM on a QEMU host's
 * machine within seconds, its disks served from the repository (each a local qcow2 overlay on the
 * point's NBD export: the guest's writes stay local); `recover migrate` copies every block to the
 * host while the VM runs and then drops the repository; `recover stop` throws the VM and its
 * overlays away; `recover list` shows each with its state and progress. `--attach-to H` hot-plugs
 * the point's disks into the VM that QEMU host H runs instead (stop detaches them).
 *
 * @example
 * ```sh
 * meshbackup recover web01-20260101-0000 --host kvm1 --name web01-ir
 * meshbackup recover web01-20260101-0000 --attach-to kvm2      # its disks into kvm2's running VM
 * meshbackup recover list
 * meshbackup recover migrate web01-m1x2-ab12 --wait
 * meshbackup recover stop web01-m1x2-ab12
 * ```
 */
import type { Command } from 'commander'
import { pb, type RecoveryInfo } from '../../../proto/index.ts'
import { formatBytes } from '../../core/units.ts'
import { progressBar } from '../progress.ts'
import { call, json, plain, print } from './common.ts'
import { pointDataKey, type PointKeyOptions } from './point-key.ts'
import { table } from './render.ts'

/** The recoveries as a table. */
export function renderRecoveries (list: RecoveryInfo[]): string {
  if (list.length === 0) return 'no recoveries'
  return table([['ID', 'POINT', 'VM', 'HOST', 'STATE', 'PROGRESS', 'RATE', 'NOTE'],
    ...list.map((r) => [r.id ?? '', r.pointId ?? '', r.name ?? '', r.host ?? '', r.state ?? '', progressOf(r), (r.bytesPerSecond ?? 0) > 0 ? `${formatBytes(r.bytesPerSecond ?? 0)}/s` : '-', r.error ?? ''])])
}

function progressOf (r: RecoveryInfo): string {
  const total = r.totalBytes ?? 0
  if (r.state === 'migrated') return '100%'
  if (r.state !== 'migrating' && r.state !== 'paused') return '-'
  return total > 0 ? `${Math.floor(100 * (r.doneBytes ?? 0) / total)}% of ${formatBytes(total)}` : '-'
}

/** The one-paragraph account of a recovery that runs. */
export function renderRecovery (r: RecoveryInfo, seconds?: number): string {
  const after = seconds === undefined ? '' : ` (${seconds.toFixed(1)} s after the command)`
  return [
    (r.attachedTo ?? '') !== ''
      ? `recovery ${r.id}: the disks of point ${r.pointId} are attached to the VM of host ${r.attachedTo}${after}`
      : `recovery ${r.id}: point ${r.pointId} runs as VM "${r.name}" on host ${r.host}${after}`,
    `  state ${r.state}; ${(r.attachedTo ?? '') !== '' ? '' : `qemu pid ${r.pid ?? 0}; `}monitor ${r.qmp ?? ''}`,
    ...(r.overlays ?? []).map((o) => `  overlay ${o}`),
    `  \`meshbackup recover migrate ${r.id}\` copies every block to the host; \`meshbackup recover stop ${r.id}\` ${(r.attachedTo ?? '') !== '' ? 'detaches the disks and throws them away' : 'throws it away'}`
  ].join('\n')
}

export function addRecoverCommands (program: Command): void {
  const recover = program.command('recover')
    .description('instant recovery: run a restore point as a VM within seconds (recover POINT --host H), migrate it to the host, stop it, list them')
    .argument('[point]', 'the restore point to run (`meshbackup points list`); or: list | migrate ID | stop ID')
    .argument('[id]', 'with migrate or stop: the recovery id')
    .option('--vm <name>', 'the VM of the point, checked when given')
    .option('--host <name>', 'the registered QEMU host whose machine runs the recovered VM')
    .option('--name <name>', 'the recovered VM\'s name (default: <vm>-recovered)')
    .option('--attach-to <host>', 'hot-plug the disks into the running VM of this registered QEMU host instead of starting a new one (instead of --host)')
    .option('--network', 'keep the recorded network cards (user networking); default: no network')
    .option('--repository <name>', 'run from this repository\'s copy of the point')
    .option('--speed <bytes>', 'migrate: cap the copy at this many bytes per second per disk', (v) => Number(v), 0)
    .option('--wait', 'migrate: wait until every block is local, with progress')
    .option('--key-file <file>', 'an encrypted point: its data key\'s file or paper key (default: the manager\'s key catalog)')
    .option('--recovery-key <file>', 'an encrypted point: a recovery key\'s file or paper key')
    .option('--passphrase-file <file>', 'the passphrase of --key-file or --recovery-key (default: typed)')
    .action(async (what: string | undefined, id: string | undefined, opts, cmd: Command) => {
      if (what === undefined || what === 'list') {
        const list = (await call(cmd, { recoveryList: {} })).recoveries?.recoveries ?? []
        if (json(cmd)) return print(list.map((r) => plain(pb.RecoveryInfo, r)))
        console.log(renderRecoveries(list))
        return
      }
      if (what === 'migrate' || what === 'stop') {
        if (id === undefined) throw new Error(`recover ${what} needs the recovery id (\`meshbackup recover list\`)`)
        const bar = what === 'migrate' && opts.wait === true ? progressBar() : undefined
        let info: RecoveryInfo
        try {
          info = (await call(cmd, { recoveryAction: { id, action: what, speed: opts.speed, wait: opts.wait === true } }, (p) => bar?.update(p.doneBytes ?? 0, p.totalBytes ?? 0, p.what ?? ''))).recovery ?? {}
        } finally {
          bar?.done()
        }
        if (json(cmd)) return print(plain(pb.RecoveryInfo, info))
        console.log(what === 'stop'
          ? (info.attachedTo ?? '') !== ''
              ? `recovery ${id} stopped: its disks detached from the VM of host ${info.attachedTo}, their overlays and exports removed`
              : `recovery ${id} stopped: VM "${info.name}" killed, its overlays and exports removed`
          : info.state === 'migrated'
            ? `recovery ${id} migrated: every block is on host ${info.host} (${formatBytes(info.bytesPerSecond ?? 0)}/s); the repository is no longer needed`
            : `recovery ${id} is migrating; \`meshbackup recover list\` shows its progress`)
        return
      }
      if (opts.host === undefined && opts.attachTo === undefined) throw new Error('give --host H: the QEMU host whose machine runs the recovered VM (or --attach-to H: the QEMU host whose running VM gets the disks)')
      const keyOpts = opts as PointKeyOptions
      let dataKey: Uint8Array | undefined
      if (opts.keyFile !== undefined || opts.recoveryKey !== undefined) {
        const point = ((await call(cmd, { pointsList: { job: '', vm: opts.vm ?? '' } })).points?.points ?? []).find((p) => p.id === what)
        if (point !== undefined) dataKey = await pointDataKey(point, keyOpts, async () => { throw new Error('no key given') })
      }
      const started = Date.now()
      const info = (await call(cmd, { recover: { pointId: what, vm: opts.vm ?? '', host: opts.host ?? '', name: opts.name ?? '', attachTo: opts.attachTo ?? '', network: opts.network === true, repository: opts.repository ?? '', dataKey } })).recovery ?? {}
      if (json(cmd)) return print({ ...plain(pb.RecoveryInfo, info), seconds: (Date.now() - started) / 1000 })
      console.log(renderRecovery(info, (Date.now() - started) / 1000))
    })
}
