/**
 * Test helpers for the data path (datapipe, restore, proxy data mover, repository receiver):
 * temp folders, generated disk images with zero, text and random regions, an actor that collects
 * what it is told, and waits with a deadline.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pb, type ActorMessage } from '../../proto/index.ts'
import type { ActorSystem } from '../../node/runtime/actors/system.ts'
import type { Address } from '../../node/runtime/actors/address.ts'
import { messageKind } from '../../node/runtime/actors/message.ts'
import { removeTree } from '../roles/repository/helpers.ts'

export const MiB = 1024 * 1024

/** Temp folders made by a spec; `cleanup()` in after/afterEach removes them. */
export class TempDirs {
  private readonly dirs: string[] = []

  async make (): Promise<string> {
    const d = await mkdtemp(join(tmpdir(), 'meshbackup-datapath-'))
    this.dirs.push(d)
    return d
  }

  async cleanup (): Promise<void> {
    // removeTree: a locked point's files may be immutable
    await Promise.all(this.dirs.splice(0).map(async d => { await removeTree(d) }))
  }
}

/** Kinds of content a region of a generated image holds. */
export type Region = 'zero' | 'text' | 'random'

/**
 * Writes a disk image of `size` bytes whose block `i` holds `layout(i)` content: zero blocks
 * stay holes, text compresses well, random does not.
 */
export async function writeImage (file: string, size: number, blockSize: number, layout: (index: number) => Region): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await handle.truncate(size)
    const blocks = Math.ceil(size / blockSize)
    for (let i = 0; i < blocks; i++) {
      const length = Math.min(blockSize, size - i * blockSize)
      const kind = layout(i)
      if (kind === 'zero') continue
      await handle.write(blockContent(kind, length, i), 0, length, i * blockSize)
    }
  } finally {
    await handle.close()
  }
}

/** Content of one block: text is a log-like line pattern unique to the block, random is random. */
export function blockContent (kind: Region, length: number, seed: number): Buffer {
  if (kind === 'zero') return Buffer.alloc(length)
  if (kind === 'random') return randomBytes(length)
  const line = Buffer.from(`${seed.toString().padStart(8, '0')} INFO block ${seed} of a generated image: the quick brown fox jumps over the lazy dog\n`)
  const out = Buffer.allocUnsafe(length)
  for (let at = 0; at < length; at += line.length) line.copy(out, at, 0, Math.min(line.length, length - at))
  return out
}

/** Overwrites block `index` of `file` with `data`. */
export async function writeBlock (file: string, index: number, blockSize: number, data: Buffer): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.write(data, 0, data.length, index * blockSize)
  } finally {
    await handle.close()
  }
}

/** SHA-256 of a whole file, streamed. */
export async function fileSha256 (file: string): Promise<string> {
  const hash = createHash('sha256')
  const handle = await open(file, 'r')
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: 4 * MiB })) hash.update(chunk as Buffer)
  } finally {
    await handle.close().catch(() => {})
  }
  return hash.digest('hex')
}

/** Resolves `p`, or rejects after `ms` so a test never hangs. */
export async function within<T> (p: Promise<T>, ms = 10_000, what = 'the operation'): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([p, new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)
    })])
  } finally {
    clearTimeout(timer)
  }
}

/** Checks `condition` every `everyMs` until it holds; rejects after `ms`. */
export async function waitFor (condition: () => boolean, ms = 10_000, what = 'the condition', everyMs = 10): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${ms} ms`)
    await new Promise(resolve => setTimeout(resolve, everyMs))
  }
}

/** An actor that records every message it is told and lets a test wait for one of a kind. */
export class Inbox {
  readonly address: Address
  readonly messages: ActorMessage[] = []
  private readonly waiters: Array<{ kind: string, match: (m: ActorMessage) => boolean, resolve: (m: ActorMessage) => void }> = []

  constructor (system: ActorSystem, name: string) {
    this.address = system.spawn(name, () => ({
      receive: (msg) => {
        this.messages.push(msg)
        const kind = messageKind(msg)
        for (const w of [...this.waiters]) {
          if (w.kind === kind && w.match(msg)) {
            this.waiters.splice(this.waiters.indexOf(w), 1)
            w.resolve(msg)
          }
        }
      }
    }))
  }

  /** The first message of `kind` (already received or still to come) that `match` accepts. */
  async next (kind: string, match: (m: ActorMessage) => boolean = () => true, ms = 30_000): Promise<ActorMessage> {
    const seen = this.messages.find(m => messageKind(m) === kind && match(m))
    if (seen !== undefined) return seen
    return await within(new Promise<ActorMessage>(resolve => { this.waiters.push({ kind, match, resolve }) }), ms, `a ${kind} message`)
  }

  of (kind: string): ActorMessage[] {
    return this.messages.filter(m => messageKind(m) === kind)
  }
}

/**
 * Joins two actor systems as rpc would: envelopes are encoded and decoded (so a message that
 * cannot cross the wire fails here too) and delivered on a later tick.
 */
export function linkSystems (a: ActorSystem, b: ActorSystem): void {
  const wire = (from: ActorSystem, to: ActorSystem) => ({
    send: async (peerId: string, envelope: Parameters<ActorSystem['deliverRemote']>[0]): Promise<void> => {
      if (peerId !== to.peerId) throw new Error(`no route to ${peerId}`)
      const copy = pb.Envelope.decode(pb.Envelope.encode(envelope).finish())
      setImmediate(() => { to.deliverRemote(copy, from.peerId) })
    }
  })
  a.remote = wire(a, b)
  b.remote = wire(b, a)
}
