/**
 * @packageDocumentation
 * The report of a scenario's runs: a Markdown table (one row per policy, with the targets) and an
 * SVG drawn by hand: utilisation over time per policy, and makespan by policy against the lower
 * bound.
 *
 * @example
 * ```ts
 * const md = markdownReport(results)
 * const svg = svgReport(results)
 * ```
 */
import type { RunResult } from './simulate.ts'
import type { LiveResult } from './live.ts'

const s1 = (ms: number): string => (ms / 1000).toFixed(1)
const pct = (x: number): string => `${(x * 100).toFixed(0)}%`

export function markdownReport (results: RunResult[], gossipPeriodMs = 2000): string {
  const first = results[0]
  if (first == null) return '(no runs)\n'
  const b = first.bound
  const lines = [
    `# Simulation: ${first.scenario} (seed ${first.seed})`,
    '',
    `${first.proxies} proxies, ${first.repositories} repositories, ${first.disks} disks; ` +
      `work ${(b.totalWorkBytes / 2 ** 40).toFixed(2)} TiB; capacity ${(b.capacityBps / 1e9).toFixed(2)} GB/s ` +
      `(proxy side ${(b.proxySideBps / 1e9).toFixed(2)}, repository side ${(b.repositorySideBps / 1e9).toFixed(2)}).`,
    `Lower bound ${s1(b.boundMs)} s = max(work ÷ capacity ${s1(b.workOverCapacityMs)} s, longest task ${s1(b.longestTaskMs)} s: ${b.longestTask}).`,
    '',
    '| policy | makespan s | ÷ bound | slot util. mean (min–max) | MB/s util. mean | wait mean / p95 / max s | re-placed | failed | over-subscribed | longest wait with a fitting slot free s | view age mean / max s | sim wall s |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|'
  ]
  for (const r of results) {
    const u = r.slotUtilisation
    lines.push(`| ${r.policy} | ${s1(r.makespanMs)} | ${r.ratio.toFixed(3)} | ${pct(u.mean)} (${pct(u.min)}–${pct(u.max)}) | ${pct(r.throughputUtilisation.mean)} | ` +
      `${s1(r.wait.meanMs)} / ${s1(r.wait.p95Ms)} / ${s1(r.wait.maxMs)} | ${r.replaced} | ${r.failed} | ${r.oversubscribed} | ${s1(r.longestFitWaitMs)} | ` +
      `${r.staleness != null ? `${s1(r.staleness.meanMs)} / ${s1(r.staleness.maxMs)}` : '—'} | ${s1(r.wallMs)} |`)
  }
  const ours = results.find((r) => r.policy === 'gossip-lease')
  if (ours != null) {
    lines.push('', '## Targets (gossip-lease)', '',
      `- makespan ÷ lower bound ≤ 1.1: ${ours.ratio.toFixed(3)} ${ours.ratio <= 1.1 ? 'met' : 'NOT met'}`,
      `- over-subscribed slots = 0: ${ours.oversubscribed} ${ours.oversubscribed === 0 ? 'met' : 'NOT met'}`,
      `- no wait over two gossip periods (${s1(2 * gossipPeriodMs)} s) while a fitting slot is free: ${s1(ours.longestFitWaitMs)} s ${ours.longestFitWaitMs <= 2 * gossipPeriodMs ? 'met' : 'NOT met'}` +
        (ours.longestFitWaitTask !== '' ? ` (${ours.longestFitWaitTask})` : ''),
      // a retried task queues behind the tasks already waiting: with every slot taken this is queueing, not detection
      ...(ours.replaced > 0 ? [`- a dead node's tasks running again (notice, then the queue): longest ${s1(ours.replacementMaxMs)} s`] : []),
      `- scheduler: ${Object.entries(ours.policyStats).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  }
  return lines.join('\n') + '\n'
}

const COLORS: Record<string, string> = { 'gossip-lease': '#1f77b4', random: '#d62728', 'round-robin': '#ff7f0e', omniscient: '#2ca02c' }
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Two charts side by side: proxy slot utilisation over time, and makespan by policy with the bound. */
export function svgReport (results: RunResult[]): string {
  const W = 960
  const H = 360
  const pad = 50
  const cw = 540
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`]
  const tMax = Math.max(1, ...results.map((r) => r.makespanMs))
  const x = (t: number): number => pad + (t / tMax) * (cw - pad - 10)
  const y = (u: number): number => H - pad - u * (H - 2 * pad)
  out.push(`<text x="${pad}" y="20">proxy slot utilisation over time (${esc(results[0]?.scenario ?? '')})</text>`)
  out.push(`<line x1="${pad}" y1="${y(0)}" x2="${cw - 10}" y2="${y(0)}" stroke="black"/><line x1="${pad}" y1="${y(0)}" x2="${pad}" y2="${y(1)}" stroke="black"/>`)
  for (const u of [0, 0.5, 1]) out.push(`<text x="${pad - 8}" y="${y(u) + 4}" text-anchor="end">${u * 100}%</text>`)
  for (const f of [0, 0.5, 1]) out.push(`<text x="${x(f * tMax)}" y="${H - pad + 16}" text-anchor="middle">${(f * tMax / 1000).toFixed(0)} s</text>`)
  for (const [i, r] of results.entries()) {
    const color = COLORS[r.policy] ?? '#555'
    const pts = r.samples.filter((s) => s.t <= r.makespanMs).map((s) => `${x(s.t).toFixed(1)},${y(s.utilisation).toFixed(1)}`).join(' ')
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${pts}"/>`)
    out.push(`<rect x="${pad + 10 + i * 120}" y="${H - 18}" width="10" height="10" fill="${color}"/><text x="${pad + 24 + i * 120}" y="${H - 9}">${esc(r.policy)}</text>`)
  }
  // makespan bars
  const bx = cw + 30
  const bw = W - bx - 20
  const bound = results[0]?.bound.boundMs ?? 0
  const vMax = Math.max(bound, ...results.map((r) => r.makespanMs)) * 1.1 || 1
  const by = (v: number): number => H - pad - (v / vMax) * (H - 2 * pad)
  out.push(`<text x="${bx}" y="20">makespan by policy (s); dashed: lower bound</text>`)
  const step = bw / Math.max(1, results.length)
  for (const [i, r] of results.entries()) {
    const left = bx + i * step + 8
    out.push(`<rect x="${left}" y="${by(r.makespanMs)}" width="${step - 16}" height="${by(0) - by(r.makespanMs)}" fill="${COLORS[r.policy] ?? '#555'}"/>`)
    out.push(`<text x="${left + (step - 16) / 2}" y="${by(r.makespanMs) - 4}" text-anchor="middle">${(r.makespanMs / 1000).toFixed(0)}</text>`)
    out.push(`<text x="${left + (step - 16) / 2}" y="${H - pad + 16}" text-anchor="middle" font-size="10">${esc(r.policy)}</text>`)
  }
  out.push(`<line x1="${bx}" y1="${by(bound)}" x2="${W - 20}" y2="${by(bound)}" stroke="black" stroke-dasharray="5,4"/>`)
  out.push(`<line x1="${bx}" y1="${by(0)}" x2="${W - 20}" y2="${by(0)}" stroke="black"/>`)
  out.push('</svg>')
  return out.join('\n') + '\n'
}

/** A live run beside its model: re-placement after the kill, makespan, placements. */
export function liveReport (r: LiveResult): string {
  const m = r.model
  const k = r.killed
  const spread = (xs: number[]): string => xs.length === 0 ? '—' : `${Math.min(...xs)}–${Math.max(...xs)}`
  const lines = [
    `# Live run: ${r.nodes} daemons (${r.proxies} proxies), ${r.disks} synthetic disks`,
    '',
    `mesh up in ${s1(r.startupMs)} s; daemons' resident memory ${r.rssMiB} MiB (${(r.rssMiB / r.nodes).toFixed(0)} MiB each)`,
    `session ${r.state}: ${r.done}/${r.disks} disks in ${s1(r.makespanMs)} s` + (m != null ? ` (model: ${m.done}/${m.disks} in ${s1(m.makespanMs)} s)` : ''),
    `tasks per proxy: ${spread(Object.values(r.placements))} over ${Object.keys(r.placements).length} proxies`
  ]
  if (k != null) {
    lines.push(`killed ${k.proxy} at ${s1(k.atMs)} s holding ${k.tasks.length} task(s): ${k.tasks.join(', ')}`,
      `- attempt failed after: ${k.detectedMs.map((x) => `${x} ms`).join(', ')}`,
      `- placed again after: ${k.replacedMs.map((x) => `${x} ms`).join(', ')} (target ≤ 3000 ms: ${Math.max(...k.replacedMs) <= 3000 ? 'met' : 'NOT met'})`)
    if (m != null) lines.push(`- model: ${m.replaced} task(s) re-placed, running again after ${(m.replacementMaxMs).toFixed(0)} ms at most`)
  }
  return lines.join('\n') + '\n'
}
