/**
 * @packageDocumentation
 * The yamux stream options under which a paused frame reader (stream-frames.ts) stays within its
 * stream's own buffer limit; the mesh builder passes them to the muxer.
 *
 * @example
 * ```ts
 * createLibp2p({ streamMuxers: [yamux({ streamOptions: yamuxStreamOptions })] })
 * ```
 */

/**
 * Yamux stream options the mesh builder must pass as `yamux({ streamOptions: yamuxStreamOptions })`.
 *
 * A paused stream keeps receiving what the remote may still send inside the window it was
 * granted (up to `maxStreamWindowSize`), and before a handler attaches its reader yamux keeps
 * granting window; the stream resets itself once its unread buffer passes `maxReadBufferLength`.
 * With the defaults (16 MiB window, 4 MiB buffer) a reader paused behind 1 MiB frames had its
 * stream reset ("Read buffer length of 4194316 exceeded limit of 4194304"); with these, a paused
 * stream held at most ~2.3 MiB unread, 8 MiB frames passed, and a 4 MiB window did not cost
 * throughput on loopback. The 16 MiB buffer leaves room for the window four times over.
 */
export const yamuxStreamOptions = {
  maxStreamWindowSize: 4 * 1024 * 1024,
  maxReadBufferLength: 16 * 1024 * 1024
}
