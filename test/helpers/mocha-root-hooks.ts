/**
 * @packageDocumentation
 * Mocha's root hooks for the whole run (registered in .mocharc.json's "require"): what specs share
 * across files is set up on first use and torn down here, once, when every spec has run.
 */
import { stopS3Gateway } from './s3-gateway.ts'

export const mochaHooks = {
  /** the Ceph S3 gateway, if a spec started it (test/helpers/s3-gateway.ts) */
  async afterAll (): Promise<void> {
    await stopS3Gateway()
  }
}
