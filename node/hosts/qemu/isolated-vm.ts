/**
 * @packageDocumentation
 * The QEMU command line of a VM started in isolation from a restore point: a boot check (SureBackup)
 * or an instant recovery. No network device at all (`-nic none`), disks from the overlay images the
 * caller made (the point's disks stay read-only below them), and the channels a boot check reads:
 * QMP and the guest agent on unix sockets, the serial console in a file, a VGA display for
 * `screendump`.
 *
 * Choices, measured with QEMU 7.2 under TCG (see README "Boot checks"):
 * - `-vga std -display none`: a display device without a window; QMP `screendump` works with it
 *   (without any display device, screendump has nothing to dump).
 * - SeaBIOS's messages ("Boot failed: not a bootable disk", "No bootable device.") go to the serial
 *   log through its serial console (`etc/sercon-port` = 0x3f8), so a check that fails says why.
 *   QEMU warns on stderr that the fw_cfg name lacks the "opt/" prefix: SeaBIOS reads that exact name.
 * - the guest agent's port has an `id=` (`qga-port`): only then does QEMU emit VSERPORT_CHANGE.
 * - TCG unless `accel: 'kvm'` and /dev/kvm is writable; `-machine pc`, 256 MiB, one vCPU (a second
 *   one gained nothing under TCG on 2 host cores).
 *
 * @example
 * ```ts
 * const vm = isolatedVmCommand({ name: 'check-vm1', workDir, disks: [{ file: join(workDir, 'disk0.qcow2') }] })
 * for (const f of vm.files) await writeFile(f.path, f.data)
 * const running = launchVm(vm)
 * const qmp = await connectVmQmp(vm, running)
 * ```
 */
import { spawn } from 'node:child_process'
import { accessSync, closeSync, constants as fsConstants, openSync } from 'node:fs'
import { join } from 'node:path'
import { QmpClient } from './qmp.ts'
import { tiedToDaemon } from '../../core/tied-child.ts'

/** One disk of the VM, in boot order (the first gets bootindex 1). */
export type IsolatedDisk =
  /** an image file (usually a qcow2 overlay whose backing is the point's disk: a file or an NBD export) */
  | { file: string, format?: 'qcow2' | 'raw' }
  /** a block graph the caller spells out (`-blockdev` values), whose top node is `node` */
  | { node: string, blockdevs: string[] }

export interface IsolatedVmInit {
  /** the VM's name (-name), e.g. "bootcheck-vm1" */
  name: string
  /** where the sockets, the serial log and the SeaBIOS setting go (must exist; short: unix socket paths are limited to 107 bytes) */
  workDir: string
  disks: IsolatedDisk[]
  /** MiB of RAM (256) */
  memoryMiB?: number
  cpus?: number
  /** 'kvm' uses KVM when /dev/kvm is writable, else TCG (default 'tcg') */
  accel?: 'tcg' | 'kvm'
  /** pause the VM on a read or write error instead of handing the guest EIO (instant recovery over NBD) */
  stopOnIoError?: boolean
  /** the emulator (qemu-system-x86_64) */
  qemu?: string
}

/** What to run, and where its channels are. */
export interface IsolatedVmCommand {
  argv: string[]
  /** `unix:PATH` of its QMP monitor */
  qmp: string
  /** `unix:PATH` of its guest agent channel */
  qga: string
  /** the serial console (guest kernel, init, SeaBIOS) */
  serialLog: string
  /** QEMU's own stderr, for launchVm */
  stderrLog: string
  /** files the command line names, to write before starting it */
  files: Array<{ path: string, data: Uint8Array }>
  accel: 'tcg' | 'kvm'
}

/** SeaBIOS's serial console port, little-endian as romfile_loadint reads it: COM1 (0x3f8). */
const SERCON_COM1 = Uint8Array.of(0xf8, 0x03)

