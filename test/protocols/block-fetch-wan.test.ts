/**
 * A copy run over an emulated WAN (sim/wan-copy-bench.ts): two real repositories on two real
 * libp2p nodes, the target pulling a 384 MiB point of incompressible 1 MiB blocks over block fetch
 * with the product's defaults (4 streams × 4 requests × 8 blocks), the libp2p connection and the
 * TLS bulk lanes through test/helpers/wan-relay.ts child processes: 150 ms RTT, the link's rate
 * shared by every connection each way, a 6 MiB receive window per connection (Linux's default
 * tcp_rmem maximum: one connection carries at most 42 MB/s over 150 ms, so one stream could not
 * fill the link), one BDP of queue, no loss. The copy must reach 80% of the link's rate from the
 * end of its setup (streams and lanes open, manifests in: about 8 RTTs, 1.2-1.3 s) to its last
 * block stored.
 *
 * The rate: 1 Gbit/s is more than this 2-core machine carries through node, TLS, the target's
 * check (SHA-256 of every block) and two relay processes while other test runs share it. Measured
 * (load average 5-9 from other worktrees' test runs; "after setup" as asserted below):
 *   - no rate cap, 150 ms: 62-152 MB/s after setup, 53-101 MB/s whole run — the machine's ceiling
 *     at the time, which moved with the load;
 *   - 1 Gbit/s (125 MB/s): 62-67 MB/s after setup (49-53%), CPU-bound: 4×4×8, 8×4×8 and 8×2×8
 *     within the noise of one another, so the defaults stay (their window bound, 4 × 6 MiB / RTT
 *     = 168 MB/s, is above 1 Gbit/s);
 *   - 640 Mbit/s (80 MB/s): 53-77 MB/s after setup (66-96%) as the load rose;
 *   - 480 Mbit/s (60 MB/s): 57 MB/s after setup (94%), 48 MB/s (80%) over the whole run with its
 *     1.2 s of setup (about 8 RTTs: libp2p and noise through the relay, the lanes' TLS, manifests).
 * So the test runs at 480 Mbit/s (WAN_COPY_RATE, bytes/s, overrides: 125e6 on a quiet machine).
 */
import assert from 'node:assert/strict'
import { runWanCopy, wanCopyHeading, wanCopyTable } from '../../sim/wan-copy-bench.ts'

const MiB = 1024 * 1024

describe('protocols/block-fetch over an emulated WAN', function () {
  this.timeout(180_000)

  const rate = Number(process.env.WAN_COPY_RATE ?? 60e6)
  it(`copies a 384 MiB point at ≥ 80% of a ${(rate * 8 / 1e6).toFixed(0)} Mbit/s link with 150 ms RTT`, async function () {
    const r = await runWanCopy({ size: 384 * MiB, rttMs: 150, rateBps: rate })
    if (process.env.MESHBACKUP_REPORT != null) console.log(`${wanCopyHeading(r)}\n${wanCopyTable([r])}`)
    assert.equal(r.transport, 'tls', 'the blocks went over the bulk lane')
    assert.ok(r.bytes >= 384 * MiB, 'every block crossed the link')
    assert.ok(r.dataBps >= 0.8 * rate, `${(r.dataBps / 1e6).toFixed(1)} MB/s after setup through a ${rate / 1e6} MB/s link (${(100 * r.dataBps / rate).toFixed(0)}%)`)
    assert.ok(r.dataBps <= 1.1 * rate, `${(r.dataBps / 1e6).toFixed(1)} MB/s is more than the link carries: the relay was bypassed`)
  })
})
