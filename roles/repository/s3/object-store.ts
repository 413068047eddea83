/**
 * @packageDocumentation
 * The S3 bucket under a repository: exactly the calls a repository needs of an object store,
 * over the AWS SDK v3 client. Packs are large objects (tens of MiB): `put` sends one PUT below
 * `multipartThreshold` and a multipart upload with parts in parallel above it; restores read
 * byte ranges (`getRange`, one GET each: the caller runs several at once, the client keeps up to
 * `maxSockets` connections). `list` and `listVersions` page through a prefix; `delete` removes up
 * to 1000 objects per DeleteObjects call.
 *
 * Object Lock: a bucket created with `createBucket({ objectLock: true })` takes objects written
 * with a COMPLIANCE retention date (`put(…, { retainUntil })`): until that date nobody, the
 * bucket owner included, can delete that version or shorten its date; `extendRetention` moves it
 * later (one call per version). Deleting a key without a version on such a bucket only hides it
 * behind a delete marker, so GC deletes versions (`listVersions`, then `delete` with versionId);
 * a locked one is reported back as `locked`, not thrown.
 *
 * Every failure is an `ObjectStoreError` (s3/errors.ts). Bodies are sent with their Content-MD5,
 * which the server checks. The client is set up for S3-compatible servers too: path-style
 * addressing when an endpoint is given (a server without bucket DNS names), and checksums only
 * where S3 requires them (Ceph RGW 16.2 refuses the SDK's default chunked uploads with a trailing
 * checksum: 411 MissingContentLength). Retention dates are rounded up to whole seconds, as S3
 * keeps them.
 *
 * @example
 * ```ts
 * const store = new ObjectStore({ endpoint, region: 'us-east-1', bucket: 'backups', credentials: await readS3Credentials(file) })
 * await store.createBucket({ objectLock: true })
 * const { versionId } = await store.put('packs/ab/abcd.pack', bytes, { retainUntil: new Date(Date.now() + 30 * DAY_MS) })
 * const block = await store.getRange('packs/ab/abcd.pack', offset, length)
 * ```
 */
import {
  CreateBucketCommand, DeleteObjectsCommand, GetObjectCommand, GetObjectLockConfigurationCommand, GetObjectRetentionCommand,
  HeadObjectCommand, ListObjectVersionsCommand, paginateListObjectsV2, PutObjectCommand, PutObjectRetentionCommand, S3Client,
  type BucketLocationConstraint, type ObjectLockRetentionMode
} from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import type { S3Credentials } from './credentials.ts'
import { ObjectStoreError, s3Failure, type S3Context } from './errors.ts'
import { uploadInParts } from './multipart-upload.ts'

const MiB = 1024 * 1024
/** DeleteObjects takes at most this many keys per call. */
const DELETE_BATCH = 1000

export interface ObjectStoreOptions {
  /** an S3-compatible server, e.g. 'http://127.0.0.1:7480'; omitted: AWS S3 of `region` */
  endpoint?: string
  region: string
  bucket: string
  credentials: S3Credentials
  /** default: true when `endpoint` is given (few S3-compatible servers have bucket DNS names) */
  forcePathStyle?: boolean
  /** objects of at least this many bytes go up as multipart uploads; default 16 MiB */
  multipartThreshold?: number
  /** bytes per part of a multipart upload; default 8 MiB (S3's least is 5 MiB) */
  partBytes?: number
  /** parts of one upload sent at once; default 4 */
  partsInFlight?: number
  /** connections kept to the server, shared by every request; default 64 */
  maxSockets?: number
  /** tries per request (the SDK retries throttling, 5xx and network errors); default 3 */
  maxAttempts?: number
  /** a connection not made within this long fails the try; default 5000 ms */
  connectionTimeoutMs?: number
  /** a connection silent for this long fails the try (a hung server); default 60000 ms */
  idleTimeoutMs?: number
}

