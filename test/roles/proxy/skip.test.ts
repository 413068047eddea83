/**
 * Skipping what need not be stored (issue 20 part 2), end to end through the proxy's DiskMove, a
 * real libp2p datapipe, a real Repository and a restore: a GPT guest disk (sim/guest-disk.ts)
 * whose ext4 root held a big file that was deleted (free blocks with old bytes), has a swap file,
 * a swap partition and a cache to exclude. Every restored disk must pass `e2fsck -fn`, and every
 * file that was not excluded must come back bit for bit (debugfs dumps of the original and the
 * restored disk compared); skipped blocks are counted by reason; CBT and digest-compare
 * incrementals across allocation changes (a file deleted, a new one written into former free
 * space) restore the same way.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFile, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Libp2p } from '@libp2p/interface'
import type { TaskSpec } from '../../../proto/index.ts'
import { ActorSystem } from '../../../node/runtime/actors/system.ts'
import { address } from '../../../node/runtime/actors/address.ts'
import { LeaseTable } from '../../../node/runtime/leases.ts'
import { Repository } from '../../../roles/repository/store.ts'
import { repositoryActor } from '../../../roles/repository/actor.ts'
import { serveRepository, type RepositoryServer } from '../../../roles/repository/server.ts'
import { DiskMove, type DiskMoveResult } from '../../../roles/proxy/disk-move.ts'
import { openDisk } from '../../../roles/proxy/open-disk.ts'
import { restoreDisk } from '../../../protocols/restore.ts'
import { startNodes, stopNodes } from '../../helpers/libp2p.ts'
import { MiB, TempDirs, linkSystems } from '../../helpers/datapath.ts'
import { IMAGE_TOOLS } from '../../helpers/guest-images.ts'
import { requirePrograms } from '../../helpers/tools.ts'
import { buildGuestDisk, type GuestDisk } from '../../../sim/guest-disk.ts'

const sh = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'latin1', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 })
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

/** Every regular file of the filesystem at `device` (debugfs `rdump`-free walk): path → SHA-256 of its data. */
function fileDigests (device: string, dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (path: string): void => {
    for (const line of sh('debugfs', ['-R', `ls -p "${path}"`, device]).split('\n')) {
      const m = /^\/(\d+)\/(\d{6})\/\d+\/\d+\/(.*)\/\d*\/$/.exec(line)
      if (m == null || m[3] === '.' || m[3] === '..' || m[1] === '0') continue
      const child = path === '/' ? `/${m[3]}` : `${path}/${m[3]}`
      if (m[2]!.startsWith('04')) { walk(child); continue }
      if (!m[2]!.startsWith('10')) continue
      const dumped = join(dir, 'dump.bin')
      sh('debugfs', ['-R', `dump "${child}" ${dumped}`, device])
      out.set(child, sha(execFileSync('cat', [dumped], { maxBuffer: 1 << 30 })))
    }
  }
  walk('/')
  return out
}

