/**
 * @packageDocumentation
 * Every error code node/hosts/ raises or answers to, in one place: the layer's error classes take
 * their codes from here. README.md's "Error codes" says what each means and what to do.
 *
 * HostError's constructor takes any string, because roles/ raise it with codes of their own; the
 * codes this layer gives it are HostErrorCode.
 */

/**
 * node/hosts/host.ts and the connectors (file.ts, synthetic.ts, qemu/qemu-host.ts, connect-host.ts):
 * a host that cannot be registered, reached, listed, snapshotted or released.
 */
export type HostConnectorErrorCode =
  | 'ERR_UNKNOWN_HOST_TYPE'
  | 'ERR_BAD_HOST_SPEC'
  | 'ERR_HOST_UNREACHABLE'
  | 'ERR_NO_SUCH_VM'
  | 'ERR_BAD_VM_MANIFEST'
  | 'ERR_DUPLICATE_VM'
  | 'ERR_BAD_SESSION_ID'
  | 'ERR_BAD_SNAPSHOT_ID'
  | 'ERR_SNAPSHOT_FAILED'
  | 'ERR_RELEASE_FAILED'

/**
 * The block sources (block-source.ts, disk-reader.ts, qcow2-reader.ts, nbd-reader.ts,
 * open-block-source.ts, synthetic.ts): a disk that cannot be read as the snapshot described it.
 */
export type DiskReadErrorCode =
  | 'ERR_DISK_UNREADABLE'
  | 'ERR_DISK_SIZE_CHANGED'
  | 'ERR_READER_CLOSED'
  | 'ERR_BLOCK_OUT_OF_RANGE'
  | 'ERR_BUFFER_TOO_SMALL'
  | 'ERR_CBT_UNAVAILABLE'
  | 'ERR_CBT_BITMAP_MISSING'
  | 'ERR_MODE_UNAVAILABLE'
  | 'ERR_UNSUPPORTED_IMAGE'

/**
 * node/hosts/qemu/ (qemu-host-error.ts, take-snapshot.ts, release-snapshot.ts, restore-disk.ts): a
 * QEMU host failure as a HostError, beside the connector codes it shares.
 */
export type QemuHostErrorCode =
  | 'ERR_QMP_UNREACHABLE'
  | 'ERR_DISK_LOCKED'
  | 'ERR_SNAPSHOT_EXISTS'
  | 'ERR_HOST_FAILED'
  | 'ERR_NO_QEMU_IMG'
  | 'ERR_CONVERT_FAILED'
  | 'ERR_HOST_RUNNING'
  | 'ERR_ATTACH_FAILED'

/**
 * node/hosts/recovery/ (RecoveryError): an instantly recovered VM on this node.
 */
export type RecoveryErrorCode =
  | 'ERR_RECOVERY_START_FAILED' // the qemu-system-x86_64 process did not start or answer (its log is quoted)
  | 'ERR_RECOVERY_OVERLAY_FAILED' // qemu-img could not create a disk's overlay
  | 'ERR_RECOVERY_MIGRATE_FAILED' // the NBD nodes could not be dropped, or QEMU went away mid-migration
  | 'ERR_RECOVERY_BLOCK_UNAVAILABLE' // a block a recovered VM read is not in the repository serving the point (damaged or lost there): that read fails
  | 'ERR_RECOVERY_STATE' // the recovery is not in a state that allows the action (migrate a stopped one)
  | 'ERR_RECOVERY_ADOPT_FAILED' // a restarted daemon could not take up the recovered VM it ran (its QEMU process is gone, or its monitor does not answer)
  | 'ERR_RECOVERY_ATTACH_NO_VM' // --attach-to: the named host's monitor does not answer: no VM runs there
  | 'ERR_RECOVERY_ATTACH_NOT_RUNNING' // --attach-to: the VM exists but does not run (paused, shut down, not started)
  | 'ERR_RECOVERY_ATTACH_FAILED' // --attach-to: QEMU refused the block nodes or the device (its message is quoted)
  | 'ERR_RECOVERY_DETACH_TIMEOUT' // stop of attached disks: the guest did not release the device (DEVICE_DELETED never came)

/** every code this layer raises a HostError with */
export type HostErrorCode = HostConnectorErrorCode | DiskReadErrorCode | QemuHostErrorCode

