/**
 * @packageDocumentation
 * Undoing block-layer changes over QMP, each step idempotent (a missing export, job or node
 * counts as done) and waiting on events registered before the command that causes them:
 * delete an NBD export, cancel a job, commit an overlay back into its base, delete a node.
 */
import { QmpError, type QmpClient } from './qmp.ts'

/** A `query-jobs` entry. */
export interface QemuJob {
  id: string
  type: string
  status: string
  'current-progress'?: number
  'total-progress'?: number
  error?: string
}

/** The job, or undefined when QEMU no longer lists it. */
export async function findJob (qmp: QmpClient, id: string): Promise<QemuJob | undefined> {
  return (await qmp.execute<QemuJob[]>('query-jobs')).find(j => j.id === id)
}

/**
 * Drives a job until `step` returns true: each round registers for the job's next
 * JOB_STATUS_CHANGE before reading its state (undefined: gone), so no transition is missed.
 */
export async function driveJob (qmp: QmpClient, id: string, step: (job: QemuJob | undefined) => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const left = deadline - Date.now()
    if (left <= 0) {
      throw new QmpError('ERR_QMP_TIMEOUT', `job ${id} did not finish within ${timeoutMs} ms on ${qmp.address}`, { address: qmp.address })
    }
    const next = qmp.waitEvent('JOB_STATUS_CHANGE', { predicate: e => e.data.id === id, timeoutMs: left })
    if (await step(await findJob(qmp, id))) return
    await next
  }
}

/** Deletes an NBD export (dropping its clients) and waits for BLOCK_EXPORT_DELETED. */
export async function deleteExport (qmp: QmpClient, id: string, timeoutMs: number): Promise<void> {
  const listed = async (): Promise<boolean> => (await qmp.execute<{ id: string }[]>('query-block-exports')).some(e => e.id === id)
  if (!await listed()) return
  const deleted = qmp.waitEvent('BLOCK_EXPORT_DELETED', { predicate: e => e.data.id === id, timeoutMs })
  try {
    await qmp.execute('block-export-del', { id, mode: 'hard' })
  } catch (err) {
    if (await listed()) throw err
    return
  }
  await deleted
}

/** Cancels a job (our fleecing backup jobs dismiss themselves) and waits until QEMU no longer lists it. */
export async function cancelJob (qmp: QmpClient, id: string, timeoutMs: number): Promise<void> {
  let cancelled = false
  await driveJob(qmp, id, async job => {
    if (job === undefined) return true
    if (job.status === 'concluded') {
      await qmp.execute('job-dismiss', { id }).catch(() => {})
    } else if (!cancelled && job.status !== 'aborting') {
      await qmp.execute('job-cancel', { id })
      cancelled = true
    }
    return false
  }, timeoutMs)
}

/**
 * Active commit of `top` into its backing image: block-commit, wait READY, job-complete, wait
 * CONCLUDED, job-dismiss. Resumes a commit job left by an interrupted release. Throws when the
 * job ends with an error (the overlay then stays, with every write, for a retry).
 */
export async function commitOverlay (qmp: QmpClient, top: string, jobId: string, timeoutMs: number): Promise<void> {
  if (await findJob(qmp, jobId) === undefined) {
    await qmp.execute('block-commit', { 'job-id': jobId, device: top, 'auto-dismiss': false })
  }
  let completed = false
  let error: string | undefined
  await driveJob(qmp, jobId, async job => {
    if (job === undefined) return true // dismissed by someone else: the node graph tells whether it pivoted
    if (job.status === 'concluded') {
      error = job.error
      await qmp.execute('job-dismiss', { id: jobId })
      return true
    }
    if (job.status === 'ready' && !completed) {
      await qmp.execute('job-complete', { id: jobId })
      completed = true
    }
    return false
  }, timeoutMs)
  if (error !== undefined) {
    throw new QmpError('ERR_QMP_COMMAND', `commit of ${top} failed on ${qmp.address}: ${error}`, { address: qmp.address, command: 'block-commit', desc: error })
  }
}

/** blockdev-del, a missing node counting as done. */
export async function deleteNode (qmp: QmpClient, node: string, nodes: readonly { 'node-name': string }[]): Promise<void> {
  if (!nodes.some(n => n['node-name'] === node)) return
  await qmp.execute('blockdev-del', { 'node-name': node })
}
