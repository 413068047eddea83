// Regenerates proto/gen/meshbackup.{js,d.ts} from proto/*.proto with protobufjs-cli.
// The generated files are committed so that `npm ci` alone leaves a working checkout.
import { execFileSync } from 'node:child_process'
import { readdirSync, mkdirSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const bin = join(here, '..', 'node_modules', '.bin')
const out = join(here, 'gen')
const sources = readdirSync(here).filter((f) => f.endsWith('.proto')).sort()
mkdirSync(out, { recursive: true })

execFileSync(join(bin, 'pbjs'), [
  '-t', 'static-module', '-w', 'es6', '--es6', '--force-number',
  '--no-verify', '--no-delimited', '--no-typeurl',
  '-o', join(out, 'meshbackup.js'), ...sources
], { cwd: here, stdio: 'inherit' })
execFileSync(join(bin, 'pbts'), ['-o', join(out, 'meshbackup.d.ts'), join(out, 'meshbackup.js')], { stdio: 'inherit' })
console.log(`generated proto/gen/meshbackup.{js,d.ts} from ${sources.length} files`)
