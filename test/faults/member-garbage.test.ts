/**
 * Faults lose nothing: a member that sends garbage. A test libp2p node whose peer id every daemon
 * of the spine lists as a member (but holds no admin key) opens, on every /meshbackup/ protocol
 * each daemon announces, one stream per kind of garbage: random bytes, a 2 GiB length prefix, a
 * truncated frame then its end, a valid frame of the data pipe (a block before any header) and a
 * half-sent frame held open. Each stream must be closed or reset by the daemon within the longest
 * read timeout of the handlers (30 s: the data pipe's header, the restore request, an idle rpc
 * stream) plus a margin, and be gone on the daemon's side (reset if we hold our end open) within
 * a drain of 5 s more; a well-formed admin request is refused with ERR_NOT_ADMIN. Meanwhile the
 * daemons stay up, their RSS grows by less than 64 MiB, and a throttled backup running through
 * the attack succeeds and its point restores bit-exact. On the capacity topic (gossipsub) a
 * malformed announcement and one speaking for another member are dropped; on the bulk lane's TLS
 * port, random bytes and silence are both cut off within its 5 s handshake timeout.
 *
 * Before the fixes this called for, rpc never closed a stream holding a half-sent frame or idle
 * after a frame it could not use; admin (refusing a non-admin) and restore (after an error)
 * closed their end but kept the stream, and everything the member sent on it, for ever; and the
 * bulk lane kept a connection that never spoke open (Node reports the handshake timeout but does
 * not close the socket).
 */
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createHash, randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { connect } from 'node:net'
import { join } from 'node:path'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify } from '@libp2p/identify'
import { gossipsub, type GossipSub } from '@libp2p/gossipsub'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import type { Libp2p, Stream } from '@libp2p/interface'
import { SPINE, startCluster, waitUntil, type Cluster } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { encodeFrameHeader } from '../../protocols/frames/codec.ts'
import { framed } from '../../protocols/frames/stream-frames.ts'
import { yamuxStreamOptions } from '../../protocols/frames/yamux-options.ts'
import { ADMIN_PROTOCOL } from '../../protocols/admin.ts'
import { CAPACITY_TOPIC } from '../../protocols/capacity.ts'
import { CONNECT_TIMEOUT_MS } from '../../protocols/bulk-lane.ts'
import { pb } from '../../proto/index.ts'

const MiB = 1024 * 1024
/** the longest read timeout of a mesh handler (data pipe header, restore request, idle rpc stream) */
const LONGEST_READ_TIMEOUT_MS = 30_000
const CLOSE_BOUND_MS = LONGEST_READ_TIMEOUT_MS + 5_000
/** a daemon that closed its end waits this long (closeAndDrain, the data pipe's refuse) for ours */
const DRAIN_MS = 5_000
const FREE_BOUND_MS = CLOSE_BOUND_MS + DRAIN_MS + 5_000
const RSS_GROWTH_LIMIT = 64 * MiB

interface Garbage {
  name: string
  /** what is written; `close` ends our write end after it, else the stream is held open */
  bytes: () => Uint8Array
  close: boolean
}

const GARBAGE: Garbage[] = [
  { name: 'random bytes', bytes: () => randomBytes(64 * 1024), close: true },
  { name: 'a 2 GiB length prefix', bytes: () => Buffer.concat([encodeFrameHeader(2 * 1024 * MiB), randomBytes(1024)]), close: false },
  { name: 'a truncated frame then close', bytes: () => Buffer.concat([encodeFrameHeader(1000), randomBytes(10)]), close: true },
  {
    name: 'a valid data-pipe block frame first',
    bytes: () => {
      const frame = pb.PipeFrame.encode({ block: { index: 0, digest: randomBytes(32), rawLength: 4, compression: 'none', data: randomBytes(4) } }).finish()
      return Buffer.concat([encodeFrameHeader(frame.byteLength), frame])
    },
    close: false
  },
  { name: 'a half-sent frame held open', bytes: () => Buffer.concat([encodeFrameHeader(4096), randomBytes(100)]), close: false }
]

/** VmRSS of a process, in bytes. */
async function rss (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)
  if (kb == null) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return Number(kb[1]) * 1024
}

