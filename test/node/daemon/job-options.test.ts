/**
 * The job settings `job add` and `job edit` parse (node/daemon/cli/job-options.ts): the zstd level,
 * 1 to 19 or a fast level -1 to -7, given as `--level -3` as well as `--level=-3`.
 */
import assert from 'node:assert/strict'
import { Command } from 'commander'
import { addJobSettingOptions } from '../../../node/daemon/cli/job-options.ts'

function parse (args: string[], defaults = true): Record<string, unknown> {
  const cmd = addJobSettingOptions(new Command('add').exitOverride().action(() => {}), defaults)
  cmd.parse(args, { from: 'user' })
  return cmd.opts()
}

describe('job setting options', function () {
  it('takes level 1 by default for a new job, and none for an edit', function () {
    assert.equal(parse([]).level, 1)
    assert.equal(parse([], false).level, undefined)
  })

  it('takes a level from 1 to 19 and a fast level from -7 to -1, with or without "="', function () {
    assert.equal(parse(['--level', '19']).level, 19)
    assert.equal(parse(['--level', '-3']).level, -3)
    assert.equal(parse(['--level=-7']).level, -7)
  })

  it('refuses 0, a level beyond the bounds, and what is not a whole number, naming the bounds', function () {
    for (const bad of ['0', '20', '-8', 'fast', '1.5']) {
      assert.throws(() => parse(['--level', bad]), { code: 'ERR_BAD_ARGUMENT', message: new RegExp(`--level ${bad.replace('.', '\\.')}: use a whole number from 1 to 19, or a fast level from -7 to -1`) })
    }
  })
})
