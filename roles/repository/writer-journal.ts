/**
 * @packageDocumentation
 * The resume bookkeeping of one disk writer: which of the blocks it received are durable yet
 * (their pack indexed, or no pack needed), and which PipeMarks all the blocks sent before them
 * are durable for. Only those go to the task's resume journal (resume-journal.ts, the file), so
 * that a retry after a crash never skips a block the crash lost.
 *
 * @example
 * ```ts
 * const journal = new WriterJournal(resumeJournal)
 * journal.started(seq)                          // a putBlock call began
 * journal.settle(at, digest, pack, seq)         // it was stored in `pack` (undefined: no pack needed)
 * journal.mark(below, nextSeq)                  // a PipeMark
 * journal.journalDurable()                      // after a pack was indexed
 * ```
 */
import type { PackWriter } from './pack-writer.ts'
import type { ResumedBlock, ResumeJournal } from './resume-journal.ts'

/** A block put in the disk, journaled once it is durable: when its pack is indexed, if it has one. */
interface Settled extends ResumedBlock {
  pack: PackWriter | undefined
  /** the order of its putBlock call */
  seq: number
}

/** Settled blocks are looked at for the journal once this many wait (and whenever a pack is indexed). */
const JOURNAL_BATCH = 1024

/** What a journaled writer received, until it is durable and journaled. */
export class WriterJournal {
  /** where blocks are journaled once durable, for a retry to resume from */
  private readonly file: ResumeJournal
  private unjournaled: Settled[] = []
  /** putBlock calls (by seq) not journaled yet: a mark waits for those before it */
  private readonly unsettled = new Set<number>()
  /** PipeMarks received, waiting for the blocks sent before them to be durable */
  private readonly marks: Array<{ below: number, seq: number }> = []

  constructor (file: ResumeJournal) {
    this.file = file
  }

  /** The putBlock call `seq` began: a later mark waits for it. */
  started (seq: number): void {
    this.unsettled.add(seq)
  }

  /**
   * A PipeMark: every block below `below` was put before the putBlock call `seq` or is as the
   * base says. It is journaled once the blocks put before it are durable.
   */
  mark (below: number, seq: number): void {
    this.marks.push({ below, seq })
    this.journalDurable()
  }

  /** The block at `at` is in the disk; `pack`: the pack that must be indexed before it is durable. */
  settle (at: number, digest: Buffer, pack: PackWriter | undefined, seq: number): void {
    this.unjournaled.push({ at, digest, pack, seq })
    // a block needing no pack may complete a mark: a run of unchanged or zero blocks is journaled at once
    if (this.unjournaled.length >= JOURNAL_BATCH || (pack === undefined && this.marks.length > 0)) this.journalDurable()
  }

  /** Journals the settled blocks that are durable now: what a crash from here on cannot lose. */
  journalDurable (): void {
    if (this.unjournaled.length === 0 && this.marks.length === 0) return
    const ready: ResumedBlock[] = []
    const waiting: Settled[] = []
    for (const s of this.unjournaled) {
      if (s.pack === undefined || s.pack.indexed) {
        ready.push({ at: s.at, digest: s.digest })
        this.unsettled.delete(s.seq)
      } else waiting.push(s)
    }
    this.unjournaled = waiting
    // a journal that cannot be written costs a retry its head start, not the backup
    this.file.append(ready).catch(() => {})
    let oldest = Infinity
    for (const seq of this.unsettled) oldest = Math.min(oldest, seq)
    let below = -1
    while (this.marks.length > 0 && this.marks[0]!.seq <= oldest) below = Math.max(below, this.marks.shift()!.below)
    if (below >= 0) this.file.mark(below).catch(() => {})
  }

  /** The disk is staged: nothing is left to resume, the journal file goes. */
  async remove (): Promise<void> {
    this.unjournaled = []
    await this.file.remove()
  }

  /** The writer aborted: the journal file stays for a retry. */
  async close (): Promise<void> {
    await this.file.close()
  }
}
