/**
 * @packageDocumentation
 * What the benches measure of a process, from /proc: CPU seconds and peak RSS around a step.
 */
import { readFile, writeFile } from 'node:fs/promises'

/** CPU seconds (user + system) of a process, from /proc. */
export async function cpuSeconds (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

/** Peak RSS in MiB since the last reset. */
export async function peakRss (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

export async function resetPeak (pid: number): Promise<void> {
  // writing 5 to clear_refs resets VmHWM; a kernel without it just reports the lifetime peak
  await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => {})
}

/** Runs `work` while measuring CPU and peak RSS of `pids` (name → pid) and the wall time. */
export async function measureProcesses<T> (pids: Record<string, number>, work: () => Promise<T>): Promise<{ result: T, seconds: number, cpu: Record<string, number>, rss: Record<string, number> }> {
  const before: Record<string, number> = {}
  for (const [name, pid] of Object.entries(pids)) { before[name] = await cpuSeconds(pid); await resetPeak(pid) }
  const started = process.hrtime.bigint()
  const result = await work()
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const cpu: Record<string, number> = {}
  const rss: Record<string, number> = {}
  for (const [name, pid] of Object.entries(pids)) {
    cpu[name] = (await cpuSeconds(pid)) - before[name]!
    rss[name] = await peakRss(pid)
  }
  return { result, seconds, cpu, rss }
}
