/**
 * @packageDocumentation
 * The thread of a {@link NbdServerThread}: an NbdServer whose exports stand for sources that live
 * in the thread that started it. It answers the protocol, BLOCK_STATUS from each export's zero
 * block map, and asks the other thread only for the bytes of a read. Started by server-thread.ts
 * only; the messages are that file's `ToServerThread` and `FromServerThread`.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Logger } from '../../core/logger.ts'
import { NbdServer } from './server.ts'
import { zeroBlockRuns, type NbdExportSource, type ZeroBlockMap } from './export-source.ts'
import type { FromServerThread, ServerThreadData, ToServerThread } from './server-thread.ts'

const port = parentPort!
const post = (m: FromServerThread): void => { port.postMessage(m) }

const log: Logger = {
  debug: (msg, fields) => { post({ type: 'log', level: 'debug', msg, fields }) },
  info: (msg, fields) => { post({ type: 'log', level: 'info', msg, fields }) },
  warn: (msg, fields) => { post({ type: 'log', level: 'warn', msg, fields }) },
  error: (msg, fields) => { post({ type: 'log', level: 'error', msg, fields }) }
}

interface Asked { resolve: (value: any) => void, reject: (err: Error) => void }
const asked = new Map<number, Asked>()
let nextId = 1

/** Asks the sources' thread; its answer settles the promise. */
async function ask (m: { what: 'read' | 'allocation', name: string, offset: number, length: number }): Promise<any> {
  const id = nextId++
  const { promise, resolve, reject } = Promise.withResolvers<any>()
  asked.set(id, { resolve, reject })
  post({ type: 'ask', id, ...m })
  return await promise
}

/** An export of the other thread's source: what it knows up front is here, bytes are asked for. */
class RemoteSource implements NbdExportSource {
  readonly size: number
  readonly preferredBlockSize: number | undefined
  readonly zeroBlocks: ZeroBlockMap | undefined
  readonly mergeHolesBelow: number | undefined
  readonly allocation?: (offset: number, length: number) => Promise<Array<{ length: number, zero: boolean }>>
  readonly #name: string

  constructor (name: string, size: number, preferredBlockSize: number | undefined, zeroBlocks: ZeroBlockMap | undefined, allocation: boolean, mergeHolesBelow: number | undefined) {
    this.#name = name
    this.mergeHolesBelow = mergeHolesBelow
    this.size = size
    this.preferredBlockSize = preferredBlockSize
    this.zeroBlocks = zeroBlocks
    if (zeroBlocks !== undefined) this.allocation = async (offset, length) => zeroBlockRuns(zeroBlocks, offset, length)
    else if (allocation) this.allocation = async (offset, length) => await ask({ what: 'allocation', name, offset, length })
  }

  async read (offset: number, length: number): Promise<Buffer> {
    const data = await ask({ what: 'read', name: this.#name, offset, length }) as Uint8Array
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  }
}

const { at } = workerData as ServerThreadData
let server: NbdServer | undefined
try {
  server = await NbdServer.listen(at, { log })
  post({ type: 'listening', address: server.address })
} catch (err) {
  const e = err as Error & { code?: string }
  post({ type: 'failed', code: e.code ?? 'ERR_NBD_SERVER_LISTEN_FAILED', message: e.message })
}

port.on('message', (m: ToServerThread) => {
  switch (m.type) {
    case 'add':
      try {
        server?.add(m.name, new RemoteSource(m.name, m.size, m.preferredBlockSize, m.zeroBlocks, m.allocation, m.mergeHolesBelow))
        post({ type: 'added', name: m.name })
      } catch (err) {
        const e = err as Error & { code?: string }
        post({ type: 'added', name: m.name, error: { code: e.code ?? 'ERR_NBD_SERVER_BAD_EXPORT', message: e.message } })
      }
      return
    case 'remove':
      server?.remove(m.name)
      return
    case 'answer': {
      const a = asked.get(m.id)
      if (a === undefined) return
      asked.delete(m.id)
      if (m.error !== undefined) a.reject(Object.assign(new Error(m.error.message), { code: m.error.code }))
      else a.resolve(m.value)
      return
    }
    case 'close':
      void (async () => {
        await server?.close()
        post({ type: 'closed' })
        port.close()
      })()
  }
})
