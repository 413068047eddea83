/**
 * @packageDocumentation
 * Passphrases for the key commands and for restores: from a file (scripts; one trailing newline is
 * not part of it), else typed on the terminal without echo — twice for a new one, so a typo does
 * not lock the key away. Without a file and without a terminal there is no one to ask: an error
 * says to give the file.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CliError } from './common.ts'

export interface PassphraseInput {
  /** where the terminal reads from and echoes to (tests give their own) */
  input?: NodeJS.ReadStream
  output?: NodeJS.WriteStream
}

/** The passphrase in `file`, without the newline an editor or `echo` ends it with. */
export async function passphraseFromFile (file: string): Promise<Buffer> {
  const text = await readFile(resolve(file)).catch((err: Error) => {
    throw new CliError('ERR_BAD_ARGUMENT', `cannot read the passphrase file ${file}: ${err.message}`)
  })
  let end = text.byteLength
  if (end > 0 && text[end - 1] === 0x0a) end--
  if (end > 0 && text[end - 1] === 0x0d) end--
  return text.subarray(0, end)
}

/**
 * A passphrase from `file`, or typed at `prompt` (twice when `confirm`). `option` names the
 * option to give when there is no terminal.
 */
export async function readPassphrase (what: { file?: string, prompt: string, confirm?: boolean, option?: string }, io: PassphraseInput = {}): Promise<Buffer> {
  if (what.file != null) return await passphraseFromFile(what.file)
  const input = io.input ?? process.stdin
  const output = io.output ?? process.stderr
  if (input.isTTY !== true) {
    throw new CliError('ERR_NO_PASSPHRASE', `${what.prompt.replace(/:\s*$/, '')}: no terminal to type it on; give it in a file with ${what.option ?? '--passphrase-file FILE'}`)
  }
  const first = await typeHidden(what.prompt, input, output)
  if (what.confirm === true) {
    const second = await typeHidden('again, to be sure: ', input, output)
    if (!first.equals(second)) throw new CliError('ERR_BAD_ARGUMENT', 'the two passphrases differ; nothing was changed: type the same one twice')
  }
  return first
}

/** One line typed without echo (raw mode; backspace works, Ctrl-C gives up). */
async function typeHidden (prompt: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<Buffer> {
  output.write(prompt)
  const wasRaw = input.isRaw
  input.setRawMode(true)
  input.resume()
  const chars: string[] = []
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      const onData = (data: Buffer): void => {
        for (const char of data.toString('utf8')) {
          if (char === '\r' || char === '\n') {
            input.off('data', onData)
            return resolve(Buffer.from(chars.join(''), 'utf8'))
          }
          if (char === '\u0003') {
            input.off('data', onData)
            return reject(new CliError('ERR_BAD_ARGUMENT', 'cancelled: no passphrase was typed'))
          }
          if (char === '\u007f' || char === '\b') chars.pop()
          else chars.push(char)
        }
      }
      input.on('data', onData)
    })
  } finally {
    input.setRawMode(wasRaw)
    input.pause()
    output.write('\n')
  }
}
