/**
 * @packageDocumentation
 * The bytes a client sent and the server has not taken yet: chunks as the socket delivered them,
 * taken in exact lengths (an option, a request header) or skipped (a refused write's payload)
 * without joining them first. Reading pauses the socket while more than `highWater` bytes wait,
 * so a client that sends faster than the server answers is held back by TCP, not by memory.
 *
 * @example
 * ```ts
 * const inbox = new Inbox(socket)
 * if (inbox.available < 28) await inbox.wait(28)
 * const header = inbox.take(28)
 * ```
 */
import type { Socket } from 'node:net'

const DEFAULT_HIGH_WATER = 1024 * 1024

export class Inbox {
  readonly #socket: Socket
  readonly #chunks: Buffer[] = []
  readonly #highWater: number
  #available = 0
  #wanted = 0
  #waiter: { resolve: () => void, reject: (err: Error) => void } | undefined
  #ended: Error | undefined
  #paused = false

  constructor (socket: Socket, highWater = DEFAULT_HIGH_WATER) {
    this.#socket = socket
    this.#highWater = highWater
    socket.on('data', (chunk: Buffer) => { this.#push(chunk) })
    socket.on('end', () => { this.#end(new Error('the client closed the connection')) })
    socket.on('close', () => { this.#end(new Error('the connection closed')) })
  }

  /** Bytes that can be taken now. */
  get available (): number {
    return this.#available
  }

  /** Resolves once `bytes` can be taken; rejects when the connection ends first. */
  async wait (bytes: number): Promise<void> {
    if (this.#available >= bytes) return
    if (this.#ended !== undefined) throw this.#ended
    this.#wanted = bytes
    this.#resume()
    await new Promise<void>((resolve, reject) => { this.#waiter = { resolve, reject } })
  }

  /** The next `bytes` bytes (which must be available), as one buffer. */
  take (bytes: number): Buffer {
    if (bytes > this.#available) throw new Error(`take(${bytes}) with ${this.#available} bytes available`)
    if (bytes === 0) return Buffer.alloc(0)
    this.#available -= bytes
    const first = this.#chunks[0]!
    let out: Buffer
    if (first.length >= bytes) {
      out = first.subarray(0, bytes)
      if (first.length === bytes) this.#chunks.shift()
      else this.#chunks[0] = first.subarray(bytes)
    } else {
      out = Buffer.allocUnsafe(bytes)
      let at = 0
      while (at < bytes) {
        const c = this.#chunks[0]!
        const n = Math.min(c.length, bytes - at)
        c.copy(out, at, 0, n)
        at += n
        if (n === c.length) this.#chunks.shift()
        else this.#chunks[0] = c.subarray(n)
      }
    }
    this.#resume()
    return out
  }

  /** Drops up to `bytes` bytes of what is available; returns how many were dropped. */
  skip (bytes: number): number {
    let left = Math.min(bytes, this.#available)
    const skipped = left
    this.#available -= left
    while (left > 0) {
      const c = this.#chunks[0]!
      if (c.length <= left) {
        left -= c.length
        this.#chunks.shift()
      } else {
        this.#chunks[0] = c.subarray(left)
        left = 0
      }
    }
    this.#resume()
    return skipped
  }

  #push (chunk: Buffer): void {
    this.#chunks.push(chunk)
    this.#available += chunk.length
    if (this.#available > this.#highWater && this.#available >= this.#wanted && !this.#paused) {
      this.#paused = true
      this.#socket.pause()
    }
    if (this.#waiter !== undefined && this.#available >= this.#wanted) {
      const { resolve } = this.#waiter
      this.#waiter = undefined
      resolve()
    }
  }

  #resume (): void {
    if (this.#paused && (this.#available <= this.#highWater || this.#available < this.#wanted)) {
      this.#paused = false
      this.#socket.resume()
    }
  }

  #end (err: Error): void {
    this.#ended ??= err
    if (this.#waiter !== undefined) {
      const { reject } = this.#waiter
      this.#waiter = undefined
      reject(this.#ended)
    }
  }
}
