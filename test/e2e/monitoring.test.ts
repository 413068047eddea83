/**
 * End to end, with real daemons (a: manager + scheduler, b: proxy, c: repository) and a real
 * file host: what an operator watches.
 *
 * - `job run --wait` and `restore` without a TTY (the CLI's stderr is a pipe here): a progress
 *   line every few seconds, ending on a 100 % line.
 * - `--rate` paces the bytes read from the disk: a disk of mostly zero and compressible blocks,
 *   which sends almost nothing, is still read at the set rate.
 * - The proxy's throughput in its capacity announcement (what /api/status and the dashboard
 *   show) is the sum of its running disks' rates.
 * - Per-job Prometheus gauges on the manager's /metrics after a session, a failed session, and a
 *   manager restart.
 */
import assert from 'node:assert/strict'
import { mkdtemp, open, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCluster, waitUntil, type Cluster, SPINE } from '../../sim/cluster.ts'
import { writeFileHost } from '../../sim/corpus.ts'
import { readDaemonInfo } from '../../node/daemon/config.ts'

const MiB = 1024 * 1024
/** the job's --rate: 4 MiB/s per disk */
const RATE = 4 * MiB
const DISK = 16 * MiB

/** A sample of what the manager's API showed during the backup. */
interface Sample {
  /** the proxy's announced throughput, and when it announced it */
  proxyBps: number
  sentAtMs: number
  /** the running tasks, fetched after the status */
  tasks: Array<{ state: string, startedAtMs: number, bytesPerSecond: number }>
}

