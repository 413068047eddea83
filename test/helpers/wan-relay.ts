/**
 * @packageDocumentation
 * A WAN emulation relay for tests (the kernel here has no netem): a TCP relay that listens on
 * 127.0.0.1, forwards every connection to a target, and makes each direction behave like one
 * bottleneck link of a WAN path:
 *
 * - **Delay**: every byte arrives `rttMs / 2` after it left the link, in each direction, so a
 *   ping-pong through the relay takes `rttMs` (plus the loopback's few µs).
 * - **Rate**: per direction, one link of `rateBps` shared by all the relay's connections (a site's
 *   uplink, not a per-connection cap): bytes are serialised onto it in arrival order.
 * - **Queue**: bytes waiting to be serialised are the link's queue; above `queueBytes` (default
 *   one bandwidth-delay product) the relay stops reading the senders, whose TCP then backs off
 *   through its own window, as behind a full router buffer (but without a drop: see below).
 * - **Window** (optional, `windowBytes`): at most that many bytes per connection and direction
 *   between the sender and the far end's acknowledgement (taken to come back `rttMs / 2` after
 *   delivery): a TCP receive window across the WAN. Without it the relay is a split-TCP proxy:
 *   the senders' TCP windows end at the relay (on loopback), and only flow control of the
 *   application (yamux stream windows, request/reply protocols) sees the RTT.
 *
 * It does **not** emulate loss, reordering, jitter, duplication, or TCP's congestion control over
 * the long RTT (slow start, cwnd after a loss): senders see a clean, fixed-delay, fixed-rate path.
 * Throughput through it is therefore an upper bound of what a real path of that RTT and rate
 * gives.
 *
 * In-process (`startWanRelay`) or as a child process (`startWanRelayProcess`, this file run by
 * node): on a 2-core machine where the test's own process sends and receives at 1 Gbit/s, the
 * child process keeps up and the in-process relay does not (see test/helpers/wan-relay.test.ts
 * and the README's "WAN emulation").
 *
 * @example
 * ```ts
 * const relay = await startWanRelayProcess({ target: { host: '127.0.0.1', port }, rttMs: 150, rateBps: 125e6 })
 * net.connect(relay.port, '127.0.0.1')     // a connection that sees a 150 ms, 1 Gbit/s path
 * await relay.close()
 * ```
 */
import { createServer, connect, type Server, type Socket } from 'node:net'
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createInterface } from 'node:readline'

export interface WanRelayInit {
  target: { host: string, port: number }
  /** round-trip time the relay adds, ms (half each way) */
  rttMs: number
  /** each direction's link rate, bytes per second; 0 or absent: no cap */
  rateBps?: number
  /** bytes a link queues before the relay stops reading its senders (default: one BDP, at least 1 MiB) */
  queueBytes?: number
  /** per connection and direction, bytes in flight at most (a receive window); absent: none */
  windowBytes?: number
}

export interface WanRelay {
  port: number
  /** bytes delivered so far, per direction: `up` client → target, `down` target → client */
  readonly bytes: { up: number, down: number }
  close(): Promise<void>
}

/** One chunk on a link: when it reaches the far end and where it goes. */
interface Flight { at: number, to: Socket, data: Buffer, from: Pipe, end?: boolean }

/** One direction of one connection: its sender, and bytes it has in flight. */
interface Pipe { from: Socket, inFlight: number, pausedForWindow: boolean }

/** One direction's link: serialisation at the rate, then the one-way delay, in FIFO order. */
class Link {
  readonly #rate: number
  readonly #delayMs: number
  readonly #queueBytes: number
  readonly #windowBytes: number
  readonly #flights: Flight[] = []
  #head = 0
  #freeAt = 0
  #timer: NodeJS.Timeout | undefined
  readonly #paused = new Set<Socket>()
  delivered = 0

  constructor (rateBps: number, delayMs: number, queueBytes: number, windowBytes: number) {
    this.#rate = rateBps
    this.#delayMs = delayMs
    this.#queueBytes = queueBytes
    this.#windowBytes = windowBytes
  }