/**
 * node/hosts/qemu/qmp.ts (QmpError):
 * ERR_QMP_UNREACHABLE: no connection or no greeting (the address is named);
 * ERR_QMP_PROTOCOL: the server sent something that is not QMP;
 * ERR_QMP_COMMAND: QEMU answered a command with an error (`errorClass`, `desc`);
 * ERR_QMP_TIMEOUT: no reply or event in time; ERR_QMP_CLOSED: the connection ended first.
 */
export type QmpErrorCode = 'ERR_QMP_UNREACHABLE' | 'ERR_QMP_PROTOCOL' | 'ERR_QMP_COMMAND' | 'ERR_QMP_TIMEOUT' | 'ERR_QMP_CLOSED'

/** node/hosts/qemu/qga.ts (QgaError): the guest agent channel */
export type QgaErrorCode =
  | 'ERR_QGA_BAD_ADDRESS' // the channel is not `unix:PATH` or `tcp:HOST:PORT`
  | 'ERR_QGA_UNREACHABLE' // no socket, refused, or the agent did not answer the resync
  | 'ERR_QGA_COMMAND_DISABLED' // the agent was started with this command blocked (-b)
  | 'ERR_QGA_COMMAND_NOT_FOUND' // this agent version does not know the command
  | 'ERR_QGA_COMMAND_FAILED' // the agent ran the command and it failed (desc says why)
  | 'ERR_QGA_TIMEOUT' // no reply in time; the next command resyncs first
  | 'ERR_QGA_EXEC_TIMEOUT' // a guest-exec process still ran at the deadline (it is NOT killed)
  | 'ERR_QGA_CLOSED' // the connection ended or close() was called
  | 'ERR_QGA_PROTOCOL' // a reply that is not JSON, or too large

/**
 * node/hosts/qemu/boot-check.ts: why a boot check failed (BootCheckResult.code, kept with the
 * result and sent in webhooks), and BootCheckError for a check that cannot start.
 */
export type BootCheckCode =
  | 'ERR_BOOT_CHECK_NO_HEARTBEAT' // neither the guest agent nor the awaited serial line within the boot timeout
  | 'ERR_BOOT_CHECK_NO_BOOT_DEVICE' // the BIOS found nothing to boot (a wiped boot sector)
  | 'ERR_BOOT_CHECK_PANIC' // "Kernel panic" on the serial console
  | 'ERR_BOOT_CHECK_VM_EXITED' // QEMU exited (or its QMP closed) during the check
  | 'ERR_BOOT_CHECK_NO_AGENT' // a script was given, and the guest agent never answered
  | 'ERR_BOOT_CHECK_SCRIPT_FAILED' // the operator's script exited non-zero (or was killed)
  | 'ERR_BOOT_CHECK_SCRIPT_TIMEOUT' // the operator's script still ran at its timeout
  | 'ERR_BOOT_CHECK_BAD_REQUEST' // the check was asked wrongly (no heartbeat to wait for, a script without path or text)

/** node/hosts/qemu/nbd/ (NbdError): the NBD client */
export type NbdErrorCode =
  | 'ERR_NBD_BAD_ADDRESS'
  | 'ERR_NBD_UNREACHABLE'
  | 'ERR_NBD_PROTOCOL'
  | 'ERR_NBD_NO_EXPORT'
  | 'ERR_NBD_UNSUPPORTED'
  | 'ERR_NBD_SERVER_ERROR'
  | 'ERR_NBD_DISCONNECTED'
  | 'ERR_NBD_TIMEOUT'
  | 'ERR_NBD_ABORTED'
  | 'ERR_NBD_CLOSED'
  | 'ERR_NBD_READ_ONLY'
  | 'ERR_NBD_NO_CONTEXT'
  | 'ERR_NBD_OUT_OF_RANGE'
  | 'ERR_NBD_UNALIGNED'
  | 'ERR_NBD_BUFFER_TOO_SMALL'

/**
 * node/hosts/nbd-server/ (NbdServerError): the NBD server that serves restore points (instant
 * recovery), and the point disk source behind it. A client's NBD read that fails on one of the
 * source's codes is answered EIO; the code is in the server's log and in the error chunk's message.
 */
