/**
 * @packageDocumentation
 * What an NBD export serves, apart from the server so the connection code and the sources
 * (point-disk.ts) need not import the server. server.ts re-exports it.
 */

/** What an export serves: a disk of `size` bytes, read on demand. */
export interface NbdExportSource {
  readonly size: number
  /** bytes [offset, offset + length) of the export */
  read (offset: number, length: number): Promise<Buffer>
  /** base:allocation for [offset, offset + length): consecutive runs covering it, zero = reads as zeros and is not stored */
  allocation? (offset: number, length: number): Promise<Array<{ length: number, zero: boolean }>>
  /** the request size the source serves best (a power of two, announced as NBD's preferred block size; default 4096) */
  readonly preferredBlockSize?: number
}
