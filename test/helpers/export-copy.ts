/**
 * A migration's copy (node/hosts/recovery/local-copy.ts CopyDisk) for specs whose point disks are
 * qemu-nbd exports rather than a repository: `qemu-img convert` from the export into the local
 * file (`-r` keeps to the migration's cap), progress read from its `-p` output. A server that goes
 * away fails the copy, which the migration then tries again, as it does a restore.
 */
import { spawn } from 'node:child_process'
import { rename, rm } from 'node:fs/promises'
import type { CopyDisk } from '../../node/hosts/recovery/local-copy.ts'

export function exportCopier (exportOf: (index: number) => { socket: string, name: string }): CopyDisk {
  return async (disk, file, { onProgress, signal, bytesPerSecond }) => {
    signal.throwIfAborted()
    const { socket, name } = exportOf(disk.index)
    const partial = `${file}.partial`
    const args = ['convert', '-p', '-f', 'raw', '-O', 'raw', ...(bytesPerSecond > 0 ? ['-r', String(bytesPerSecond)] : []), `nbd+unix:///${name}?socket=${socket}`, partial]
    const child = spawn('qemu-img', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const kill = (): void => { child.kill('SIGKILL') }
    signal.addEventListener('abort', kill, { once: true })
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      const last = [...text.matchAll(/\((\d+(?:\.\d+)?)\/100%\)/g)].pop()
      if (last !== undefined) onProgress(Math.floor(disk.size * Number(last[1]) / 100))
    })
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text })
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
    signal.removeEventListener('abort', kill)
    if (code !== 0) {
      await rm(partial, { force: true })
      signal.throwIfAborted()
      throw new Error(`qemu-img convert from export ${name} failed: ${stderr.trim()}`)
    }
    await rename(partial, file)
    onProgress(disk.size)
  }
}
