import assert from 'node:assert/strict'
import { pb } from '../../../../proto/index.ts'
import { address, parseAddress } from '../../../../node/runtime/actors/address.ts'
import { ActorError, UserError } from '../../../../node/runtime/actors/errors.ts'
import { messageKind } from '../../../../node/runtime/actors/message.ts'

describe('actor addresses', () => {
  it('joins and splits peerId/name, nesting child names', () => {
    assert.equal(address('12D3Koo', 'manager'), '12D3Koo/manager')
    assert.deepEqual(parseAddress('12D3Koo/manager/session-7/task-2'), { peerId: '12D3Koo', name: 'manager/session-7/task-2' })
  })

  for (const bad of ['', 'peer', '/name', 'peer/', 'peer//child', 'peer/parent/']) {
    it(`rejects "${bad}" with ERR_BAD_ADDRESS`, () => {
      assert.throws(() => parseAddress(bad), (err: unknown) => err instanceof ActorError && err.code === 'ERR_BAD_ADDRESS' && err.message.includes(`"${bad}"`))
    })
  }

  it('builds only valid addresses', () => {
    assert.throws(() => address('', 'x'), { code: 'ERR_BAD_ADDRESS' })
  })
})

describe('messageKind', () => {
  it('names the oneof field of a plain object', () => {
    assert.equal(messageKind({ leaseRequest: { taskId: 't' } }), 'leaseRequest')
    assert.equal(messageKind({ ok: {} }), 'ok')
    assert.equal(messageKind({}), 'empty')
  })

  it('names the oneof field of a decoded message', () => {
    const decoded = pb.ActorMessage.decode(pb.ActorMessage.encode({ tick: { name: 'gc' } }).finish())
    assert.equal(messageKind(decoded), 'tick')
  })
})

describe('actor errors', () => {
  it('UserError is an ActorError with a code', () => {
    const err = new UserError('ERR_BAD_INPUT', 'job name missing')
    assert.ok(err instanceof ActorError)
    assert.equal(err.code, 'ERR_BAD_INPUT')
    assert.equal(err.name, 'UserError')
  })
})
