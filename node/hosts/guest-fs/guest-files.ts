/**
 * @packageDocumentation
 * File-level restore's front door: opens a guest disk (a local file, or an NBD export mounted
 * through a DiskMount), finds its volumes, picks the one asked for and opens its filesystem for
 * reading. Closing it closes the filesystem, the disk and the mount, in that order.
 *
 * @example
 * ```ts
 * const guest = await openGuestFiles({ disk: { file: '/var/lib/vm/disk0.raw' }, partition: 'part2' })
 * console.log(guest.volume.name, await guest.reader.list('/'))
 * await guest.close()
 * ```
 */
import { DiskFile } from './disk-file.ts'
import { mountNbd, type DiskMount, type MountedDisk } from './disk-mount.ts'
import { ExtReader } from './ext-reader.ts'
import { findVolumes, pickVolume, type Volume } from './volumes.ts'

/** Where a guest disk's bytes are: a file here, or an export of an NBD server. */
export type GuestDiskSource = { file: string } | { nbd: { address: string, exportName: string } }

export interface OpenGuestFilesInit {
  disk: GuestDiskSource
  /** `part2`, `2`, `/dev/vda2` or `disk`; default: the first ext2/3/4 volume */
  partition?: string
  /** how an NBD export becomes a file; default nbdfuse (mountNbd) */
  mount?: DiskMount
  /** the debugfs program; default `debugfs` on PATH */
  debugfs?: string
}

/** An open guest filesystem. */
export interface GuestFiles {
  /** every volume the disk has */
  volumes: Volume[]
  /** the one opened */
  volume: Volume
  reader: ExtReader
  close (): Promise<void>
}

/** Opens the disk's chosen volume; throws the GuestFsError that says why it cannot. */
export async function openGuestFiles (init: OpenGuestFilesInit): Promise<GuestFiles> {
  let mounted: MountedDisk | undefined
  let disk: DiskFile | undefined
  try {
    let file: string
    let name: string
    if ('file' in init.disk) {
      file = init.disk.file
      name = file
    } else {
      mounted = await (init.mount ?? mountNbd)(init.disk.nbd.address, init.disk.nbd.exportName)
      file = mounted.file
      name = `export "${init.disk.nbd.exportName}"`
    }
    disk = await DiskFile.open(file)
    const volumes = await findVolumes(disk)
    const volume = pickVolume(volumes, init.partition, name)
    const reader = await ExtReader.open({ disk, offset: volume.offset, ...(init.debugfs != null ? { debugfs: init.debugfs } : {}) })
    const opened = { disk, mounted }
    let closing: Promise<void> | undefined
    return {
      volumes,
      volume,
      reader,
      close: async () => {
        closing ??= (async () => {
          await reader.close().catch(() => {})
          await opened.disk.close().catch(() => {})
          await opened.mounted?.close()
        })()
        await closing
      }
    }
  } catch (err) {
    await disk?.close().catch(() => {})
    await mounted?.close().catch(() => {})
    throw err
  }
}
