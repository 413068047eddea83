/**
 * A helper started through tiedToDaemon dies with the process that started it, even when that
 * process is killed -9 (the kernel's parent-death signal); one started plainly outlives it, which
 * is what the tied one is measured against. A missing program still fails as spawn's ENOENT.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { waitUntil } from '../../../sim/cluster.ts'
import { tiedToDaemon } from '../../../node/core/tied-child.ts'

const MODULE = fileURLToPath(new URL('../../../node/core/tied-child.ts', import.meta.url))

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('tiedToDaemon', function () {
  this.timeout(30_000)
  const started: number[] = []
  after(() => { for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL') })

  it('a tied helper dies with its parent killed -9, a plain one does not', async function () {
    if (process.platform !== 'linux') this.skip()
    // the parent: starts both sleeps, prints their pids, then waits to be killed
    const script = `
      import { spawn } from 'node:child_process'
      import { tiedToDaemon } from ${JSON.stringify(MODULE)}
      const [command, args] = tiedToDaemon('sleep', ['300'])
      const tied = spawn(command, args, { stdio: 'ignore' })
      const plain = spawn('sleep', ['300'], { stdio: 'ignore' })
      console.log(JSON.stringify({ tied: tied.pid, plain: plain.pid, command }))
      setInterval(() => {}, 1000)`
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    started.push(parent.pid!)
    const line = await new Promise<string>((resolve, reject) => {
      parent.stdout!.setEncoding('utf8').once('data', resolve)
      parent.once('exit', (code) => reject(new Error(`the parent exited with ${code}`)))
    })
    const pids = JSON.parse(line) as { tied: number, plain: number, command: string }
    started.push(pids.tied, pids.plain)
    assert.match(pids.command, /setpriv$/, 'setpriv runs the helper (util-linux)')
    assert.ok(alive(pids.tied) && alive(pids.plain))
    const gone = new Promise((resolve) => parent.once('exit', resolve))
    parent.kill('SIGKILL')
    await gone
    await waitUntil('the tied helper to die with its parent', async () => alive(pids.tied) ? undefined : true, 10_000, 50)
    assert.ok(alive(pids.plain), 'a helper started plainly outlives its parent')
  })

  it('leaves a program that is not found to spawn, which reports ENOENT', async function () {
    const [command, args] = tiedToDaemon('no-such-program-meshbackup', ['x'])
    assert.deepEqual([command, args], ['no-such-program-meshbackup', ['x']])
    const err = await new Promise<NodeJS.ErrnoException>((resolve) => spawn(command, args).once('error', resolve))
    assert.equal(err.code, 'ENOENT')
  })
})
