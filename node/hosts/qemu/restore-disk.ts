/**
 * @packageDocumentation
 * Restoring into QEMU: a restored raw disk becomes a qcow2 image when asked (sparse: the raw
 * file's holes stay unallocated), and restored images can be attached to a stopped QEMU host —
 * block nodes on a qemu-storage-daemon, block nodes plus a virtio-blk device on a VM that is not
 * running. A running VM is refused: hot-plugging a disk into a live guest is the operator's call.
 */
import { execFile } from 'node:child_process'
import { rename, rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { promisify } from 'node:util'
import { QmpClient, QmpError } from './qmp.ts'
import { HostError } from '../host.ts'

const run = promisify(execFile)

/** Fails unless qemu-img runs: a qcow2 restore checks it before reading a block, not after the whole disk. */
export async function requireQemuImg (): Promise<void> {
  try {
    await run('qemu-img', ['--version'])
  } catch (err: any) {
    throw new HostError('ERR_NO_QEMU_IMG', `restoring to qcow2 needs qemu-img, which ${err.code === 'ENOENT' ? 'is not installed' : `does not run (${err.message})`} on this node (Debian: qemu-utils); install it or restore as raw`)
  }
}

/** Converts a restored raw image to `format` in place (through a temp file renamed at the end). */
export async function convertImage (file: string, format: 'raw' | 'qcow2'): Promise<void> {
  if (format === 'raw') return
  const tmp = `${file}.qcow2-partial`
  try {
    await run('qemu-img', ['convert', '-q', '-f', 'raw', '-O', 'qcow2', file, tmp])
    await rename(tmp, file)
  } catch (err: any) {
    await rm(tmp, { force: true })
    if (err.code === 'ENOENT') throw new HostError('ERR_NO_QEMU_IMG', 'restoring to qcow2 needs qemu-img (Debian: qemu-utils); install it or restore as raw')
    throw new HostError('ERR_CONVERT_FAILED', `converting ${file} to ${format} failed: ${err.stderr?.trim() || err.message}`)
  }
}

export interface AttachedDisk {
  node: string
  device?: string
}

/** Attaches restored images to the QEMU process at `qmp`, which must not be running a guest. */
export async function attachDisks (qmp: string, host: string, disks: Array<{ file: string, format: 'raw' | 'qcow2', name: string }>): Promise<AttachedDisk[]> {
  const client = await QmpClient.connect(qmp).catch((err: Error) => {
    throw new HostError('ERR_QMP_UNREACHABLE', `cannot attach to host ${host}: ${err.message}`)
  })
  try {
    // qemu-storage-daemon has no query-status: it runs no guest, so it is always safe to add nodes
    const status = await client.execute<{ running: boolean, status: string }>('query-status').catch((err) => {
      if (err instanceof QmpError && err.errorClass === 'CommandNotFound') return undefined
      throw err
    })
    if (status?.running === true) {
      throw new HostError('ERR_HOST_RUNNING', `host ${host} is running a guest (${status.status}); stop the VM before attaching restored disks, or attach them yourself`)
    }
    const attached: AttachedDisk[] = []
    for (const disk of disks) {
      const node = `restored-${basename(disk.file).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 24)}-${Date.now().toString(36)}`
      await client.execute('blockdev-add', { driver: disk.format, 'node-name': node, file: { driver: 'file', filename: disk.file } })
      const entry: AttachedDisk = { node }
      if (status != null) {
        const device = `${node}-dev`
        await client.execute('device_add', { driver: 'virtio-blk-pci', drive: node, id: device })
        entry.device = device
      }
      attached.push(entry)
    }
    return attached
  } catch (err: any) {
    if (err instanceof HostError) throw err
    throw new HostError('ERR_ATTACH_FAILED', `attaching restored disks to host ${host} failed: ${err.message}`)
  } finally {
    await client.close()
  }
}