describe('progress, throttling and monitoring end to end', function () {
  this.timeout(240_000)
  let dir: string
  let cluster: Cluster | undefined
  let hostDir: string
  let session: any

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'meshbackup-monitoring-'))
    hostDir = join(dir, 'host')
    await writeFileHost(hostDir, {
      seed: 5,
      mix: { zero: 0, text: 1, random: 0 },
      vms: [
        { name: 'web01', disks: [{ name: 'disk0', size: DISK }, { name: 'disk1', size: DISK }] },
        { name: 'gone', disks: [{ name: 'disk0', size: MiB }] }
      ]
    })
    // three quarters of each disk written with zeros (no holes: every block is read), the rest
    // text that zstd packs to a fraction: almost nothing is sent
    for (const name of ['disk0', 'disk1']) {
      const file = await open(join(hostDir, 'web01', `${name}.raw`), 'r+')
      await file.write(Buffer.alloc(12 * MiB), 0, 12 * MiB, 0)
      await file.close()
    }
    cluster = await startCluster({
      dir: join(dir, 'mesh'),
      // the proxy announces every 500 ms, so the view follows its throughput closely
      nodes: SPINE.map((n) => n.name === 'b' ? { ...n, announcePeriodMs: 500 } : n)
    })
    await cluster.addFileHost('a', 'lab', hostDir)
    await cluster.cli('a', ['job', 'add', 'throttled', '--host', 'lab', '--repository', 'main', '--vm', 'web01', '--rate', '4M'])
  })

  after(async function () {
    if (this.currentTest?.state === 'failed' && cluster != null) {
      for (const name of ['a', 'b', 'c']) console.error(`--- log of ${name}\n${cluster.logTail(name, 40)}`)
    }
    await cluster?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('job run --wait without a TTY: lines as it goes, a last 100 % line; reads at the --rate; the proxy\'s MB/s is the sum of its disks\'', async function () {
    const proxyPeer = cluster!.node('b').peerId
    const samples: Sample[] = []
    let running = true
    // what the manager's API shows while the backup runs (the dashboard reads the same)
    const sampler = (async () => {
      while (running) {
        try {
          const status = await cluster!.api('a', '/api/status')
          const proxy = (status.capacity ?? []).find((c: any) => c.announcement?.peerId === proxyPeer)?.announcement
          const { sessions } = await cluster!.api('a', '/api/sessions?job=throttled&limit=1')
          const s = sessions[0]
          if (proxy != null && s?.state === 'running') {
            samples.push({ proxyBps: proxy.proxy?.throughputBps ?? 0, sentAtMs: proxy.sentAtMs, tasks: s.tasks })
          }
        } catch {}
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    })()
    const started = Date.now()
    const run = await cluster!.cli('a', ['job', 'run', 'throttled', '--wait']).finally(() => { running = false })
    await sampler
    const seconds = (Date.now() - started) / 1000
    session = (await cluster!.json('a', ['session', 'show', 'throttled']))
    assert.equal(session.state, 'success', session.log.join('\n'))

    // progress: stderr is a pipe here, so lines, not a redrawn bar
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '')
    assert.ok(!run.stderr.includes('\r'), 'no carriage returns without a TTY')
    assert.ok(lines.length >= 2, `a line at the start and at least one more in ${seconds.toFixed(1)} s:\n${run.stderr}`)
    assert.match(lines.at(-1)!, /^throttled: 2\/2 disks 100% 32\.0 MiB\/32\.0 MiB /, run.stderr)
    assert.equal(lines.filter((l) => / 100% /.test(l)).length, 1, `one 100 % line, at the end:\n${run.stderr}`)
    assert.match(run.stdout, /session ended: success/)

    // the throttle paces the reads: every block read (zeros too), each disk at about 4 MiB/s
    for (const t of session.tasks) {
      const s = t.stats
      assert.equal(s.bytesRead, DISK, `disk ${t.disk} read in full`)
      assert.ok(s.blocksZero >= 12, `disk ${t.disk}: ${s.blocksZero} zero blocks`)
      assert.ok(s.bytesSent < 2 * MiB, `disk ${t.disk}: ${s.bytesSent} bytes sent`)
      const readRate = s.bytesRead / (s.durationMs / 1000)
      assert.ok(readRate <= RATE * 1.2, `disk ${t.disk} read at ${(readRate / MiB).toFixed(2)} MiB/s under --rate 4M`)
      const elapsedRate = s.bytesRead / ((t.endedAtMs - t.startedAtMs) / 1000)
      assert.ok(elapsedRate >= RATE * 0.7 && elapsedRate <= RATE * 1.2, `disk ${t.disk}: ${(elapsedRate / MiB).toFixed(2)} MiB/s from placement to end`)
    }

    // while both disks ran (announced 2 s after the later one started), the proxy's throughput
    // was the sum of theirs
    const steady = samples.filter((x) => x.tasks.length === 2 && x.tasks.every((t) => t.state === 'running') &&
      x.sentAtMs >= Math.max(...x.tasks.map((t) => t.startedAtMs)) + 2000)
    assert.ok(steady.length > 0, `a sample with both disks running for 2 s (${samples.length} samples)`)
    const mib = (bps: number): string => (bps / MiB).toFixed(2)
    console.log(`      proxy vs its disks, MiB/s: ${steady.map((x) => `${mib(x.proxyBps)} = ${x.tasks.map((t) => mib(t.bytesPerSecond)).join(' + ')}`).join('; ')}`)
    for (const x of steady) {
      const disks = x.tasks.reduce((n, t) => n + t.bytesPerSecond, 0)
      const ratio = x.proxyBps / disks
      assert.ok(ratio >= 0.75 && ratio <= 1.25, `proxy ${(x.proxyBps / MiB).toFixed(2)} MiB/s, its disks ${x.tasks.map((t) => (t.bytesPerSecond / MiB).toFixed(2)).join(' + ')} MiB/s`)
      assert.ok(x.proxyBps <= 2 * RATE * 1.2 && x.proxyBps >= 2 * RATE * 0.7, `proxy ${(x.proxyBps / MiB).toFixed(2)} MiB/s for two disks at 4 MiB/s`)
    }
    // and once they ended, the proxy reads nothing
    await waitUntil('the idle proxy to announce 0 B/s', async () => {
      const status = await cluster!.api('a', '/api/status')
      const proxy = (status.capacity ?? []).find((c: any) => c.announcement?.peerId === proxyPeer)?.announcement
      return proxy != null && (proxy.proxy?.throughputBps ?? 0) === 0 ? true : undefined
    }, 10_000, 200)
  })

  it('restore without a TTY ends on a 100 % line', async function () {
    const point = session.points[0]
    const to = join(dir, 'restored')
    const run = await cluster!.cli('a', ['restore', point, '--vm', 'web01', '--to', to])
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '')
    assert.ok(lines.length >= 1, run.stderr)
    assert.match(lines.at(-1)!, /^restore web01 100% 32\.0 MiB\/32\.0 MiB /, run.stderr)
    assert.equal((await stat(join(to, 'disk0.raw'))).size, DISK)
  })

  it('exports per-job gauges on the manager\'s /metrics, and keeps them across a manager restart', async function () {
    // a job whose VM loses its image: its session fails
    await cluster!.cli('a', ['job', 'add', 'broken', '--host', 'lab', '--repository', 'main', '--vm', 'gone'])
    await rm(join(hostDir, 'gone', 'disk0.raw'))
    const failed = await cluster!.json('a', ['job', 'run', 'broken', '--wait']).catch(async () => await cluster!.json('a', ['session', 'show', 'broken']))
    assert.equal(failed.state, 'failed')

    const metrics = async (): Promise<string> => {
      const http = (await readDaemonInfo(cluster!.node('a').home))?.http
      const res = await fetch(`${http}/metrics`)
      assert.equal(res.status, 200)
      return await res.text()
    }
    const value = (text: string, name: string, labels: string): number => {
      const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `))
      assert.ok(line != null, `${name}{${labels}} in /metrics:\n${text.split('\n').filter((l) => l.startsWith('meshbackup_job')).join('\n')}`)
      return Number(line.split(' ')[1])
    }
    const expectJobs = (text: string): void => {
      const stored = session.tasks.reduce((n: number, t: any) => n + t.stats.bytesStored, 0)
      assert.ok(stored > 0)
      assert.equal(value(text, 'meshbackup_job_last_success_timestamp_seconds', 'job="throttled"'), session.endedAtMs / 1000)
      assert.equal(value(text, 'meshbackup_job_last_session_end_timestamp_seconds', 'job="throttled"'), session.endedAtMs / 1000)
      assert.equal(value(text, 'meshbackup_job_last_session_result', 'job="throttled",result="success"'), 1)
      assert.equal(value(text, 'meshbackup_job_last_session_result', 'job="throttled",result="failed"'), 0)
      assert.equal(value(text, 'meshbackup_job_last_session_duration_seconds', 'job="throttled"'), (session.endedAtMs - session.startedAtMs) / 1000)
      assert.equal(value(text, 'meshbackup_job_last_session_bytes_read', 'job="throttled"'), 2 * DISK)
      assert.equal(value(text, 'meshbackup_job_last_session_bytes_stored', 'job="throttled"'), stored)
      // the failed job never succeeded: "no good backup" alerts fire for it
      assert.equal(value(text, 'meshbackup_job_last_success_timestamp_seconds', 'job="broken"'), 0)
      assert.equal(value(text, 'meshbackup_job_last_session_end_timestamp_seconds', 'job="broken"'), failed.endedAtMs / 1000)
      assert.equal(value(text, 'meshbackup_job_last_session_result', 'job="broken",result="failed"'), 1)
      assert.equal(value(text, 'meshbackup_job_last_session_result', 'job="broken",result="success"'), 0)
    }
    expectJobs(await metrics())

    // the manager restarts: the gauges come back from the sessions saved in its catalog
    await cluster!.stopDaemon('a')
    cluster!.startDaemon('a')
    await waitUntil('the restarted manager\'s HTTP endpoint', async () => {
      const info = await readDaemonInfo(cluster!.node('a').home)
      return info?.http != null && info.pid === cluster!.node('a').process?.pid ? true : undefined
    }, 30_000, 200)
    expectJobs(await metrics())

    // a removed job's gauges go with it: no alert for a job that no longer exists
    await cluster!.cli('a', ['job', 'remove', 'broken'])
    const after = await metrics()
    assert.ok(!after.includes('job="broken"'), 'no series of the removed job')
    assert.ok(after.includes('meshbackup_job_last_success_timestamp_seconds{job="throttled"}'))
  })
})
