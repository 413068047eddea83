/**
 * Tests for node/core/traffic-rules.ts: rules are parsed into one canonical form (networks, days,
 * hours, rates), refused with a stable code naming the part when malformed, and match addresses
 * (IPv4, IPv6, IPv4-mapped) and moments in the rule's time zone.
 */
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { checkRule, formatDays, inForce, inNetwork, parseDays, parseHours, parseRate, rulesFor, zonedTime, type TrafficRule } from '../../../node/core/traffic-rules.ts'

const rule = (over: Partial<Parameters<typeof checkRule>[0]> = {}): TrafficRule =>
  checkRule({ name: 'r', from: 'any', to: 'any', rate: '100MB/s', timeZone: 'UTC', ...over })
const code = (fn: () => unknown): string => { try { fn() } catch (err) { return (err as { code: string }).code } return 'no error' }

describe('node/core/traffic-rules', function () {
  it('parses rates in SI, binary and bit units', function () {
    assert.equal(parseRate('100MB/s'), 100e6)
    assert.equal(parseRate('800Mbit/s'), 100e6)
    assert.equal(parseRate('1Gbit/s'), 125e6)
    assert.equal(parseRate('50MiB/s'), 50 * 1024 ** 2)
    assert.equal(parseRate('50M'), 50 * 1024 ** 2)
    assert.equal(parseRate('1000000'), 1e6)
    assert.equal(parseRate('10 MBps'), 10e6)
    for (const bad of ['', 'fast', '0', '-5MB/s', '10XB/s', '0.001bit/s']) assert.equal(code(() => parseRate(bad)), 'ERR_BAD_RULE_RATE', bad)
  })

  it('parses days, ranges wrapping past Sunday, and writes them back canonically', function () {
    assert.equal(formatDays(parseDays('r', 'mon-fri')), 'mon-fri')
    assert.equal(formatDays(parseDays('r', 'Sat,Sun')), 'sat-sun')
    assert.equal(formatDays(parseDays('r', 'fri-mon')), 'mon,fri-sun')
    assert.equal(formatDays(parseDays('r', 'mon-sun')), '')
    for (const bad of ['mo', 'funday', 'mon-fri-sat', 'mon-']) assert.equal(code(() => parseDays('r', bad)), 'ERR_BAD_RULE_TIME', bad)
    fc.assert(fc.property(fc.integer({ min: 1, max: 0x7f }), (mask) => {
      assert.equal(parseDays('r', formatDays(mask) || 'any'), mask)
    }))
  })

  it('parses hours, splits windows past midnight, refuses malformed ones', function () {
    assert.deepEqual(parseHours('r', '08:00-18:00'), [[480, 1080]])
    assert.deepEqual(parseHours('r', '22:00-06:00'), [[0, 360], [1320, 1440]])
    assert.deepEqual(parseHours('r', '18:00-24:00'), [[1080, 1440]])
    assert.equal(rule({ hours: '22:00-06:00' }).hours, '00:00-06:00,22:00-24:00')
    for (const bad of ['8-18', '08:00-08:00', '25:00-26:00', '08:60-09:00', '08:00']) assert.equal(code(() => parseHours('r', bad)), 'ERR_BAD_RULE_TIME', bad)
  })

  it('checks networks: IPv4, IPv6, bare addresses, any; refuses the rest with ERR_BAD_RULE_NETWORK', function () {
    assert.equal(rule({ from: '10.1.0.0/16' }).from, '10.1.0.0/16')
    assert.equal(rule({ from: '192.0.2.7' }).from, '192.0.2.7/32')
    assert.equal(rule({ to: 'FD00::/8' }).to, 'fd00::/8')
    assert.equal(rule({ to: '*' }).to, 'any')
    for (const bad of ['10.0.0.0/33', '10.0.0/8', 'host.example', 'fd00::/129', '1.2.3.4/8/1']) assert.equal(code(() => rule({ from: bad })), 'ERR_BAD_RULE_NETWORK', bad)
    assert.equal(code(() => rule({ name: 'a b' })), 'ERR_BAD_RULE_NAME')
    assert.equal(code(() => rule({ timeZone: 'Mars/Olympus' })), 'ERR_BAD_RULE_TIME')
  })

  it('matches addresses in a network, IPv4-mapped IPv6 as IPv4, never across families', function () {
    assert.ok(inNetwork('127.0.0.0/8', '127.0.0.3'))
    assert.ok(inNetwork('127.0.0.2/32', '::ffff:127.0.0.2'))
    assert.ok(!inNetwork('127.0.0.2/32', '127.0.0.3'))
    assert.ok(inNetwork('fd00::/8', 'fd12::1'))
    assert.ok(!inNetwork('fd00::/8', '10.0.0.1'))
    assert.ok(inNetwork('any', 'whatever'))
    fc.assert(fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (ip, prefix) => {
      const n = ip.split('.').reduce((a, b) => a * 256 + Number(b), 0)
      const mask = prefix === 0 ? 0 : (2 ** 32 - 2 ** (32 - prefix))
      const net = (n - (n % 2 ** (32 - prefix))) >>> 0
      const text = [24, 16, 8, 0].map((s) => Math.floor(net / 2 ** s) % 256).join('.')
      assert.ok(inNetwork(`${text}/${prefix}`, ip), `${ip} in ${text}/${prefix} (mask ${mask})`)
    }))
  })

  it('is in force on its days and hours, in its own time zone', function () {
    const weekday = rule({ days: 'mon-fri', hours: '08:00-18:00' })
    assert.ok(inForce(weekday, new Date('2026-12-07T10:00:00Z')))            // Monday
    assert.ok(!inForce(weekday, new Date('2026-12-07T18:00:00Z')))           // end is exclusive
    assert.ok(!inForce(weekday, new Date('2026-12-06T10:00:00Z')))           // Sunday
    const night = rule({ hours: '22:00-06:00' })
    assert.ok(inForce(night, new Date('2026-12-07T23:30:00Z')) && inForce(night, new Date('2026-12-07T05:59:00Z')))
    assert.ok(!inForce(night, new Date('2026-12-07T12:00:00Z')))
    const tokyo = rule({ hours: '09:00-10:00', timeZone: 'Asia/Tokyo' })
    assert.ok(inForce(tokyo, new Date('2026-12-07T00:30:00Z')))              // 09:30 in Tokyo
    assert.deepEqual(zonedTime(new Date('2026-12-07T00:30:00Z'), 'Asia/Tokyo'), { day: 1, minute: 570 })
  })

  it('lists the rules in force for a pair, lowest rate first', function () {
    const rules = [
      rule({ name: 'wide', rate: '100MB/s' }),
      rule({ name: 'narrow', from: '127.0.0.2', to: '127.0.0.3', rate: '10MB/s' }),
      rule({ name: 'v6', from: 'fd00::/8', rate: '1MB/s' }),
      rule({ name: 'night', hours: '22:00-06:00', rate: '1KB/s' })
    ]
    const now = new Date('2026-12-07T12:00:00Z')
    assert.deepEqual(rulesFor(rules, { local: '127.0.0.2', remote: '127.0.0.3', now }).map((r) => r.name), ['narrow', 'wide'])
    assert.deepEqual(rulesFor(rules, { local: '127.0.0.3', remote: '127.0.0.2', now }).map((r) => r.name), ['wide'])
  })
})