/** An object or one version of it; without `versionId` the latest version. */
export interface ObjectRef {
  key: string
  versionId?: string
}

/** A retention on an object version: it cannot be deleted before `until`. */
export interface Retention {
  mode: ObjectLockRetentionMode
  until: Date
}

export interface ObjectHead {
  size: number
  etag: string
  lastModified: Date
  versionId: string | undefined
  /** the version's retention; undefined when it has none */
  retention: Retention | undefined
}

export interface ListedObject {
  key: string
  size: number
  etag: string
  lastModified: Date
}

export interface ListedVersion extends ListedObject {
  versionId: string
  isLatest: boolean
  /** a delete marker: hides the key, holds no data (size 0) */
  deleteMarker: boolean
}

export interface PutResult {
  etag: string
  /** set on a versioned bucket (every Object Lock bucket is one) */
  versionId: string | undefined
  /** 1 for a single PUT, else the number of parts */
  parts: number
}

export interface DeleteResult {
  deleted: ObjectRef[]
  /** versions under retention: kept, and kept being asked for until their date passes */
  locked: ObjectRef[]
}

/** The bucket's Object Lock setting; `defaultRetention` applies to objects written without one. */
export interface LockConfiguration {
  enabled: boolean
  defaultRetention: { mode: ObjectLockRetentionMode, days?: number, years?: number } | undefined
}

export class ObjectStore {
  readonly bucket: string
  readonly endpoint: string
  readonly multipartThreshold: number
  readonly partBytes: number
  readonly partsInFlight: number
  readonly #client: S3Client
  readonly #region: string
  /** an S3-compatible server: no location constraint on new buckets (its zones are its own) */
  readonly #customEndpoint: boolean
  #requests = 0

