/**
 * The retention rule (GFS) as a pure function: count, age, weekly and monthly points, per VM, in UTC.
 */
import assert from 'node:assert/strict'
import type { PointSummary } from '../../../proto/index.ts'
import { applyRetention, isoWeek, keepsEverything, selectExpired } from '../../../roles/manager/retention.ts'

const DAY = 24 * 60 * 60 * 1000
const at = (iso: string): number => Date.parse(iso)

function point (id: string, iso: string, vm = 'web01'): PointSummary {
  return { id, vm, job: 'nightly', createdAtMs: at(iso) }
}

/** One point a day at 02:00 UTC from `first` for `days` days, ids p0, p1, … */
function daily (first: string, days: number, vm = 'web01'): PointSummary[] {
  return Array.from({ length: days }, (_, i) => ({ id: `${vm}-p${i}`, vm, job: 'nightly', createdAtMs: at(first) + i * DAY }))
}

describe('retention', function () {
  it('keeps everything when the policy is all zero or absent', function () {
    const points = daily('2026-01-01T02:00:00Z', 10)
    assert.deepEqual(selectExpired(points, {}, at('2026-03-01T00:00:00Z')), [])
    assert.deepEqual(selectExpired(points, null, at('2026-03-01T00:00:00Z')), [])
    assert.deepEqual(selectExpired(points, { keepLast: 0, keepDays: 0, weekly: 0, monthly: 0 }, at('2026-03-01T00:00:00Z')), [])
    assert.equal(keepsEverything({}), true)
    assert.equal(keepsEverything({ monthly: 1 }), false)
  })

  it('keeps the newest keep_last points and expires the rest, whatever the input order', function () {
    const points = daily('2026-01-01T02:00:00Z', 5).reverse()
    const expired = selectExpired(points, { keepLast: 2 }, at('2026-02-01T00:00:00Z'))
    assert.deepEqual(expired.sort(), ['web01-p0', 'web01-p1', 'web01-p2'])
  })

  it('neither counts nor deletes a damaged point, so a damaged newest point never lets the last good one go', function () {
    const points = [point('old', '2026-01-01T02:00:00Z'), point('good', '2026-01-02T02:00:00Z'), { ...point('broken', '2026-01-03T02:00:00Z'), damaged: true }]
    const [verdict] = applyRetention(points, { keepLast: 1 }, at('2026-01-04T00:00:00Z'))
    assert.deepEqual(verdict!.expired.map((p) => p.id), ['old'])
    assert.deepEqual(verdict!.kept.map((k) => k.point.id).sort(), ['broken', 'good'])
  })

  it('applies the policy to each VM separately', function () {
    const points = [...daily('2026-01-01T02:00:00Z', 4, 'web01'), ...daily('2026-01-01T03:00:00Z', 3, 'db01')]
    const verdicts = applyRetention(points, { keepLast: 2 }, at('2026-02-01T00:00:00Z'))
    assert.deepEqual(verdicts.map((v) => v.vm), ['db01', 'web01'])
    assert.deepEqual(verdicts[0]!.expired.map((p) => p.id), ['db01-p0'])
    assert.deepEqual(verdicts[1]!.expired.map((p) => p.id), ['web01-p1', 'web01-p0'])
    assert.deepEqual(verdicts[1]!.kept.map((k) => k.point.id), ['web01-p3', 'web01-p2'])
  })

  it('keeps points younger than keep_days, measured from now', function () {
    const now = at('2026-01-10T12:00:00Z')
    const points = [
      point('old', '2026-01-03T11:59:59Z'),
      point('edge', '2026-01-03T12:00:00Z'), // exactly 7 days: not younger, expires
      point('young', '2026-01-03T12:00:01Z'),
      point('newest', '2026-01-10T02:00:00Z')
    ]
    assert.deepEqual(selectExpired(points, { keepDays: 7 }, now).sort(), ['edge', 'old'])
  })

  it('never deletes the newest point, even when it is older than keep_days', function () {
    const points = [point('a', '2025-01-01T00:00:00Z'), point('b', '2025-02-01T00:00:00Z')]
    assert.deepEqual(selectExpired(points, { keepDays: 1 }, at('2026-01-01T00:00:00Z')), ['a'])
    const verdict = applyRetention(points, { keepDays: 1 }, at('2026-01-01T00:00:00Z'))[0]!
    assert.deepEqual(verdict.kept[0]!.reasons, ['newest'])
  })

  it('takes the union of the rules', function () {
    const now = at('2026-01-31T12:00:00Z')
    const points = daily('2026-01-01T02:00:00Z', 31)
    // last 3: p28-p30; younger than 5 days: p26-p30 (Jan 27 02:00 onwards)
    const expired = new Set(selectExpired(points, { keepLast: 3, keepDays: 5 }, now))
    const kept = points.map((p) => p.id).filter((id) => !expired.has(id!))
    assert.deepEqual(kept, ['web01-p26', 'web01-p27', 'web01-p28', 'web01-p29', 'web01-p30'])
  })

  it('keeps the newest point of each of the last `weekly` ISO weeks (Monday to Sunday, UTC)', function () {
    // Sunday 2026-01-18 is the end of ISO week 2026-W03; Monday 2026-01-19 starts W04
    const points = [
      point('w02-mon', '2026-01-05T02:00:00Z'),
      point('w02-sun', '2026-01-11T23:59:59Z'),
      point('w03-mon', '2026-01-12T00:00:00Z'),
      point('w03-sun', '2026-01-18T23:59:59Z'),
      point('w04-mon', '2026-01-19T00:00:00Z'),
      point('w04-tue', '2026-01-20T02:00:00Z')
    ]
    const now = at('2026-01-21T12:00:00Z') // Wednesday of W04
    // weekly 2: this week (W04) and the one before (W03)
    assert.deepEqual(selectExpired(points, { weekly: 2 }, now).sort(), ['w02-mon', 'w02-sun', 'w03-mon', 'w04-mon'])
    // weekly 3 reaches W02 too
    assert.deepEqual(selectExpired(points, { weekly: 3 }, now).sort(), ['w02-mon', 'w03-mon', 'w04-mon'])
    const verdict = applyRetention(points, { weekly: 3 }, now)[0]!
    assert.deepEqual(verdict.kept.find((k) => k.point.id === 'w03-sun')!.reasons, ['weekly 2026-W03'])
  })

  it('counts calendar weeks, not weeks that have points: a gap week uses up one', function () {
    const points = [point('w01', '2026-01-01T00:00:00Z'), point('w03', '2026-01-14T00:00:00Z'), point('w04', '2026-01-21T00:00:00Z')]
    // W04 now; weekly 3 covers W04, W03, W02 (no point): W01 expires
    assert.deepEqual(selectExpired(points, { weekly: 3 }, at('2026-01-22T00:00:00Z')), ['w01'])
  })

  it('labels ISO weeks across a year boundary', function () {
    assert.equal(isoWeek(at('2026-01-01T00:00:00Z')), '2026-W01') // a Thursday
    assert.equal(isoWeek(at('2024-12-30T00:00:00Z')), '2025-W01') // Monday of 2025-W01
    assert.equal(isoWeek(at('2027-01-01T00:00:00Z')), '2026-W53') // a Friday in the 53rd week
    assert.equal(isoWeek(at('2026-12-28T10:00:00Z')), '2026-W53')
  })

  it('treats a week spanning the new year as one week', function () {
    // 2024-12-30 (Mon) .. 2025-01-05 (Sun) is 2025-W01
    const points = [point('dec31', '2024-12-31T10:00:00Z'), point('jan02', '2025-01-02T10:00:00Z'), point('next', '2025-01-07T10:00:00Z')]
    const now = at('2025-01-08T00:00:00Z')
    assert.deepEqual(selectExpired(points, { weekly: 2 }, now), ['dec31'])
  })

  it('keeps the newest point of each of the last `monthly` calendar months (UTC)', function () {
    const points = [
      point('oct', '2025-10-15T00:00:00Z'),
      point('nov-a', '2025-11-01T00:00:00Z'),
      point('nov-b', '2025-11-30T23:59:59Z'),
      point('dec', '2025-12-31T23:59:59Z'),
      point('jan-a', '2026-01-01T00:00:00Z'),
      point('jan-b', '2026-01-05T00:00:00Z')
    ]
    const now = at('2026-01-10T00:00:00Z')
    // monthly 3: Jan 2026, Dec 2025, Nov 2025 — the year boundary does not break the count
    assert.deepEqual(selectExpired(points, { monthly: 3 }, now).sort(), ['jan-a', 'nov-a', 'oct'])
    const verdict = applyRetention(points, { monthly: 3 }, now)[0]!
    assert.deepEqual(verdict.kept.find((k) => k.point.id === 'dec')!.reasons, ['monthly 2025-12'])
  })

  it('combines daily, weekly and monthly points over a year of nightly backups (GFS)', function () {
    const points = daily('2025-01-01T02:00:00Z', 365) // up to 2025-12-31
    const now = at('2025-12-31T12:00:00Z') // Wednesday of 2026-W01
    const expired = new Set(selectExpired(points, { keepLast: 7, weekly: 4, monthly: 12 }, now))
    const kept = points.filter((p) => !expired.has(p.id!)).map((p) => new Date(p.createdAtMs!).toISOString().slice(0, 10))
    assert.deepEqual(kept, [
      // monthly: the last day of Jan .. Nov (Dec's newest is the newest point)
      '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30',
      '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30',
      // weekly: Sundays ending 2025-W50, W51, W52 (W01 of 2026 holds the newest)
      '2025-12-14', '2025-12-21',
      // last 7 (2025-12-28 is a Sunday: also W52's newest)
      '2025-12-25', '2025-12-26', '2025-12-27', '2025-12-28', '2025-12-29', '2025-12-30', '2025-12-31'
    ])
  })

  it('handles no points and a single point', function () {
    assert.deepEqual(selectExpired([], { keepLast: 1 }, Date.now()), [])
    assert.deepEqual(selectExpired([point('only', '2020-01-01T00:00:00Z')], { keepDays: 1 }, at('2026-01-01T00:00:00Z')), [])
  })

  it('keeps a point from the future (clock skew) rather than deleting it', function () {
    const points = [point('past', '2026-01-01T00:00:00Z'), point('future', '2026-02-01T00:00:00Z'), point('now', '2026-01-15T00:00:00Z')]
    // the newest is 'future'; keep_days keeps it anyway; 'now' is younger than 2 days
    assert.deepEqual(selectExpired(points, { keepDays: 2 }, at('2026-01-15T12:00:00Z')), ['past'])
  })

  it('breaks ties of equal creation times by id, so the verdict is stable', function () {
    const points = [point('b', '2026-01-01T00:00:00Z'), point('a', '2026-01-01T00:00:00Z'), point('c', '2026-01-01T00:00:00Z')]
    assert.deepEqual(selectExpired(points, { keepLast: 1 }, at('2026-01-02T00:00:00Z')), ['b', 'a'])
    assert.deepEqual(selectExpired([...points].reverse(), { keepLast: 1 }, at('2026-01-02T00:00:00Z')), ['b', 'a'])
  })
})
