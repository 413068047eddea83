/**
 * @packageDocumentation
 * The `meshbackup` command line. `init` and `daemon` work on the home folder; every other command
 * talks to the home's running daemon over the admin protocol with the home's admin key. Each
 * group of commands lives in its own file; this one assembles them and turns a failure into one
 * line on stderr and an exit code.
 */
import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import { defaultHome } from '../config.ts'
import { addNodeCommands } from './node-commands.ts'
import { addHostCommands } from './host-commands.ts'
import { addJobCommands } from './job-commands.ts'
import { addPointCommands } from './point-commands.ts'
import { addRepositoryCommands } from './repository-commands.ts'
import { addEventCommands } from './event-commands.ts'
import { addVerifyJobCommands } from './verify-job-commands.ts'
import { addBootCheckCommands } from './bootcheck-commands.ts'
import { addCopyJobCommands } from './copy-job-commands.ts'
import { addThrottleCommands } from './throttle-commands.ts'
import { addRecoverCommands } from './recover-commands.ts'
import { addKeyCommands } from './key-commands.ts'
import { addFilesCommands } from './files-commands.ts'
import { EXIT, exitCodeOf } from './exit-codes.ts'

export function buildCli (): Command {
  const program = new Command('meshbackup')
    .description('Peer-to-peer VM backup: every host runs one daemon; jobs, restore points and restores go through it.')
    .addOption(new Option('--home <dir>', 'the node home folder').env('MESHBACKUP_HOME').default(defaultHome()))
    .option('--json', 'print machine-readable JSON')
    .version(packageVersion(), '-V, --version', 'print the version of meshbackup')
    .showHelpAfterError()
    // usage errors come back here as CommanderError, so they get the usage exit code, not 1
    .exitOverride()
  addNodeCommands(program)
  addHostCommands(program)
  addJobCommands(program)
  addPointCommands(program)
  addRepositoryCommands(program)
  addEventCommands(program)
  addVerifyJobCommands(program)
  addBootCheckCommands(program)
  addCopyJobCommands(program)
  addThrottleCommands(program)
  addKeyCommands(program)
  addFilesCommands(program)
  addRecoverCommands(program)
  return program
}

/** The version in the package.json next to this code (what npm installed, or the checkout's). */
function packageVersion (): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version
}

export async function main (argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv)
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