  constructor (options: ObjectStoreOptions) {
    this.bucket = options.bucket
    this.#region = options.region
    this.#customEndpoint = options.endpoint !== undefined
    this.endpoint = options.endpoint ?? `AWS S3 ${options.region}`
    this.multipartThreshold = options.multipartThreshold ?? 16 * MiB
    this.partBytes = options.partBytes ?? 8 * MiB
    this.partsInFlight = options.partsInFlight ?? 4
    const agent = { keepAlive: true, maxSockets: options.maxSockets ?? 64 }
    this.#client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
      // a copy: the SDK writes into the object it is given
      credentials: { accessKeyId: options.credentials.accessKeyId, secretAccessKey: options.credentials.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: options.maxAttempts ?? 3,
      requestHandler: {
        connectionTimeout: options.connectionTimeoutMs ?? 5000,
        socketTimeout: options.idleTimeoutMs ?? 60_000,
        httpAgent: agent,
        httpsAgent: agent
      }
    })
    // counts commands sent (a retry is the same command): what a caller pays per operation
    this.#client.middlewareStack.add((next) => async (args) => {
      this.#requests++
      return await next(args)
    }, { step: 'initialize', name: 'meshbackupRequestCount' })
  }

  /** S3 requests sent so far (retries not counted). */
  get requests (): number {
    return this.#requests
  }

  /**
   * Creates the bucket; with `objectLock` it takes retention dates (and is versioned for good).
   * Creating a bucket one owns already succeeds (AWS in us-east-1 and Ceph RGW alike), so a lock
   * is checked afterwards: an existing bucket without it fails ERR_S3_BUCKET_EXISTS.
   */
  async createBucket (options: { objectLock: boolean }): Promise<void> {
    await this.#call({ action: `create${options.objectLock ? ' the Object Lock' : ''}` }, async (client) => await client.send(new CreateBucketCommand({
      Bucket: this.bucket,
      ObjectLockEnabledForBucket: options.objectLock,
      // us-east-1 is AWS's default location and must not be named
      ...(this.#region === 'us-east-1' || this.#customEndpoint ? {} : { CreateBucketConfiguration: { LocationConstraint: this.#region as BucketLocationConstraint } })
    })))
    if (options.objectLock && !(await this.lockConfiguration()).enabled) {
      throw new ObjectStoreError('ERR_S3_BUCKET_EXISTS', `bucket "${this.bucket}" at ${this.endpoint} exists already, without Object Lock (S3 enables it only when a bucket is created); pick another bucket name for a locked repository`,
        { bucket: this.bucket })
    }
  }

  /** The bucket's Object Lock configuration; `enabled: false` when it was created without. */
  async lockConfiguration (): Promise<LockConfiguration> {
    try {
      const { ObjectLockConfiguration: config } = await this.#client.send(new GetObjectLockConfigurationCommand({ Bucket: this.bucket }))
      const rule = config?.Rule?.DefaultRetention
      return {
        enabled: config?.ObjectLockEnabled === 'Enabled',
        defaultRetention: rule?.Mode === undefined ? undefined : { mode: rule.Mode, days: rule.Days, years: rule.Years }
      }
    } catch (err) {
      const failure = s3Failure(err, this.#context({ action: 'read the Object Lock configuration of' }))
      if (failure.code === 'ERR_S3_NO_OBJECT_LOCK') return { enabled: false, defaultRetention: undefined }
      throw failure
    }
  }

  /**
   * Writes `body` at `key`: one PUT below the multipart threshold, else a multipart upload with
   * parts in parallel. With `retainUntil` (an Object Lock bucket only) the new version gets a
   * COMPLIANCE retention until then.
   */
  async put (key: string, body: Uint8Array, options: { retainUntil?: Date } = {}): Promise<PutResult> {
    const lock = options.retainUntil === undefined
      ? {}
      : { ObjectLockMode: 'COMPLIANCE' as const, ObjectLockRetainUntilDate: this.#futureDate(options.retainUntil, key) }
    const context = this.#context({ action: 'write', key, setsRetention: options.retainUntil !== undefined })
    if (body.length >= this.multipartThreshold) {
      const done = await uploadInParts(this.#client, { Bucket: this.bucket, Key: key, ...lock }, body,
        { partBytes: this.partBytes, partsInFlight: this.partsInFlight }, context)
      // Ceph RGW 16.2 ignores the retention headers of CreateMultipartUpload (AWS applies them):
      // set it on the completed version, one request more per pack (the same date: allowed on AWS)
      if (lock.ObjectLockRetainUntilDate !== undefined) {
        await this.#setRetention({ key, versionId: done.versionId }, lock.ObjectLockRetainUntilDate, 'set the retention of the new multipart object')
      }
      return { etag: done.etag, versionId: done.versionId, parts: done.parts }
    }
    const md5 = createHash('md5').update(body).digest('base64')
    const sent = await this.#call(context, async (client) => await client.send(new PutObjectCommand({
      Bucket: this.bucket, Key: key, Body: body, ContentLength: body.length, ContentMD5: md5, ...lock
    })))
    return { etag: sent.ETag ?? '', versionId: sent.VersionId, parts: 1 }
  }

  /**
   * A small PUT that happens only when the object is as the caller last saw it: `ifMatch` its
   * ETag, or `ifAbsent` no object at all. Answers 'changed' when it was not (412), and the new
   * ETag (unquoted) when it was written. Honoured by S3 and by Ceph RGW on unversioned buckets
   * only: RGW ignores `If-None-Match` and always refuses `If-Match` on a versioned bucket (every
   * Object Lock bucket), so fencing lives in a bucket without versioning.
   */
  async putIf (key: string, body: Uint8Array, condition: { ifMatch: string } | { ifAbsent: true }): Promise<{ etag: string } | 'changed'> {
    const md5 = createHash('md5').update(body).digest('base64')
    try {
      const sent = await this.#client.send(new PutObjectCommand({
        Bucket: this.bucket, Key: key, Body: body, ContentLength: body.length, ContentMD5: md5,
        // RGW matches an ETag only without its quotes
        ...('ifMatch' in condition ? { IfMatch: condition.ifMatch.replaceAll('"', '') } : { IfNoneMatch: '*' })
      }))
      return { etag: (sent.ETag ?? '').replaceAll('"', '') }
    } catch (err) {
      const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      if (status === 412 || (status === 409 && 'ifAbsent' in condition)) return 'changed'
      throw s3Failure(err, this.#context({ action: 'write (conditionally)', key }))
    }
  }

  /** The whole object (or that version of it). */
  async get (ref: ObjectRef | string): Promise<Buffer> {
    const { key, versionId } = typeof ref === 'string' ? { key: ref, versionId: undefined } : ref
    const context = this.#context({ action: versionId === undefined ? 'read' : `read version ${versionId} of`, key })
    return await this.#body(context, new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: versionId }), undefined)
  }

  /** `length` bytes of the object from `offset`; an object that ends sooner fails ERR_S3_BAD_RANGE. */
  async getRange (key: string, offset: number, length: number, options: { versionId?: string } = {}): Promise<Buffer> {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new ObjectStoreError('ERR_S3_BAD_RANGE', `bad byte range ${offset}+${length} of "${key}" in bucket "${this.bucket}"`, { bucket: this.bucket, key })
    }
    if (length === 0) return Buffer.alloc(0)
    const last = offset + length - 1
    const context = this.#context({ action: `read bytes ${offset}-${last} of`, key })
    return await this.#body(context, new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: options.versionId, Range: `bytes=${offset}-${last}` }), length)
  }

  /**
   * Size, ETag, version and retention of the object; undefined when there is none, and also when
   * the bucket is absent (a HEAD answer has no body to tell the two 404s apart): a repository
   * checks its bucket once when it opens, with `lockConfiguration` or a listing.
   */
  async head (ref: ObjectRef | string): Promise<ObjectHead | undefined> {
    const { key, versionId } = typeof ref === 'string' ? { key: ref, versionId: undefined } : ref
    try {
      const head = await this.#client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key, VersionId: versionId }))
      return {
        size: head.ContentLength ?? 0,
        etag: head.ETag ?? '',
        lastModified: head.LastModified ?? new Date(0),
        versionId: head.VersionId,
        retention: head.ObjectLockMode === undefined || head.ObjectLockRetainUntilDate === undefined
          ? undefined
          : { mode: head.ObjectLockMode, until: head.ObjectLockRetainUntilDate }
      }
    } catch (err) {
      const failure = s3Failure(err, this.#context({ action: 'look up', key }))
      if (failure.code === 'ERR_S3_NO_SUCH_KEY') return undefined
      throw failure
    }
  }

  /** Every object whose key starts with `prefix`, in key order, `pageSize` per request (≤ 1000). */
  async * list (prefix: string, options: { pageSize?: number } = {}): AsyncGenerator<ListedObject> {
    const pages = paginateListObjectsV2({ client: this.#client, pageSize: options.pageSize ?? 1000 }, { Bucket: this.bucket, Prefix: prefix })
    try {
      for await (const page of pages) {
        for (const o of page.Contents ?? []) {
          yield { key: o.Key ?? '', size: o.Size ?? 0, etag: o.ETag ?? '', lastModified: o.LastModified ?? new Date(0) }
        }
      }
    } catch (err) {
      throw s3Failure(err, this.#context({ action: `list the keys under "${prefix}" of` }))
    }
  }

  /**
   * Every version and delete marker under `prefix` (a versioned bucket), in key order; per key
   * newest first, as far as LastModified (whole seconds on some servers) tells them apart.
   */
  async * listVersions (prefix: string, options: { pageSize?: number } = {}): AsyncGenerator<ListedVersion> {
    // the SDK has no paginator for ListObjectVersions: the markers carry on from the last entry
    let keyMarker: string | undefined
    let versionIdMarker: string | undefined
    do {
      const page = await this.#call({ action: `list the versions under "${prefix}" of` }, async (client) => await client.send(new ListObjectVersionsCommand({
        Bucket: this.bucket, Prefix: prefix, MaxKeys: options.pageSize ?? 1000, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker
      })))
      const entries: ListedVersion[] = [
        ...(page.Versions ?? []).map((v) => ({ key: v.Key ?? '', versionId: v.VersionId ?? 'null', size: v.Size ?? 0, etag: v.ETag ?? '', lastModified: v.LastModified ?? new Date(0), isLatest: v.IsLatest === true, deleteMarker: false })),
        ...(page.DeleteMarkers ?? []).map((m) => ({ key: m.Key ?? '', versionId: m.VersionId ?? 'null', size: 0, etag: '', lastModified: m.LastModified ?? new Date(0), isLatest: m.IsLatest === true, deleteMarker: true }))
      ]
      // a page holds versions and markers apart: merged back into key order, newest first per key
      entries.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : b.lastModified.getTime() - a.lastModified.getTime())
      yield * entries
      keyMarker = page.IsTruncated === true ? page.NextKeyMarker : undefined
      versionIdMarker = page.NextVersionIdMarker
    } while (keyMarker !== undefined)
  }

  /**
   * Deletes objects, up to 1000 per request. A ref with a versionId removes that version for
   * good; without, a versioned bucket only adds a delete marker. Versions under retention are
   * answered in `locked`; any other refusal throws (after every batch was tried: deleting again
   * is harmless).
   */
  async delete (refs: readonly ObjectRef[]): Promise<DeleteResult> {
    const result: DeleteResult = { deleted: [], locked: [] }
    let firstFailure: ObjectStoreError | undefined
    let failures = 0
    for (let at = 0; at < refs.length; at += DELETE_BATCH) {
      const batch = refs.slice(at, at + DELETE_BATCH)
      const answer = await this.#call({ action: `delete ${batch.length === 1 ? 'an object' : `${batch.length} objects`} (first "${batch[0]!.key}") from` }, async (client) => await client.send(new DeleteObjectsCommand({
        Bucket: this.bucket,
        Delete: { Quiet: true, Objects: batch.map((r) => ({ Key: r.key, VersionId: r.versionId })) }
      })))
      const refused = new Map<string, { code: string, message: string }>()
      for (const e of answer.Errors ?? []) refused.set(`${e.Key ?? ''}\0${e.VersionId ?? ''}`, { code: e.Code ?? '', message: e.Message ?? '' })
      for (const ref of batch) {
        const why = refused.get(`${ref.key}\0${ref.versionId ?? ''}`)
        if (why === undefined) { result.deleted.push(ref); continue }
        // only a version can be locked; a plain key refused is a permission matter
        if (why.code === 'AccessDenied' && ref.versionId !== undefined) { result.locked.push(ref); continue }
        failures++
        firstFailure ??= s3Failure(Object.assign(new Error(why.message), { name: why.code, $metadata: { httpStatusCode: why.code === 'AccessDenied' ? 403 : 400 } }),
          this.#context({ action: ref.versionId === undefined ? 'delete' : `delete version ${ref.versionId} of`, key: ref.key }))
      }
    }
    if (firstFailure !== undefined) {
      throw new ObjectStoreError(firstFailure.code, `${failures} of ${refs.length} deletes were refused; the first: ${firstFailure.message}`,
        { bucket: this.bucket, key: firstFailure.key, s3Code: firstFailure.s3Code, status: firstFailure.status, cause: firstFailure })
    }
    return result
  }

  /** The retention of an object version; undefined when it has none. */
  async retention (ref: ObjectRef): Promise<Retention | undefined> {
    try {
      const { Retention: r } = await this.#client.send(new GetObjectRetentionCommand({ Bucket: this.bucket, Key: ref.key, VersionId: ref.versionId }))
      return r?.Mode === undefined || r.RetainUntilDate === undefined ? undefined : { mode: r.Mode, until: r.RetainUntilDate }
    } catch (err) {
      const failure = s3Failure(err, this.#context({ action: `read the retention of${ref.versionId === undefined ? '' : ` version ${ref.versionId} of`}`, key: ref.key }))
      // S3 answers a version without retention as if the bucket had no lock configuration
      if (failure.code === 'ERR_S3_NO_OBJECT_LOCK' && failure.status === 404) return undefined
      throw failure
    }
  }

  /**
   * Moves the COMPLIANCE retention of an object version to `until`, which must be later than its
   * current date: S3 refuses an earlier one (ERR_S3_OBJECT_LOCKED), whoever asks.
   */
  async extendRetention (ref: ObjectRef, until: Date): Promise<void> {
    await this.#setRetention(ref, this.#futureDate(until, ref.key), 'extend the retention of')
  }

  async #setRetention (ref: ObjectRef, until: Date, action: string): Promise<void> {
    await this.#call(this.#context({ action: `${action}${ref.versionId === undefined ? '' : ` version ${ref.versionId} of`}`, key: ref.key, lockedWhenDenied: true, setsRetention: true }),
      async (client) => await client.send(new PutObjectRetentionCommand({
        Bucket: this.bucket, Key: ref.key, VersionId: ref.versionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: until }
      })))
  }

  /** Closes the client's connections. */
  close (): void {
    this.#client.destroy()
  }

  /** Sends a request; every failure becomes an ObjectStoreError described by `context`. */
  async #call<Output> (context: Omit<S3Context, 'endpoint' | 'bucket'>, send: (client: S3Client) => Promise<Output>): Promise<Output> {
    try {
      return await send(this.#client)
    } catch (err) {
      throw s3Failure(err, this.#context(context))
    }
  }

  /** The body of a GET, checked to be `expected` bytes long (or Content-Length, for a whole object). */
  async #body (context: S3Context, command: GetObjectCommand, expected: number | undefined): Promise<Buffer> {
    try {
      const answer = await this.#client.send(command)
      const array = await answer.Body!.transformToByteArray()
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength) // a view: packs are tens of MiB
      const want = expected ?? answer.ContentLength
      if (want !== undefined && bytes.length !== want) {
        if (expected !== undefined && answer.ContentRange !== undefined && bytes.length < expected) {
          throw new ObjectStoreError('ERR_S3_BAD_RANGE', `cannot ${context.action} "${context.key}" in bucket "${this.bucket}": the object ends after ${bytes.length} of the ${expected} bytes asked (${answer.ContentRange}); its reader expects a longer object`,
            { bucket: this.bucket, key: context.key ?? '' })
        }
        throw new ObjectStoreError('ERR_S3_CORRUPT_TRANSFER', `cannot ${context.action} "${context.key}" in bucket "${this.bucket}": ${bytes.length} bytes arrived of ${want}; retry`,
          { bucket: this.bucket, key: context.key ?? '' })
      }
      return bytes
    } catch (err) {
      throw s3Failure(err, context)
    }
  }

  #context (context: Omit<S3Context, 'endpoint' | 'bucket'>): S3Context {
    return { ...context, endpoint: this.endpoint, bucket: this.bucket }
  }

  /** `until` rounded up to a whole second (as S3 keeps it); it must lie in the future. */
  #futureDate (until: Date, key: string): Date {
    const ms = until.getTime()
    if (!Number.isFinite(ms) || ms <= Date.now()) {
      throw new ObjectStoreError('ERR_S3_BAD_RETENTION', `the retention date ${Number.isFinite(ms) ? until.toISOString() : String(until)} for "${key}" in bucket "${this.bucket}" is not in the future; a retention can only be set to a later time`,
        { bucket: this.bucket, key })
    }
    return new Date(Math.ceil(ms / 1000) * 1000)
  }
}
