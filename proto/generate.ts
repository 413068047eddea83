// Regenerates proto/gen/meshbackup.{js,d.ts} from proto/*.proto with protobufjs-cli, and
// proto/gen/admin.{js,d.ts}: only the messages an AdminRequest and an AdminReply reach (the CLI's
// codec, proto/admin-codec.ts: two thirds of the whole, so a CLI command starts faster).
// The generated files are committed so that `npm ci` alone leaves a working checkout.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import protobuf from 'protobufjs'

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

/** The .proto files as one JSON descriptor, without the types AdminRequest and AdminReply do not reach. */
function adminDescriptor (): object {
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => join(here, target.replace(/.*\//, ''))
  root.loadSync(sources.map((f) => join(here, f)))
  root.resolveAll()
  const reached = new Set<protobuf.ReflectionObject>()
  const visit = (type: protobuf.Type | protobuf.Enum): void => {
    if (reached.has(type)) return
    reached.add(type)
    // a nested type keeps its parent type
    for (let p = type.parent; p != null && p !== root; p = p.parent) if (p instanceof protobuf.Type) visit(p)
    if (type instanceof protobuf.Type) for (const field of type.fieldsArray) if (field.resolvedType != null) visit(field.resolvedType)
  }
  visit(root.lookupType('meshbackup.AdminRequest'))
  visit(root.lookupType('meshbackup.AdminReply'))
  const json = root.toJSON() as { nested?: Record<string, any> }
  const prune = (nested: Record<string, any> | undefined, ns: protobuf.NamespaceBase): void => {
    for (const name of Object.keys(nested ?? {})) {
      const obj = ns.nested![name]!
      if ((obj instanceof protobuf.Type || obj instanceof protobuf.Enum) && !reached.has(obj)) delete nested![name]
      else if (obj instanceof protobuf.Namespace || obj instanceof protobuf.Type) prune(nested![name].nested, obj)
    }
  }
  prune(json.nested, root)
  return json
}

/**
 * The CLI's admin module made light, since every CLI command reads, hashes and compiles it (the
 * compile cache checks the source): no comments, no fromObject (the CLI encodes plain objects and
 * converts only the other way, for --json), no indentation: about a third of the bytes. And it
 * runs on protobufjs's one-file build of the minimal runtime (dist/minimal): one module to load
 * instead of seventeen. That copy is the CLI's own, so its 64-bit fields are made numbers here
 * as proto/numbers.ts does for the shared one, and the global it sets for browsers is removed.
 */
function lightenAdminModule (source: string): string {
  const lines = source.split('\n')
  const kept: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const start = /^( *)\S+\.fromObject = function \(object, _depth\) \{$/.exec(lines[i]!)
    if (start == null) { kept.push(lines[i]!); continue }
    const end = `${start[1]}};`
    while (lines[i] !== end) i++
  }
  const runtime = 'import $protobuf from "protobufjs/minimal.js";'
  const light = [
    'import $protobuf from "protobufjs/dist/minimal/protobuf.min.js";',
    'if ($protobuf.util.global.protobuf === $protobuf) delete $protobuf.util.global.protobuf;',
    '$protobuf.util.Long = null;',
    '$protobuf.configure();'
  ].join('\n')
  if (!source.includes(runtime)) throw new Error(`pbjs's admin module no longer starts with ${runtime}: update lightenAdminModule`)
  if (/fromObject\(/.test(kept.join('\n'))) throw new Error('a fromObject is left in the admin module: update lightenAdminModule')
  return kept.join('\n').replace(runtime, light).replace(/^ +/gm, '')
}

const temp = mkdtempSync(join(tmpdir(), 'meshbackup-proto-'))
try {
  const descriptor = join(temp, 'admin.json')
  writeFileSync(descriptor, JSON.stringify(adminDescriptor()))
  // its own protobuf root ("admin"): the two modules must not replace each other's types
  const pbjs = (output: string, extra: string[]): void => {
    execFileSync(join(bin, 'pbjs'), [
      '-t', 'static-module', '-w', 'es6', '--es6', '--force-number',
      '--no-verify', '--no-delimited', '--no-typeurl', '-r', 'admin', ...extra,
      '-o', output, descriptor
    ], { stdio: 'inherit' })
  }
  // pbts reads the types from the JSDoc comments, so the .d.ts comes from a commented copy
  const commented = join(temp, 'admin.js')
  pbjs(commented, [])
  execFileSync(join(bin, 'pbts'), ['-o', join(out, 'admin.d.ts'), commented], { stdio: 'inherit' })
  const bare = join(temp, 'admin-bare.js')
  pbjs(bare, ['--no-comments'])
  writeFileSync(join(out, 'admin.js'), lightenAdminModule(readFileSync(bare, 'utf8')))
  writeFileSync(join(out, 'admin.d.ts'), readFileSync(join(out, 'admin.d.ts'), 'utf8').replace(/^ *(public )?static fromObject\(.*\n/gm, ''))
} finally {
  rmSync(temp, { recursive: true, force: true })
}
console.log('generated proto/gen/admin.{js,d.ts}: the messages of the admin protocol')
