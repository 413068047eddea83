/**
 * @packageDocumentation
 * One large object written as a multipart upload, its parts sent several at a time: a pack of
 * tens of MiB goes up faster over parallel connections than in one PUT, and a failed part is
 * retried alone (by the SDK) rather than the whole pack. Each part carries its Content-MD5, so
 * the server refuses a part damaged on the way. A failed upload is aborted, so no invisible parts
 * stay billed in the bucket. Retention headers go on the create: on AWS the completed object gets
 * them (Ceph RGW 16.2 drops them: the caller sets the retention again on the new version).
 *
 * RGW 16.2 answers CompleteMultipartUpload with an empty ETag (Red Hat BZ 2266579); the ETag is
 * then computed as S3 does for a multipart object: MD5 of the parts' MD5s, "-" and the part count.
 */
import { AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, UploadPartCommand, type CreateMultipartUploadCommandInput, type S3Client } from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import { s3Failure, type S3Context } from './errors.ts'

/** S3's smallest part (all but the last) and largest part count. */
export const MIN_PART_BYTES = 5 * 1024 * 1024
export const MAX_PARTS = 10_000

export interface MultipartPlan {
  /** bytes per part (the last may be shorter); at least MIN_PART_BYTES */
  partBytes: number
  /** parts being sent at once */
  partsInFlight: number
}

/** Uploads `body` to `request.Bucket`/`request.Key` in parts; answers the new object's ETag and version. */
export async function uploadInParts (client: S3Client, request: CreateMultipartUploadCommandInput & { Bucket: string, Key: string },
  body: Uint8Array, plan: MultipartPlan, context: S3Context): Promise<{ etag: string, versionId: string | undefined, parts: number }> {
  const partBytes = Math.max(plan.partBytes, MIN_PART_BYTES, Math.ceil(body.length / MAX_PARTS))
  const count = Math.max(1, Math.ceil(body.length / partBytes))
  const { Bucket, Key } = request

  let uploadId: string
  try {
    const created = await client.send(new CreateMultipartUploadCommand(request))
    if (created.UploadId === undefined) throw new Error('CreateMultipartUpload answered no UploadId')
    uploadId = created.UploadId
  } catch (err) {
    throw s3Failure(err, { ...context, action: 'start a multipart upload of' })
  }

  const digests: Buffer[] = new Array(count)
  const etags: string[] = new Array(count)
  try {
    let next = 0
    let failed = false // once a part failed, the others stop taking parts: the upload is aborted
    const sendParts = async (): Promise<void> => {
      while (next < count && !failed) {
        const index = next++
        const part = body.subarray(index * partBytes, Math.min(body.length, (index + 1) * partBytes))
        const digest = createHash('md5').update(part).digest()
        digests[index] = digest
        const sent = await client.send(new UploadPartCommand({
          Bucket, Key, UploadId: uploadId, PartNumber: index + 1, Body: part, ContentLength: part.length, ContentMD5: digest.toString('base64')
        })).catch((err: unknown) => {
          failed = true
          throw s3Failure(err, { ...context, action: `upload part ${index + 1} of ${count} of` })
        })
        etags[index] = sent.ETag ?? `"${digest.toString('hex')}"`
      }
    }
    await Promise.all(Array.from({ length: Math.min(plan.partsInFlight, count) }, sendParts))
    const done = await client.send(new CompleteMultipartUploadCommand({
      Bucket, Key, UploadId: uploadId, MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) }
    })).catch((err: unknown) => { throw s3Failure(err, { ...context, action: 'complete the multipart upload of' }) })
    const etag = done.ETag !== undefined && done.ETag !== ''
      ? done.ETag
      : `"${createHash('md5').update(Buffer.concat(digests)).digest('hex')}-${count}"`
    return { etag, versionId: done.VersionId, parts: count }
  } catch (err) {
    // best effort: an upload left open only costs space until the bucket's lifecycle rule or a later GC
    await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId })).catch(() => {})
    throw err
  }
}