function alive (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

interface Closing {
  /** ms until the daemon closed its end or reset the stream */
  ended?: number
  /** ms until the stream was gone on both ends (while we hold ours open: until the daemon reset it) */
  freed?: number
}

/** Watches a stream for `boundMs`; what the daemon sends is read and dropped. */
async function watchClosing (stream: Stream, boundMs: number): Promise<Closing> {
  const start = Date.now()
  const closing: Closing = {}
  return await new Promise((resolve) => {
    const ended = (): void => { closing.ended ??= Date.now() - start }
    const freed = (): void => {
      ended()
      closing.freed = Date.now() - start
      clearTimeout(timer)
      resolve(closing)
    }
    const timer = setTimeout(() => resolve(closing), boundMs)
    stream.addEventListener('message', () => {})
    stream.addEventListener('remoteCloseWrite', ended)
    stream.addEventListener('close', freed)
    if (stream.remoteWriteStatus !== 'writable') ended()
    if (stream.status !== 'open') freed()
  })
}

describe('faults: a member sending garbage on every protocol', function () {
  this.timeout(180_000)
  let dir: string
  let hostDir: string
  let cluster: Cluster | undefined
  let member: Libp2p<{ identify: ReturnType<ReturnType<typeof identify>>, pubsub: GossipSub }> | undefined
  const figures: string[] = []

  const show = async (id: string): Promise<any> => await cluster!.json('a', ['session', 'show', id])
  const sha256 = async (f: string): Promise<string> => createHash('sha256').update(await readFile(f)).digest('hex')

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-garbage-'))
    hostDir = join(dir, 'host')
    await writeFileHost(hostDir, { seed: 9, mix: { zero: 0, text: 0, random: 1 }, vms: [{ name: 'app01', disks: [{ name: 'disk0', size: 24 * MiB }] }] })
    cluster = await startCluster({ dir: join(dir, 'mesh'), nodes: SPINE })
    await cluster.addFileHost('a', 'lab', hostDir)
    // at 2 MB/s the disk takes ~12 s: the backup runs through the attack
    await cluster.cli('a', ['job', 'add', 'app', '--host', 'lab', '--repository', 'main', '--rate', '2M'])
    const privateKey = await generateKeyPair('Ed25519')
    member = await createLibp2p({
      privateKey,
      transports: [tcp()],
      connectionEncrypters: [noise()],
      streamMuxers: [yamux({ streamOptions: yamuxStreamOptions })],
      services: { identify: identify(), pubsub: gossipsub({ allowPublishToZeroTopicPeers: true }) },
      connectionGater: { denyDialMultiaddr: () => false }
    })
    for (const name of cluster.nodes.keys()) await cluster.cli(name, ['members', 'add', member.peerId.toString()])
  })

  after(async function () {
    if (figures.length > 0) console.log(`      figures: ${figures.join('; ')}`)
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of cluster.nodes.keys()) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await member?.stop()
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('closes every garbage stream within a bounded time, stays up within its memory, and lets a running backup finish bit-exact', async () => {
    const run = await cluster!.json('a', ['job', 'run', 'app'])
    await waitUntil('the backup to be reading', async () => {
      const task = (await show(run.id)).tasks[0]
      return task?.state === 'running' && task.blocksDone > 0 ? true : undefined
    }, 60_000, 250)

    const names = [...cluster!.nodes.keys()]
    const pids = new Map(names.map((n) => [n, cluster!.node(n).process!.pid!]))
    const rssBefore = new Map(await Promise.all(names.map(async (n) => [n, await rss(pids.get(n)!)] as const)))

    // the protocols each daemon handles, as it announces them (identify)
    const handled = new Map<string, string[]>()
    for (const name of names) {
      const node = cluster!.node(name)
      const target = multiaddr(`/ip4/127.0.0.1/tcp/${node.port}/p2p/${node.peerId}`)
      const connection = await member!.dial(target, { signal: AbortSignal.timeout(10_000) })
      const protocols = await waitUntil(`the protocols of ${name}`, async () => {
        const peer = await member!.peerStore.get(connection.remotePeer).catch(() => undefined)
        const mesh = (peer?.protocols ?? []).filter((p) => p.startsWith('/meshbackup/'))
        return mesh.length > 0 ? mesh.sort() : undefined
      }, 10_000, 100)
      handled.set(name, protocols)
    }
    assert.deepEqual(handled.get('c'), ['/meshbackup/admin/1.0.0', '/meshbackup/block-fetch/1.0.0', '/meshbackup/datapipe/1.0.0', '/meshbackup/restore/1.0.0', '/meshbackup/rpc/1.0.0'])
    for (const name of ['a', 'b']) assert.deepEqual(handled.get(name), ['/meshbackup/admin/1.0.0', '/meshbackup/rpc/1.0.0'])

    const results = await Promise.all([...handled].flatMap(([name, protocols]) => {
      const node = cluster!.node(name)
      const target = multiaddr(`/ip4/127.0.0.1/tcp/${node.port}/p2p/${node.peerId}`)
      return protocols.flatMap((protocol) => GARBAGE.map(async (garbage) => {
        const what = `${garbage.name} on ${protocol} of ${name}`
        const stream = await member!.dialProtocol(target, protocol, { signal: AbortSignal.timeout(10_000) })
        const closing = watchClosing(stream, FREE_BOUND_MS)
        try {
          stream.send(garbage.bytes())
          if (garbage.close) await stream.close({ signal: AbortSignal.timeout(5_000) })
        } catch {
          // the daemon may have reset the stream already
        }
        const { ended, freed } = await closing
        if (stream.status === 'open') stream.abort(new Error('test done'))
        return { what, ended, freed }
      }))
    }))
    const open = results.filter((r) => r.ended === undefined || r.ended > CLOSE_BOUND_MS).map((r) => `${r.what} (${r.ended ?? 'never'})`)
    assert.deepEqual(open, [], `streams the daemons did not close within ${CLOSE_BOUND_MS} ms`)
    const pinned = results.filter((r) => r.freed === undefined).map((r) => r.what)
    assert.deepEqual(pinned, [], `streams the daemons still held ${FREE_BOUND_MS} ms after they were opened`)
    const slowest = (key: 'ended' | 'freed'): string => {
      const r = results.reduce((a, b) => (b[key]! > a[key]! ? b : a))
      return `${r[key]} ms (${r.what})`
    }
    figures.push(`${results.length} garbage streams; slowest closed by the daemon in ${slowest('ended')}, slowest freed in ${slowest('freed')}`)

    // a member is not an admin: a well-formed admin request is refused, naming why
    for (const name of names) {
      const node = cluster!.node(name)
      const f = framed(await member!.dialProtocol(multiaddr(`/ip4/127.0.0.1/tcp/${node.port}/p2p/${node.peerId}`), ADMIN_PROTOCOL))
      await f.writeMessage(pb.AdminRequest, { status: {} })
      const reply = await f.readMessage(pb.AdminReply, { timeoutMs: 10_000 })
      assert.equal(reply?.error?.code, 'ERR_NOT_ADMIN', `daemon ${name} refuses a member without an admin key`)
      await f.close()
    }

    for (const name of names) {
      assert.ok(alive(pids.get(name)!), `daemon ${name} is alive`)
      assert.equal(cluster!.node(name).process!.exitCode, null, `daemon ${name} has not exited`)
      const status = await cluster!.json(name, ['status'])
      assert.equal(status.peerId ?? cluster!.node(name).peerId, cluster!.node(name).peerId)
      const growth = await rss(pids.get(name)!) - rssBefore.get(name)!
      figures.push(`RSS of ${name} grew ${(growth / MiB).toFixed(1)} MiB`)
      assert.ok(growth < RSS_GROWTH_LIMIT, `daemon ${name} grew by ${(growth / MiB).toFixed(1)} MiB over the attack`)
    }

    const s = await waitUntil(`session ${run.id} to end`, async () => {
      const session = await show(run.id)
      return session.state !== 'running' ? session : undefined
    }, 60_000, 250)
    assert.equal(s.state, 'success', s.log.join('\n'))
    const to = join(dir, 'restored')
    await cluster!.cli('a', ['restore', s.points[0], '--vm', 'app01', '--to', to])
    assert.equal(await sha256(join(to, 'disk0.raw')), await sha256(join(hostDir, 'app01', 'disk0.raw')), 'the point restores bit-exact')
  })

  it('drops garbage and spoofed announcements a member gossips on the capacity topic, and keeps its view', async () => {
    const pubsub = member!.services.pubsub
    pubsub.subscribe(CAPACITY_TOPIC)
    for (const name of cluster!.nodes.keys()) {
      const node = cluster!.node(name)
      await member!.dial(multiaddr(`/ip4/127.0.0.1/tcp/${node.port}/p2p/${node.peerId}`), { signal: AbortSignal.timeout(10_000) })
    }
    await waitUntil('the daemons to subscribe the member', () => pubsub.getSubscribers(CAPACITY_TOPIC).length === 3 ? true : undefined, 20_000, 100)
    const b = cluster!.node('b').peerId
    const logA = async (): Promise<string> => await readFile(cluster!.node('a').log, 'utf8')
    const logBefore = (await logA()).length
    // a truncated length-delimited field: not a protobuf message
    await pubsub.publish(CAPACITY_TOPIC, Uint8Array.from([0x0a, 0xff, 0xff]))
    // a well-formed announcement that speaks for b
    await pubsub.publish(CAPACITY_TOPIC, pb.Announcement.encode({ peerId: b, roles: ['proxy'], seq: 1e9, sentAtMs: Date.now() + 3_600_000, proxy: { slots: 99, hosts: [{ host: 'spoofed', modes: ['file'] }] } }).finish())
    await waitUntil('a to drop both', async () => {
      const lines = (await logA()).slice(logBefore).split('\n').flatMap((l) => { try { return [JSON.parse(l)] } catch { return [] } })
      const malformed = lines.some((l) => l.msg === 'malformed capacity announcement dropped')
      const spoofed = lines.some((l) => l.msg === 'capacity announcement from a non-member or for another peer dropped' && l.from === member!.peerId.toString() && l.claims === b)
      return malformed && spoofed ? true : undefined
    }, 20_000, 200)
    const status = await cluster!.api('a', '/api/status')
    const ofB = status.capacity.find((c: any) => c.announcement.peerId === b)?.announcement
    assert.ok(ofB != null, 'a still sees b')
    assert.ok(!(ofB.proxy?.hosts ?? []).some((h: any) => h.host === 'spoofed'), 'the spoofed announcement did not replace b\'s own')
    for (const name of cluster!.nodes.keys()) assert.equal(cluster!.node(name).process!.exitCode, null, `daemon ${name} is up`)
  })

  it('closes connections that send garbage, or nothing, to a bulk lane port within its handshake timeout', async () => {
    const lanes: Array<{ name: string, port: number }> = []
    for (const name of cluster!.nodes.keys()) {
      for (const line of (await readFile(cluster!.node(name).log, 'utf8')).split('\n')) {
        if (!line.includes('"bulk lane open"')) continue
        lanes.push({ name, port: JSON.parse(line).port })
      }
    }
    assert.ok(lanes.some((l) => l.name === 'c'), 'the repository has opened its bulk lane')
    const bound = CONNECT_TIMEOUT_MS + 5_000
    const results = await Promise.all(lanes.flatMap(({ name, port }) => [randomBytes(4096), new Uint8Array(0)].map(async (bytes) => {
      const what = `${bytes.byteLength > 0 ? 'random bytes' : 'silence'} on the bulk lane of ${name}`
      return await new Promise<{ what: string, ms?: number }>((resolve) => {
        const start = Date.now()
        const socket = connect({ host: '127.0.0.1', port }, () => { if (bytes.byteLength > 0) socket.write(bytes) })
        socket.on('error', () => {})
        socket.on('data', () => {})
        const timer = setTimeout(() => { socket.destroy(); resolve({ what }) }, bound)
        socket.on('close', () => { clearTimeout(timer); resolve({ what, ms: Date.now() - start }) })
      })
    })))
    assert.deepEqual(results.filter((r) => r.ms === undefined).map((r) => r.what), [], `connections still open after ${bound} ms`)
    figures.push(`bulk lane: ${results.map((r) => `${r.what} closed in ${r.ms} ms`).join(', ')}`)
  })
})
