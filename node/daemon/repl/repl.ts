/**
 * @packageDocumentation
 * `meshbackup repl`: an interactive shell attached to the home's running daemon over the admin
 * protocol, built on node:repl. A line starting with a command name (`help` lists them) runs that
 * command; anything else is JavaScript with top-level await and a `mesh` object exposing the same
 * operations. One admin connection for the REPL's lifetime; a lost daemon is reported and the next
 * command connects again.
 *
 * @example
 * ```ts
 * await startRepl({ connect: async () => await connectHome(home) })  // resolves on `exit`
 * ```
 */
import { PassThrough } from 'node:stream'
import { createInterface } from 'node:readline'
import { inspect } from 'node:util'
import repl, { type REPLServer } from 'node:repl'
import type { AdminClient } from '../../../protocols/admin.ts'
import { CodedError } from '../../core/errors.ts'
import { meshApi, type MeshApi } from './mesh-client.ts'
import { commandOf, complete, completesFromLists, runCommand, type CommandContext, type CompletionLists } from './commands.ts'

export interface ReplInit {
  /** opens an admin connection to the daemon; called again after a loss */
  connect: () => Promise<AdminClient>
  input?: NodeJS.ReadableStream & { isTTY?: boolean }
  output?: NodeJS.WritableStream & { isTTY?: boolean }
  /** where relative restore paths are resolved (default: the current directory) */
  cwd?: string
  prompt?: string
}

/**
 * Lists are fetched again when older than this: a double Tab asks the daemon once. (They were
 * kept 30 s from the first Tab on any command, even a command name: a point a session made
 * meanwhile was not offered, and a failed fetch kept the lists empty just as long.)
 */
const STALE_MS = 2_000

/** Job names, point ids and VM names for completion, refreshed when stale or invalidated. */
export interface CompletionCache {
  /** `fresh`: ask the daemon now, whatever the age of the lists */
  lists: (options?: { fresh?: boolean }) => Promise<CompletionLists>
  invalidate: () => void
}

export function completionCache (mesh: MeshApi): CompletionCache {
  let cached: CompletionLists = { jobs: [], points: [], vms: [] }
  let fetchedAt = 0
  let fetching: Promise<CompletionLists> | undefined
  const fetch = async (): Promise<CompletionLists> => {
    // completion never fails the line: a missing manager or repository leaves that list as it was
    const [jobs, points] = await Promise.allSettled([mesh.jobs(), mesh.points()])
    cached = {
      jobs: jobs.status === 'fulfilled' ? jobs.value.map((j) => j.name) : cached.jobs,
      points: points.status === 'fulfilled' ? points.value.map((p) => p.id) : cached.points,
      vms: points.status === 'fulfilled' ? [...new Set(points.value.map((p) => p.vm as string))] : cached.vms
    }
    // a list that could not be fetched is asked for again at the next Tab
    if (jobs.status === 'fulfilled' && points.status === 'fulfilled') fetchedAt = Date.now()
    return cached
  }
  return {
    async lists (options = {}) {
      if (options.fresh !== true && Date.now() - fetchedAt < STALE_MS) return cached
      fetching ??= fetch().finally(() => { fetching = undefined })
      return await fetching
    },
    invalidate () { fetchedAt = 0 }
  }
}

/** A readline completer: commands and their arguments first, JavaScript otherwise. */
export function replCompleter (cache: CompletionCache, javascript?: (line: string, cb: (err: Error | null, result?: [string[], string]) => void) => void) {
  return (line: string, cb: (err: Error | null, result?: [string[], string]) => void): void => {
    const offline = complete(line, { jobs: [], points: [], vms: [] })
    if (offline === undefined) {
      if (javascript != null) javascript(line, cb)
      else cb(null, [[], line])
      return
    }
    // command names and options need no round trip to the daemon
    if (!completesFromLists(line)) return cb(null, offline)
    const fromLists = async (): Promise<[string[], string]> => {
      const result = complete(line, await cache.lists())!
      if (result[0].length > 0) return result
      // a word that matches nothing known may name what was made since (a point a session just wrote)
      return complete(line, await cache.lists({ fresh: true }))!
    }
    fromLists().then((result) => cb(null, result), () => cb(null, offline))
  }
}