describe('roles/proxy: skipping free space, swap and excluded files', function () {
  this.timeout(300_000)
  const temps = new TempDirs()
  let nodes: Libp2p[] = []
  let repoSystem: ActorSystem
  let repo: Repository
  let server: RepositoryServer
  let repoLeases: LeaseTable
  let repositoryAt: string
  let repoPeer: string
  let dir: string
  let guest: GuestDisk
  let size: number
  let tasks = 0

  before(function () { requirePrograms(this, ...IMAGE_TOOLS, { program: 'e2fsck', debian: 'e2fsprogs' }) })
  before(async function () {
    dir = await temps.make()
    guest = buildGuestDisk(dir, { fsMiB: 192, deletedMiB: 64, swapFileMiB: 16, swapPartMiB: 24, cacheMiB: 16, keepMiB: 16 })
    size = (await stat(guest.image)).size
    nodes = await startNodes(2)
    repoPeer = nodes[1].peerId.toString()
    repoSystem = new ActorSystem({ peerId: repoPeer })
    const other = new ActorSystem({ peerId: nodes[0].peerId.toString() })
    linkSystems(other, repoSystem)
    repo = await Repository.open({ path: join(dir, 'repo'), name: 'main', create: true })
    repoLeases = new LeaseTable({ slots: 4, peerId: repoPeer, name: 'repository' })
    const repoSelf = address(repoPeer, 'repository')
    server = await serveRepository({ libp2p: nodes[1], repo, leases: repoLeases, released: (holder, leaseId) => repoSystem.tell(holder, { leaseRelease: { leaseId, peerId: repoPeer } }, repoSelf) })
    repositoryAt = repoSystem.spawn('repository', repositoryActor({ repo, leases: repoLeases, name: 'main', peerId: repoPeer }))
  })
  after(async function () {
    await repoSystem?.stop()
    await server?.stop().catch(() => {})
    await stopNodes(nodes)
    repoLeases?.close()
    await repo?.close()
    await temps.cleanup()
  })

  /** One disk moved (changed: CBT's list), committed; the point's id and the move's result. */
  async function backup (spec: Partial<TaskSpec>, changed?: number[]): Promise<{ point: string, moved: DiskMoveResult }> {
    const taskId = `t${++tasks}`
    const grant = await repoSystem.ask(repositoryAt, { leaseRequest: { taskId, ttlMs: 60_000, holder: repositoryAt } })
    const task: TaskSpec = { taskId, sessionId: `s${tasks}`, job: 'j', vm: 'vm', disk: 0, diskName: 'vda', blockSize: MiB, compression: 'zstd', size, source: guest.image, ...spec }
    const move = new DiskMove({
      libp2p: nodes[0], task, repositoryPeer: repoPeer, repositoryLease: grant.leaseGrant!.leaseId!,
      openDisk: async (t, bs, what, signal) => ({ ...(await openDisk(t, bs, what, signal)), ...(changed !== undefined ? { changed } : {}) })
    })
    const moved = await move.run()
    const reply = await repoSystem.ask(repositoryAt, { commitPoint: { job: 'j', sessionId: `s${tasks}`, vm: 'vm', host: 'lab', stagedIds: [moved.stagedId] } })
    return { point: reply.pointCommitted!.point!.id!, moved }
  }

  async function restored (point: string, name: string): Promise<string> {
    const to = join(dir, name)
    await restoreDisk({ libp2p: nodes[0], peerId: repoPeer, pointId: point, vm: 'vm', disk: 0, to })
    return to
  }

  /** e2fsck -fn passes on the restored disk's ext4, and every file not excluded is the original's, bit for bit. */
  function checkRestore (original: string, copy: string, excluded: (path: string) => boolean): void {
    const dev = (image: string): string => `${image}?offset=${guest.fsOffset}`
    sh('e2fsck', ['-fn', dev(copy)]) // throws on a non-zero exit
    const want = fileDigests(dev(original), dir)
    const got = fileDigests(dev(copy), dir)
    assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort(), 'the same files')
    let compared = 0
    for (const [path, digest] of want) {
      if (excluded(path)) continue
      assert.equal(got.get(path), digest, `${path} restored bit for bit`)
      compared++
    }
    assert.ok(compared >= 5, `${compared} files compared`)
  }

  const cacheOrSwap = (p: string): boolean => p.startsWith('/var/cache/') || p === '/swapfile'
  let full: { point: string, moved: DiskMoveResult }
  let snapshot0: string

  it('skips free space, the swap file, the swap partition and excluded files, and restores a consistent filesystem', async () => {
    snapshot0 = join(dir, 'snap0.raw')
    await copyFile(guest.image, snapshot0)
    const whole = await backup({ noSkipFree: true, noSkipSwap: true })
    const s0 = whole.moved.stats
    assert.equal(s0.blocksSkippedFree + s0.blocksSkippedSwap + s0.blocksSkippedExcluded, 0)

    full = await backup({ exclude: ['/var/cache/**'] })
    const s = full.moved.stats
    console.log(`      read ${(s0.bytesRead / MiB).toFixed(1)} → ${(s.bytesRead / MiB).toFixed(1)} MiB, sent ${(s0.rawBytesSent / MiB).toFixed(1)} → ${(s.rawBytesSent / MiB).toFixed(1)} MiB; skipped ${s.blocksSkippedFree} free, ${s.blocksSkippedSwap} swap, ${s.blocksSkippedExcluded} excluded`)
    console.log(full.moved.notes.map((n) => `        ${n}`).join('\n'))
    assert.ok(s.blocksSkippedFree >= 60, `the deleted 64 MiB and the rest of free space skipped (${s.blocksSkippedFree})`)
    assert.ok(s.blocksSkippedSwap >= 16 + 24 - 4, `the swap file and partition past their headers (${s.blocksSkippedSwap})`)
    assert.ok(s.blocksSkippedExcluded >= 12, `the excluded cache (${s.blocksSkippedExcluded})`)
    assert.ok(s.bytesRead < s0.bytesRead - 100 * MiB, 'far less read (the holes were not read either way)')
    assert.ok(full.moved.notes.some((n) => /swap partition/.test(n)) && full.moved.notes.some((n) => /exclude \/var\/cache/.test(n)))

    // the whole read restores bit for bit; the skipping one restores every file but the skipped
    assert.equal(sha(await readFile(await restored(whole.point, 'whole.raw'))), sha(await readFile(guest.image)))
    const copy = await restored(full.point, 'full.raw')
    checkRestore(guest.image, copy, cacheOrSwap)
    // the headers of both swaps stay, so the restored guest's swapon finds them
    const a = await readFile(guest.image)
    const b = await readFile(copy)
    assert.ok(a.subarray(guest.swapOffset, guest.swapOffset + 4096).equals(b.subarray(guest.swapOffset, guest.swapOffset + 4096)))
    const head = join(dir, 'swaphead')
    sh('debugfs', ['-R', `dump /swapfile ${head}`, `${copy}?offset=${guest.fsOffset}`])
    assert.equal((await readFile(head)).toString('latin1', 4086, 4096), 'SWAPSPACE2')
  })

  /** The guest changes: /keep/a.bin deleted (its blocks freed, not written), a new file written into free space, one file rewritten. */
  async function changeGuest (tag: string): Promise<number[]> {
    const before = await readFile(guest.image)
    const fresh = join(dir, `new-${tag}.bin`)
    sh('dd', ['if=/dev/urandom', `of=${fresh}`, 'bs=1M', 'count=24', 'status=none'])
    const dev = guest.fsDevice
    execFileSync('debugfs', ['-w', '-f', '-', dev], { input: `rm /keep/a.bin\nwrite ${fresh} /new-${tag}.bin\n`, stdio: ['pipe', 'ignore', 'ignore'] })
    const after = await readFile(guest.image)
    // what CBT would name: the blocks written (here: those whose bytes differ)
    const changed: number[] = []
    for (let i = 0; i * MiB < after.length; i++) if (!before.subarray(i * MiB, (i + 1) * MiB).equals(after.subarray(i * MiB, (i + 1) * MiB))) changed.push(i)
    return changed
  }

  it('a CBT incremental across allocation changes restores every file; freed blocks become zero markers', async () => {
    const changed = await changeGuest('cbt')
    const inc = await backup({ basePoint: full.point, exclude: ['/var/cache/**'] }, changed)
    const s = inc.moved.stats
    assert.ok(s.blocksSkippedFree >= 7, `the freed /keep/a.bin blocks are stored as zero (${s.blocksSkippedFree})`)
    checkRestore(guest.image, await restored(inc.point, 'cbt.raw'), cacheOrSwap)
    // the base still restores the guest as it was
    checkRestore(snapshot0, await restored(full.point, 'full-again.raw'), cacheOrSwap)
  })

  it('a digest-compare incremental (no CBT) across allocation changes restores every file', async () => {
    await changeGuest('digest')
    const base = (await backup({ exclude: ['/var/cache/**'] })).point
    await changeGuest('digest2')
    const inc = await backup({ basePoint: base, exclude: ['/var/cache/**'] })
    assert.ok(inc.moved.stats.blocksUnchanged > 0)
    checkRestore(guest.image, await restored(inc.point, 'digest.raw'), cacheOrSwap)
  })

  it('reads a filesystem that needs recovery whole, and says why', async () => {
    const unclean = join(dir, 'unclean.raw')
    await copyFile(guest.image, unclean)
    sh('debugfs', ['-w', '-R', 'feature needs_recovery', `${unclean}?offset=${guest.fsOffset}`])
    const { moved } = await backup({ source: unclean, exclude: ['/var/cache/**'] })
    assert.equal(moved.stats.blocksSkippedFree + moved.stats.blocksSkippedExcluded, 0)
    assert.ok(moved.stats.blocksSkippedSwap >= 20, 'the swap partition is still skipped')
    assert.ok(moved.notes.some((n) => /part1: ext4 read whole: it needs journal recovery/.test(n)), moved.notes.join('\n'))
    assert.deepEqual(moved.warnings, [])
  })
})