export type NbdServerErrorCode =
  | 'ERR_NBD_SERVER_ADDRESS_IN_USE' // another server listens on the socket path or port
  | 'ERR_NBD_SERVER_LISTEN_FAILED' // the socket cannot be made there (permissions, path too long, bad host)
  | 'ERR_NBD_SERVER_CLOSED' // the server or the point source was closed
  | 'ERR_NBD_SERVER_EXPORT_EXISTS' // add() of a name already exported
  | 'ERR_NBD_SERVER_BAD_EXPORT' // an export name over 4096 bytes, or a source size NBD cannot carry
  | 'ERR_NBD_SERVER_BAD_POINT' // a point disk whose size, block size and digests do not agree
  | 'ERR_NBD_SERVER_OUT_OF_RANGE' // a read outside the point's disk
  | 'ERR_NBD_SERVER_FETCH_FAILED' // the repository stayed away for longer than retryForMs
  | 'ERR_NBD_SERVER_BAD_BLOCK' // a fetched block failed its digest, length or decompression: never served
  | 'ERR_NBD_SERVER_KEY_MISSING' // a sealed (encrypted) block and no data key
  | 'ERR_NBD_SERVER_WRONG_KEY' // a sealed block that the data key given does not open
  | 'ERR_NBD_SERVER_PROTOCOL' // a client broke the NBD protocol: that connection was closed

/** node/core's codec codes (codec-pool.ts unpack) that point-disk.ts answers to: a data key that does not open a sealed block */
export type CodecKeyErrorCode = 'ERR_WRONG_KEY' | 'ERR_BAD_KEY_MATERIAL'

/**
 * recovery/local-copy.ts: codes of a migration's failed copy (a restore's own, or the repository's
 * refusal) that it gives up on at once: waiting for the repository does not cure them
 */
export type MigrationLastingCopyCode =
  | 'ERR_BLOCK_DAMAGED'
  | 'ERR_NO_SUCH_DISK'
  | 'ERR_NO_SUCH_POINT'
  | 'ERR_CORRUPT_MANIFEST'
  | 'ERR_POINT_DAMAGED'
  | 'ERR_RESTORE_BAD_BLOCK'
  | 'ERR_RESTORE_DIGEST_MISMATCH'
  | 'ERR_RESTORE_KEY_MISSING'
  | 'ERR_RESTORE_TARGET'
  | 'ERR_WRONG_KEY'

/** node/hosts/guest-fs/ (GuestFsError): reading files inside a guest's disk (file-level restore) */
export type GuestFsErrorCode =
  | 'ERR_FS_UNSUPPORTED' // a filesystem or volume kind found but not readable yet (xfs, btrfs, ntfs, vfat, swap, LVM, LUKS)
  | 'ERR_FS_UNRECOGNIZED' // neither a partition table nor a filesystem signature where one was looked for
  | 'ERR_FS_BAD_PARTITION_TABLE' // a partition table that contradicts itself or the disk's size
  | 'ERR_FS_NO_SUCH_PARTITION' // --partition names no partition of the disk
  | 'ERR_FS_NOT_FOUND' // no such path in the guest filesystem
  | 'ERR_FS_NOT_A_DIRECTORY' // a listing of something that is not a directory
  | 'ERR_FS_BAD_PATH' // a guest path that is not absolute, or holds a newline or a NUL
  | 'ERR_FS_READ_FAILED' // debugfs or a read of the disk failed (the message says which and why)
  | 'ERR_FS_SESSION_CLOSED' // the debugfs session ended (closed, or debugfs exited)
  | 'ERR_FS_TOOL_MISSING' // debugfs (e2fsprogs) or nbdfuse (libnbd-bin) is not installed
  | 'ERR_FS_NO_FUSE' // /dev/fuse is missing or a FUSE mount is refused here
  | 'ERR_FS_MOUNT_FAILED' // nbdfuse could not mount the NBD export as a file
  | 'ERR_FS_TARGET_EXISTS' // extraction would overwrite a file in the target folder

/** every code of the layer */
export type HostsErrorCode = HostErrorCode | QmpErrorCode | QgaErrorCode | NbdErrorCode | NbdServerErrorCode | GuestFsErrorCode | RecoveryErrorCode