/** A user error prints its message and code; a bug keeps its stack. */
function isUserError (err: unknown): err is CodedError {
  return err instanceof CodedError
}

export function describeError (err: unknown): string {
  if (isUserError(err)) return `${err.message} (${err.code})`
  return inspect(err)
}

export async function startRepl (init: ReplInit): Promise<void> {
  const input = init.input ?? process.stdin
  const output = init.output ?? process.stdout
  const mesh = meshApi({ connect: init.connect })
  const cache = completionCache(mesh)
  const terminal = input.isTTY === true && output.isTTY === true

  try {
    const s = await mesh.status()
    output.write(`connected to daemon ${s.peerId} (${s.roles.join(', ')}); \`help\` lists the commands, anything else is JavaScript with \`mesh\`\n`)
  } catch (err) {
    output.write(`error: ${describeError(err)}\nthe REPL runs anyway; commands connect again when the daemon is up\n`)
  }

  // Piped input is fed one line at a time, the next after the prompt returns: node:repl would
  // otherwise start every line at once.
  const fed = terminal ? input : new PassThrough()
  const server: REPLServer = repl.start({
    prompt: init.prompt ?? 'mesh> ',
    input: fed,
    output,
    terminal,
    ignoreUndefined: true,
    // the inline preview would apply JavaScript completion to command lines
    preview: false,
    writer: (value: unknown) => isUserError(value) ? `${value.name}: ${value.message} (${value.code})` : inspect(value, { colors: terminal, showProxy: true })
  })
  server.context.mesh = mesh

  let exited = false
  let exitAsked = false
  const prompted = new Set<() => void>()
  const displayPrompt = server.displayPrompt.bind(server)
  server.displayPrompt = (preserveCursor?: boolean) => {
    displayPrompt(preserveCursor)
    for (const f of [...prompted]) f()
  }

  const ctx: CommandContext = {
    mesh,
    out: output,
    cwd: init.cwd ?? process.cwd(),
    onInterrupt (stop) {
      // while a command watches, Ctrl-C stops it instead of the REPL's own handling
      const saved = server.listeners('SIGINT') as Array<() => void>
      server.removeAllListeners('SIGINT')
      server.on('SIGINT', stop)
      return () => {
        server.off('SIGINT', stop)
        for (const l of saved) server.on('SIGINT', l)
      }
    },
    invalidate: () => cache.invalidate(),
    exit: () => { exitAsked = true }
  }

  const javascript = server.eval.bind(server)
  let queue = Promise.resolve()
  // node:repl calls `server.eval` for every line; its typing says read-only, the instance field is not
  // a named function: node:repl trims an error's stack below the last anonymous frame
  ;(server as any).eval = (function meshEval (code: string, context: object, file: string, cb: (err: Error | null, result?: unknown) => void) {
    const command = commandOf(code)
    if (command == null) return javascript(code, context, file, cb)
    // commands run one at a time, in the order typed
    queue = queue.then(async () => {
      try {
        await runCommand(command, code, ctx)
      } catch (err) {
        output.write(`error: ${describeError(err)}\n`)
      }
      if (exitAsked) {
        // the REPL closes only once the line's eval is answered; no prompt after `exit`
        server.setPrompt('')
        cb(null)
        server.close()
      } else {
        cb(null)
      }
    })
  }) satisfies repl.REPLEval

  const jsCompleter = server.completer as any
  ;(server as any).completer = replCompleter(cache, jsCompleter?.length === 2 ? jsCompleter.bind(server) : undefined)

  const closed = new Promise<void>((resolve) => server.once('exit', () => {
    exited = true
    for (const f of [...prompted]) f()
    resolve()
  }))
  let lines: ReturnType<typeof createInterface> | undefined
  if (!terminal) {
    lines = createInterface({ input, crlfDelay: Infinity })
    void (async () => {
      for await (const line of lines!) {
        if (exited) break
        const next = new Promise<void>((resolve) => {
          const done = (): void => { prompted.delete(done); resolve() }
          prompted.add(done)
        })
        ;(fed as PassThrough).write(line + '\n')
        await next
      }
      ;(fed as PassThrough).end()
    })()
  }
  await closed
  // stop reading: an open stdin pipe would keep the process alive after `exit`
  lines?.close()
  await mesh.close()
}
