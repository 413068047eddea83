/**
 * @packageDocumentation
 * The `meshbackup` command line. `init` and `daemon` work on the home folder; every other command
 * talks to the home's running daemon (over its local admin socket, see common.ts). Each group of
 * commands lives in its own file; this one assembles them and turns a failure into one line on
 * stderr and an exit code.
 *
 * A command loads only its own group: GROUPS names the top-level commands each file adds, and
 * `meshbackup status` imports node-commands.ts alone (not the backup, restore or key code of the
 * others). The help, and a word no group claims, load them all, so a group that adds a command
 * GROUPS does not name yet still works, just without the saving.
 */
import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import { defaultHome } from '../home.ts'
import { EXIT, exitCodeOf } from './exit-codes.ts'

type AddCommands = (program: Command) => void

/** The command groups in the order the help lists them, with the top-level commands each adds. */
const GROUPS: Array<{ commands: string[], load: () => Promise<AddCommands> }> = [
  { commands: ['init', 'daemon', 'status', 'members', 'repl'], load: async () => (await import('./node-commands.ts')).addNodeCommands },
  { commands: ['host'], load: async () => (await import('./host-commands.ts')).addHostCommands },
  { commands: ['job', 'session'], load: async () => (await import('./job-commands.ts')).addJobCommands },
  { commands: ['points', 'protection', 'restore', 'verify', 'gc'], load: async () => (await import('./point-commands.ts')).addPointCommands },
  { commands: ['repository'], load: async () => (await import('./repository-commands.ts')).addRepositoryCommands },
  { commands: ['events'], load: async () => (await import('./event-commands.ts')).addEventCommands },
  { commands: ['verify-job'], load: async () => (await import('./verify-job-commands.ts')).addVerifyJobCommands },
  { commands: ['bootcheck'], load: async () => (await import('./bootcheck-commands.ts')).addBootCheckCommands },
  { commands: ['copy'], load: async () => (await import('./copy-job-commands.ts')).addCopyJobCommands },
  { commands: ['throttle'], load: async () => (await import('./throttle-commands.ts')).addThrottleCommands },
  { commands: ['key'], load: async () => (await import('./key-commands.ts')).addKeyCommands },
  { commands: ['files'], load: async () => (await import('./files-commands.ts')).addFilesCommands },
  { commands: ['recover'], load: async () => (await import('./recover-commands.ts')).addRecoverCommands }
]

/** The options of the program itself that take a value (the command name comes after them). */
const VALUE_OPTIONS = new Set(['--home'])

/** The top-level command word of argv (after node and the script), or undefined when there is none or it is not plain. */
export function commandWord (args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (VALUE_OPTIONS.has(arg)) { i++; continue }
    if (arg === '--') return args[i + 1]
    if (arg.startsWith('-')) continue
    return arg
  }
  return undefined
}

/**
 * The CLI for `argv`: only the group that owns its command when one does, none for --version,
 * else (help, an unknown word, no argv) every group.
 */
export async function buildCli (argv?: string[]): Promise<Command> {
  const program = new Command('meshbackup')
    .description('Peer-to-peer VM backup: every host runs one daemon; jobs, restore points and restores go through it.')
    .addOption(new Option('--home <dir>', 'the node home folder').env('MESHBACKUP_HOME').default(defaultHome()))
    .option('--json', 'print machine-readable JSON')
    .version(packageVersion(), '-V, --version', 'print the version of meshbackup')
    .showHelpAfterError()
    // usage errors come back here as CommanderError, so they get the usage exit code, not 1
    .exitOverride()
  const args = argv?.slice(2) ?? []
  const word = commandWord(args)
  const own = GROUPS.find((g) => word != null && g.commands.includes(word))
  // `meshbackup --version` needs no command at all
  const versionOnly = word == null && args.some((a) => a === '-V' || a === '--version') && !args.some((a) => a === '-h' || a === '--help')
  const adders = await Promise.all((own != null ? [own] : versionOnly ? [] : GROUPS).map(async (g) => await g.load()))
  for (const add of adders) add(program)
  return program
}

/** The version in the package.json next to this code (what npm installed, or the checkout's). */
function packageVersion (): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version
}

export async function main (argv: string[]): Promise<void> {
  try {
    await (await buildCli(argv)).parseAsync(argv)
  } catch (err: any) {
    const code = typeof err.code === 'string' ? err.code : undefined
    if (err instanceof CommanderError) {
      // commander has printed its message (or the help, or the version) already
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage
      return
    }
    process.stderr.write(`meshbackup: ${err.message}${code != null ? ` (${code})` : ''}\n`)
    process.exitCode = exitCodeOf(code)
  }
}