export function isolatedVmCommand (init: IsolatedVmInit): IsolatedVmCommand {
  const dir = init.workDir
  const qmpPath = join(dir, 'qmp.sock')
  const qgaPath = join(dir, 'qga.sock')
  const serialLog = join(dir, 'serial.log')
  const sercon = join(dir, 'sercon-port')
  const accel = init.accel === 'kvm' && kvmUsable() ? 'kvm' : 'tcg'
  const argv = [
    init.qemu ?? 'qemu-system-x86_64',
    '-name', init.name,
    '-machine', `pc,accel=${accel}`,
    '-m', String(init.memoryMiB ?? 256),
    '-smp', String(init.cpus ?? 1),
    '-nodefaults', '-no-user-config',
    '-vga', 'std', '-display', 'none',
    '-nic', 'none',
    '-serial', `file:${serialLog}`,
    '-fw_cfg', `name=etc/sercon-port,file=${sercon}`,
    '-qmp', `unix:${qmpPath},server=on,wait=off`
  ]
  const stop = init.stopOnIoError === true ? ',rerror=stop,werror=stop' : ''
  init.disks.forEach((disk, i) => {
    let node: string
    if ('file' in disk) {
      node = `disk${i}`
      argv.push('-blockdev', `driver=${disk.format ?? 'qcow2'},node-name=${node},file.driver=file,file.filename=${commaSafe(disk.file)}`)
    } else {
      node = disk.node
      for (const b of disk.blockdevs) argv.push('-blockdev', b)
    }
    argv.push('-device', `virtio-blk-pci,drive=${node},id=vd${i}${i === 0 ? ',bootindex=1' : ''}${stop}`)
  })
  argv.push(
    '-device', 'virtio-serial-pci,id=vser0',
    '-chardev', `socket,id=qga0,path=${qgaPath},server=on,wait=off`,
    '-device', 'virtserialport,bus=vser0.0,chardev=qga0,id=qga-port,name=org.qemu.guest_agent.0'
  )
  return { argv, qmp: `unix:${qmpPath}`, qga: `unix:${qgaPath}`, serialLog, stderrLog: join(dir, 'qemu.stderr'), files: [{ path: sercon, data: SERCON_COM1 }], accel }
}

/** A started VM process. */
export interface RunningVm {
  pid: number
  /** ms since the epoch when it was spawned: boot times count from here */
  startedAtMs: number
  /** resolves with the exit code (or the signal's name) when QEMU exits */
  exited: Promise<number | string>
}

/** Spawns the command (stdout and stderr to its stderrLog). Write `files` first. */
export function launchVm (cmd: IsolatedVmCommand): RunningVm {
  const fd = openSync(cmd.stderrLog, 'a')
  const startedAtMs = Date.now()
  // a throwaway VM: it dies with the daemon (a recovered VM is not launched here)
  const child = spawn(...tiedToDaemon(cmd.argv[0]!, cmd.argv.slice(1)), { stdio: ['ignore', fd, fd] })
  closeSync(fd)
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => { resolve(code ?? signal ?? -1) })
    child.once('error', () => { resolve(-1) })
  })
  return { pid: child.pid ?? -1, startedAtMs, exited }
}

/**
 * Connects to the VM's QMP once its socket answers (QEMU creates it within a second of starting);
 * rejects when QEMU exits first or after `timeoutMs`.
 */
export async function connectVmQmp (cmd: IsolatedVmCommand, vm: RunningVm, timeoutMs = 30_000): Promise<QmpClient> {
  let exited: number | string | undefined
  void vm.exited.then((code) => { exited = code })
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (exited !== undefined) throw new Error(`QEMU (pid ${vm.pid}) exited with ${exited} during start; see ${cmd.stderrLog}`)
    try {
      return await QmpClient.connect(cmd.qmp, { connectTimeoutMs: 2000 })
    } catch (err) {
      if (Date.now() > deadline) throw err
      // the socket does not exist yet: wait for the process or a short while, whichever is first
      await Promise.race([vm.exited, new Promise((resolve) => setTimeout(resolve, 50))])
    }
  }
}

function kvmUsable (): boolean {
  try {
    accessSync('/dev/kvm', fsConstants.R_OK | fsConstants.W_OK)
    return true
  } catch {
    return false
  }
}

/** A file name inside a -blockdev value: QEMU's option syntax doubles commas. */
function commaSafe (path: string): string {
  return path.replaceAll(',', ',,')
}
