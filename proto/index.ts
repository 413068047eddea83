/**
 * @packageDocumentation
 * The wire vocabulary of meshbackup: the codecs generated from proto/*.proto (`pb`) and a
 * short type name for each message's plain-object shape.
 *
 * @example
 * ```ts
 * import { pb, type ActorMessage } from '../proto/index.ts'
 * const bytes = pb.ActorMessage.encode({ ok: {} }).finish()
 * const back: ActorMessage = pb.ActorMessage.decode(bytes)
 * ```
 */
import './numbers.ts'
import { meshbackup } from './gen/meshbackup.js'

export const pb = meshbackup

export type Envelope = meshbackup.Envelope.$Properties
export type ActorMessage = meshbackup.ActorMessage.$Properties
export type Announcement = meshbackup.Announcement.$Properties
export type ProxyCapacity = meshbackup.ProxyCapacity.$Properties
export type RepositoryCapacity = meshbackup.RepositoryCapacity.$Properties
export type HostReach = meshbackup.HostReach.$Properties
export type HostSpec = meshbackup.HostSpec.$Properties
export type HostInventory = meshbackup.HostInventory.$Properties
export type VmInfo = meshbackup.VmInfo.$Properties
export type DiskInfo = meshbackup.DiskInfo.$Properties
export type SnapshotRequest = meshbackup.SnapshotRequest.$Properties
export type SnapshotReply = meshbackup.SnapshotReply.$Properties
export type ReleaseRequest = meshbackup.ReleaseRequest.$Properties
export type LeaseRequest = meshbackup.LeaseRequest.$Properties
export type LeaseGrant = meshbackup.LeaseGrant.$Properties
export type TaskSpec = meshbackup.TaskSpec.$Properties
export type PlaceTask = meshbackup.PlaceTask.$Properties
export type TaskPlaced = meshbackup.TaskPlaced.$Properties
export type TaskAssignment = meshbackup.TaskAssignment.$Properties
export type TaskStats = meshbackup.TaskStats.$Properties
export type TaskProgress = meshbackup.TaskProgress.$Properties
export type TaskResult = meshbackup.TaskResult.$Properties
export type BulkLaneOffer = meshbackup.BulkLane.$Properties
export type PipeFrame = meshbackup.PipeFrame.$Properties
export type PipeHeader = meshbackup.PipeHeader.$Properties
export type PipeBlock = meshbackup.PipeBlock.$Properties
export type PipeSummary = meshbackup.PipeSummary.$Properties
export type RestorePoint = meshbackup.RestorePoint.$Properties
export type DiskManifest = meshbackup.DiskManifest.$Properties
export type PointSummary = meshbackup.PointSummary.$Properties
export type CommitPoint = meshbackup.CommitPoint.$Properties
export type VerifyReport = meshbackup.VerifyReport.$Properties
export type RepairSource = meshbackup.RepairSource.$Properties
export type RepairedFrom = meshbackup.RepairedFrom.$Properties
export type VerifyJob = meshbackup.VerifyJob.$Properties
export type VerifyPassRequest = meshbackup.VerifyPassRequest.$Properties
export type VerifyPassProgress = meshbackup.VerifyPassProgress.$Properties
export type VerifyPassReport = meshbackup.VerifyPassReport.$Properties
export type DamagedPoint = meshbackup.DamagedPoint.$Properties
export type RestoreRequest = meshbackup.RestoreRequest.$Properties
export type RestoreFrame = meshbackup.RestoreFrame.$Properties
export type RestoreHeader = meshbackup.RestoreHeader.$Properties
export type AdminRequest = meshbackup.AdminRequest.$Properties
export type AdminReply = meshbackup.AdminReply.$Properties
export type Job = meshbackup.Job.$Properties
export type TrafficRuleWire = meshbackup.TrafficRule.$Properties
export type ThrottleList = meshbackup.ThrottleList.$Properties
export type ThrottleWait = meshbackup.ThrottleWait.$Properties
export type Retention = meshbackup.Retention.$Properties
export type Notify = meshbackup.Notify.$Properties
export type GcReport = meshbackup.GcReport.$Properties
export type GuestProcessing = meshbackup.GuestProcessing.$Properties
export type GuestCredentials = meshbackup.GuestCredentials.$Properties
export type BitmapInfo = meshbackup.BitmapInfo.$Properties
export type CbtBase = meshbackup.CbtBase.$Properties
export type SessionRecord = meshbackup.SessionRecord.$Properties
export type TaskRecord = meshbackup.TaskRecord.$Properties
export type StatusReply = meshbackup.StatusReply.$Properties
export type Progress = meshbackup.Progress.$Properties
export type InventoryProblem = meshbackup.InventoryProblem.$Properties
export type HostCheckReply = meshbackup.HostCheckReply.$Properties
export type JobEdit = meshbackup.JobEdit.$Properties
export type PointsForget = meshbackup.PointsForget.$Properties
export type PointsForgotten = meshbackup.PointsForgotten.$Properties
export type AdminEvent = meshbackup.Event.$Properties
export type VmFailure = meshbackup.VmFailure.$Properties
export type RebuildReport = meshbackup.RebuildReport.$Properties
export type RebuildProgress = meshbackup.RebuildProgress.$Properties
export type CopyJob = meshbackup.CopyJob.$Properties
export type CopyRunRequest = meshbackup.CopyRunRequest.$Properties
export type CopyProgress = meshbackup.CopyProgress.$Properties
export type CopyReport = meshbackup.CopyReport.$Properties
export type CopyFailure = meshbackup.CopyFailure.$Properties
export type CopiedPoint = meshbackup.CopiedPoint.$Properties
export type FetchFrame = meshbackup.FetchFrame.$Properties
export type FetchedBlock = meshbackup.FetchedBlock.$Properties
export type FetchRequest = meshbackup.FetchRequest.$Properties
export type GuestDiskWire = meshbackup.GuestDisk.$Properties
export type FilesListing = meshbackup.FilesListing.$Properties
export type FilesGot = meshbackup.FilesGot.$Properties
export type GuestEntryWire = meshbackup.GuestEntry.$Properties
export type GuestVolumeWire = meshbackup.GuestVolume.$Properties
export type VmConfig = meshbackup.VmConfig.$Properties
export type VmDiskConfig = meshbackup.VmDiskConfig.$Properties
export type VmNicConfig = meshbackup.VmNicConfig.$Properties
export type RecoverRequest = meshbackup.RecoverRequest.$Properties
export type RecoveryAction = meshbackup.RecoveryAction.$Properties
export type RecoveryStart = meshbackup.RecoveryStart.$Properties
export type RecoveryControl = meshbackup.RecoveryControl.$Properties
export type RecoveryInfo = meshbackup.RecoveryInfo.$Properties
export type RecoveryList = meshbackup.RecoveryList.$Properties
export type BootCheck = meshbackup.BootCheck.$Properties
export type BootCheckBegin = meshbackup.BootCheckBegin.$Properties
export type BootCheckRecord = meshbackup.BootCheckRecord.$Properties
export type BootCheckListRequest = meshbackup.BootCheckListRequest.$Properties
export type ProtectionRequest = meshbackup.ProtectionRequest.$Properties
export type ProtectionReport = meshbackup.ProtectionReport.$Properties
export type VmProtection = meshbackup.VmProtection.$Properties
export type BootCheckRequest = meshbackup.BootCheckRequest.$Properties
export type BootCheckJob = meshbackup.BootCheckJob.$Properties
export type BootCheckJobList = meshbackup.BootCheckJobList.$Properties
export type BootCheckRun = meshbackup.BootCheckRun.$Properties
export type BootCheckRunReply = meshbackup.BootCheckRunReply.$Properties
export type BootCheckCapacity = meshbackup.BootCheckCapacity.$Properties