  /** Bytes waiting to be serialised onto the link now. */
  #queued (now: number): number {
    return this.#rate > 0 ? Math.max(0, this.#freeAt - now) * this.#rate / 1000 : 0
  }

  send (pipe: Pipe, to: Socket, data: Buffer): void {
    const now = performance.now()
    const start = Math.max(now, this.#freeAt)
    const done = this.#rate > 0 ? start + data.byteLength * 1000 / this.#rate : start
    this.#freeAt = done
    this.#flights.push({ at: done + this.#delayMs, to, data, from: pipe })
    pipe.inFlight += data.byteLength
    if (this.#queued(now) > this.#queueBytes && !this.#paused.has(pipe.from)) {
      this.#paused.add(pipe.from)
      pipe.from.pause()
    }
    if (this.#windowBytes > 0 && pipe.inFlight >= this.#windowBytes && !pipe.pausedForWindow) {
      pipe.pausedForWindow = true
      windowPaused.add(pipe.from)
      pipe.from.pause()
    }
    this.#arm()
  }

  /** The sender's end of stream, behind its last byte. */
  end (pipe: Pipe, to: Socket): void {
    this.#flights.push({ at: Math.max(performance.now(), this.#freeAt) + this.#delayMs, to, data: Buffer.alloc(0), from: pipe, end: true })
    this.#arm()
  }

  #arm (): void {
    if (this.#timer !== undefined || this.#head >= this.#flights.length) return
    const wait = Math.max(0, this.#flights[this.#head]!.at - performance.now())
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.#deliver()
    }, wait)
  }

  #deliver (): void {
    const now = performance.now()
    // the chunks due now go out in one write per socket (writev), not one syscall each
    const corked = new Set<Socket>()
    while (this.#head < this.#flights.length && this.#flights[this.#head]!.at <= now + 0.5) {
      const f = this.#flights[this.#head]!
      this.#flights[this.#head++] = undefined as unknown as Flight
      if (f.end === true) {
        if (!f.to.destroyed) f.to.end()
        continue
      }
      if (!f.to.destroyed) {
        if (!corked.has(f.to)) {
          corked.add(f.to)
          f.to.cork()
        }
        f.to.write(f.data)
      }
      this.delivered += f.data.byteLength
      this.#acknowledge(f)
    }
    for (const socket of corked) socket.uncork()
    if (this.#head > 4096 && this.#head * 2 > this.#flights.length) {
      this.#flights.splice(0, this.#head)
      this.#head = 0
    }
    // senders paused for the queue read again once it drained below its limit
    if (this.#paused.size > 0 && this.#queued(now) <= this.#queueBytes / 2) {
      for (const s of this.#paused) if (!s.destroyed && !isWindowPaused(s)) s.resume()
      this.#paused.clear()
    }
    this.#arm()
  }

  /** The far end's acknowledgement reaches the sender half an RTT after delivery: the window reopens. */
  #acknowledge (f: Flight): void {
    const give = (): void => {
      f.from.inFlight -= f.data.byteLength
      if (f.from.pausedForWindow && f.from.inFlight < this.#windowBytes) {
        f.from.pausedForWindow = false
        windowPaused.delete(f.from.from)
        if (!this.#paused.has(f.from.from) && !f.from.from.destroyed) f.from.from.resume()
      }
    }
    if (this.#windowBytes > 0) setTimeout(give, this.#delayMs)
    else f.from.inFlight -= f.data.byteLength
  }

  stop (): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer)
  }
}

const windowPaused = new WeakSet<Socket>()
function isWindowPaused (s: Socket): boolean { return windowPaused.has(s) }

/** Starts the relay in this process. */
export async function startWanRelay (init: WanRelayInit): Promise<WanRelay> {
  const rate = init.rateBps ?? 0
  const oneWay = init.rttMs / 2
  const queue = init.queueBytes ?? Math.max(1024 * 1024, rate * init.rttMs / 1000)
  const window = init.windowBytes ?? 0
  const up = new Link(rate, oneWay, queue, window)
  const down = new Link(rate, oneWay, queue, window)
  const sockets = new Set<Socket>()
  const server: Server = createServer({ noDelay: true }, (client) => {
    const target = connect({ host: init.target.host, port: init.target.port, noDelay: true })
    sockets.add(client)
    sockets.add(target)
    const upPipe: Pipe = { from: client, inFlight: 0, pausedForWindow: false }
    const downPipe: Pipe = { from: target, inFlight: 0, pausedForWindow: false }
    client.pause()
    target.once('connect', () => client.resume())
    client.on('data', (d: Buffer) => up.send(upPipe, target, d))
    target.on('data', (d: Buffer) => down.send(downPipe, client, d))
    // an end travels behind the data, one-way delay and all
    client.on('end', () => up.end(upPipe, target))
    target.on('end', () => down.end(downPipe, client))
    const gone = (): void => {
      sockets.delete(client)
      sockets.delete(target)
      client.destroy()
      target.destroy()
    }
    client.on('error', gone)
    target.on('error', gone)
    client.on('close', () => { if (target.writableEnded || target.destroyed) gone() })
    target.on('close', () => { if (client.writableEnded || client.destroyed) gone() })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    port,
    get bytes () { return { up: up.delivered, down: down.delivered } },
    async close () {
      up.stop()
      down.stop()
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/**
 * Starts the relay as a child process (this file, run by the same node), so it has a core of its
 * own; `bytes` is read from the child every 200 ms.
 */
export async function startWanRelayProcess (init: WanRelayInit): Promise<WanRelay> {
  const child: ChildProcess = spawn(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(init)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const bytes = { up: 0, down: 0 }
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the WAN relay exited with ${code} before it listened`)))
    lines.on('line', (line) => {
      const m = JSON.parse(line) as { port?: number, up?: number, down?: number }
      if (m.port !== undefined) resolve(m.port)
      if (m.up !== undefined) { bytes.up = m.up; bytes.down = m.down ?? 0 }
    })
  })
  return {
    port,
    get bytes () { return { ...bytes } },
    async close () {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
}

// run as a child: the relay, its port on stdout, then its byte counts
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const init = JSON.parse(process.argv[2] ?? '{}') as WanRelayInit
  const relay = await startWanRelay(init)
  process.stdout.write(JSON.stringify({ port: relay.port }) + '\n')
  const tick = setInterval(() => process.stdout.write(JSON.stringify(relay.bytes) + '\n'), 200)
  process.on('SIGTERM', () => {
    clearInterval(tick)
    void relay.close().then(() => process.exit(0))
  })
}
