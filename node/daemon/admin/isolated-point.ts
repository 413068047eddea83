/**
 * @packageDocumentation
 * A restore point started as a VM in isolation on this daemon's machine, for a boot check: each
 * disk of the point is served by the daemon's NBD server (point-exports.ts: blocks fetched on
 * demand from a repository holding the point, opened with the key when encrypted), a local qcow2
 * overlay takes the guest's writes above it, and qemu-system-x86_64 runs with no network
 * (node/hosts/qemu/isolated-vm.ts) and the memory and vCPUs the point recorded. Stopping kills the
 * VM and closes the exports; the caller throws the work folder (the overlays) away.
 *
 * @example
 * ```ts
 * const startIsolated = isolatedPointStarter({ exports, node: peerId })
 * const vm = await startIsolated({ point, vm: 'web01', host: '', workDir, dataKey })
 * await vm.stop()
 * ```
 */
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { connectVmQmp, isolatedVmCommand, launchVm, type IsolatedDisk } from '../../hosts/qemu/isolated-vm.ts'
import type { IsolatedVm, StartIsolated } from './boot-check.ts'
import type { PointExports, ServedDisk } from './point-exports.ts'

const run = promisify(execFile)
/** how long QEMU's NBD client waits for its export to come back (the server itself waits 30 s for the repository) */
const RECONNECT_DELAY_S = 30

export interface IsolatedPointInit {
  exports: PointExports
  /** this node, named in the check's record as the host it ran on */
  node: string
  qemuImg?: string
  qemu?: string
}

export function isolatedPointStarter (init: IsolatedPointInit): StartIsolated {
  return async ({ point, vm, workDir, dataKey }): Promise<IsolatedVm> => {
    const served: ServedDisk[] = []
    const log: string[] = []
    const closeAll = async (): Promise<void> => { await Promise.all(served.map(async s => { await s.close() })) }
    try {
      const disks: IsolatedDisk[] = []
      for (const d of [...(point.disks ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
        const index = d.index ?? 0
        const s = await init.exports.open({ pointId: point.id ?? '', vm, disk: index, repository: point.repository ?? '', key: dataKey })
        served.push(s)
        const overlay = join(workDir, `disk${index}.qcow2`)
        // no backing in the header: the VM's block graph names it, so nothing is read here
        await run(init.qemuImg ?? 'qemu-img', ['create', '-q', '-f', 'qcow2', overlay, String(s.size)])
        const socket = s.address.replace(/^unix:/, '')
        disks.push({
          node: `top${index}`,
          blockdevs: [
            `driver=nbd,node-name=nbd${index},server.type=unix,server.path=${socket},export=${s.exportName},read-only=on,reconnect-delay=${RECONNECT_DELAY_S}`,
            `driver=raw,node-name=base${index},file=nbd${index},read-only=on`,
            `driver=file,node-name=ovf${index},filename=${overlay}`,
            `driver=qcow2,node-name=top${index},file=ovf${index},backing=base${index}`
          ]
        })
        log.push(`overlay disk${index}.qcow2 over NBD export ${s.exportName} (restore point ${point.id} in repository ${s.repository})`)
      }
      const config = served[0]?.point.config
      const cmd = isolatedVmCommand({
        name: `bootcheck-${vm}`,
        workDir,
        disks,
        memoryMiB: config?.memoryMib != null && config.memoryMib > 0 ? config.memoryMib : undefined,
        cpus: config?.vcpus != null && config.vcpus > 0 ? config.vcpus : undefined,
        accel: 'kvm',
        stopOnIoError: true,
        qemu: init.qemu
      })
      for (const f of cmd.files) await writeFile(f.path, f.data)
      const running = launchVm(cmd)
      const stop = async (): Promise<void> => {
        try { process.kill(running.pid, 'SIGKILL') } catch {}
        await running.exited
        await closeAll()
      }
      let qmp
      try {
        qmp = await connectVmQmp(cmd, running)
      } catch (err) {
        await stop()
        throw err
      }
      log.push(`qemu-system-x86_64 (pid ${running.pid}, ${cmd.accel}, ${config?.memoryMib ?? 256} MiB) started with no network`)
      return {
        qmp,
        qga: cmd.qga,
        serialLog: cmd.serialLog,
        startedAtMs: running.startedAtMs,
        exited: running.exited,
        host: init.node,
        log,
        stop: async () => {
          await qmp.close().catch(() => {})
          await stop()
        }
      }
    } catch (err) {
      await closeAll()
      throw err
    }
  }
}
