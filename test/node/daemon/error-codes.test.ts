/**
 * Codes are declared in one place per layer (docs/ARCHITECTURE.md): every code a file names is
 * declared in its layer's error-codes.ts (a role's own, for roles/), which the layer's error
 * classes take their codes from. README.md's "Error codes" section lists every stable error code
 * a user or a peer can see. This spec keeps both complete and current: it scans node/, roles/ and protocols/ for the string
 * literals 'ERR_…' (proto/gen skipped), adds the codes built at run time, and checks that each has
 * a table row `| \`ERR_…\` | meaning | what to do |` in that section, and that the section names no
 * code the source no longer has. A literal ending in "_" ('ERR_NO_', 'ERR_BAD_') is a fragment
 * used to build or match codes, not a code.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const FOLDERS = ['node', 'roles', 'protocols']
/** A code in quotes of one kind: 'ERR_X', "ERR_X" or `ERR_X`. */
const LITERAL = /(['"`])(ERR_[A-Z0-9_]+)\1/g
/** A fragment a code is built from: 'ERR_NO_' + x, or a template `ERR_${x}` / `ERR_NO_${x}`. */
const CONSTRUCTION = /(['"`])(ERR_[A-Z0-9_]*)\1\s*\+|`(ERR_[A-Z0-9_]*)\$\{/g

/**
 * The codes built at run time, each with the construction that builds it; the test fails on any
 * other construction, so that a new one gets its concrete codes here and its rows in the README.
 */
const CONSTRUCTIONS: Record<string, { fragment: string, codes: (text: string) => string[] }> = {
  // awaitRole('manager', …) → ERR_NO_MANAGER: one code per role the admin handler waits for
  'node/daemon/admin/handler.ts': {
    fragment: 'ERR_NO_',
    codes: (text) => [...text.matchAll(/awaitRole\('([a-z]+)'/g)].map((m) => `ERR_NO_${m[1]!.toUpperCase()}`)
  }
}

/** The codes named in `text` as string literals; fragments (ending in "_") are left out. */
function literalCodes (text: string): string[] {
  return [...text.matchAll(LITERAL)].map((m) => m[2]!).filter((code) => !code.endsWith('_'))
}

function sourceFiles (folder: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name)
    const posix = '/' + path.split(sep).join('/')
    if (posix.includes('/proto/gen') || entry.name === 'test' || entry.name === 'node_modules') continue
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts')) files.push(path)
  }
  return files
}

interface Scan {
  /** code → the files that name it */
  codes: Map<string, string[]>
  /** constructions no entry of CONSTRUCTIONS knows: "file: fragment" */
  unknownConstructions: string[]
}

function scanSource (): Scan {
  const codes = new Map<string, string[]>()
  const add = (code: string, file: string): void => {
    const files = codes.get(code) ?? []
    if (!files.includes(file)) files.push(file)
    codes.set(code, files)
  }
  const unknownConstructions: string[] = []
  for (const folder of FOLDERS) {
    for (const path of sourceFiles(folder)) {
      const file = relative(ROOT, join(ROOT, path)).split(sep).join('/')
      const text = readFileSync(join(ROOT, path), 'utf8')
      for (const code of literalCodes(text)) add(code, file)
      for (const m of text.matchAll(CONSTRUCTION)) {
        const fragment = m[2] ?? m[3]!
        const known = CONSTRUCTIONS[file]
        if (known === undefined || known.fragment !== fragment) unknownConstructions.push(`${file}: ${m[0]}`)
        else for (const code of known.codes(text)) add(code, file)
      }
    }
  }
  return { codes, unknownConstructions }
}

interface Section {
  /** the code of each table row, in order (a code twice is a duplicate row) */
  rows: string[]
  /** every code the section names anywhere: rows, prose, the exit code table */
  named: Set<string>
}

/** The file declaring the codes of `file`'s layer (a role's own for roles/), or undefined for none. */
export function codeHome (file: string): string | undefined {
  const role = /^roles\/([^/]+)\//.exec(file)?.[1]
  if (role !== undefined) return `roles/${role}/error-codes.ts`
  for (const layer of ['node/core', 'node/hosts', 'node/runtime', 'node/daemon', 'protocols']) {
    if (file.startsWith(`${layer}/`)) return `${layer}/error-codes.ts`
  }
  return undefined
}

function readmeSection (): Section {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const start = readme.search(/^## Error codes[ \t]*$/m)
  assert.ok(start >= 0, 'README.md has no "## Error codes" section')
  const rest = readme.slice(start + 1)
  const end = rest.search(/^## /m)
  const section = end < 0 ? rest : rest.slice(0, end)
  const rows = [...section.matchAll(/^\| `(ERR_[A-Z0-9_]+)`/gm)].map((m) => m[1]!)
  const named = new Set([...section.matchAll(/ERR_[A-Z0-9_]+/g)].map((m) => m[0]).filter((code) => !code.endsWith('_')))
  return { rows, named }
}

describe('error codes in the README', function () {
  let scan: Scan
  let section: Section
  before(function () {
    scan = scanSource()
    section = readmeSection()
  })

  it('the scanner takes literals and leaves fragments out', function () {
    const sample = "throw new UserError('ERR_NO_' + role.toUpperCase(), m); if (c.startsWith('ERR_BAD_')) x = \"ERR_X\"; y = `ERR_Y`; z = `ERR_${w}`"
    assert.deepEqual(literalCodes(sample), ['ERR_X', 'ERR_Y'])
    assert.ok(scan.codes.has('ERR_NO_SUCH_JOB'), 'the scan found no ERR_NO_SUCH_JOB: is it reading the source?')
    assert.ok(scan.codes.has('ERR_NO_MANAGER'), 'the scan did not derive ERR_NO_MANAGER from node/daemon/admin/handler.ts')
    assert.ok(!scan.codes.has('ERR_NO_') && !scan.codes.has('ERR_BAD_'), 'fragments were taken for codes')
  })

  it('every code built at run time is known to this test', function () {
    assert.deepEqual(scan.unknownConstructions, [],
      `codes built at run time that test/node/daemon/error-codes.test.ts cannot list: ${scan.unknownConstructions.join('; ')}; ` +
      'add their concrete values to CONSTRUCTIONS and rows for them to README.md')
  })

  it('every code the source can raise has a row in the Error codes section', function () {
    const rows = new Set(section.rows)
    const missing = [...scan.codes.keys()].filter((code) => !rows.has(code)).sort()
    assert.deepEqual(missing, [],
      `README.md's "## Error codes" has no row (| \`ERR_…\` | meaning | what to do |) for ${missing.length} code(s): ` +
      missing.map((code) => `${code} (${scan.codes.get(code)!.join(', ')})`).join(', '))
  })

  it('every code the section names still exists in the source', function () {
    const dead = [...section.named].filter((code) => !scan.codes.has(code)).sort()
    assert.deepEqual(dead, [],
      `README.md's "## Error codes" names ${dead.length} code(s) that node/, roles/ and protocols/ no longer raise: ${dead.join(', ')}`)
  })

  it('every code a file names is declared in its layer\'s error-codes.ts', function () {
    const undeclared: string[] = []
    const declared = new Map<string, Set<string>>()
    for (const [code, files] of scan.codes) {
      for (const file of files) {
        const home = codeHome(file)
        if (home === undefined || file === home) continue
        if (!declared.has(home)) {
          let text = ''
          try { text = readFileSync(join(ROOT, home), 'utf8') } catch {}
          declared.set(home, new Set(literalCodes(text)))
        }
        if (!declared.get(home)!.has(code)) undeclared.push(`${code} (${file}) in ${home}`)
      }
    }
    assert.deepEqual(undeclared.sort(), [], `${undeclared.length} codes are not declared in their layer's list`)
  })

  it('each code has one row', function () {
    const twice = section.rows.filter((code, i) => section.rows.indexOf(code) !== i)
    assert.deepEqual(twice, [], `README.md's "## Error codes" has more than one row for ${twice.join(', ')}`)
  })
})
