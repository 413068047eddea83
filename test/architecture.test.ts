/**
 * The tree is the architecture: the layers of docs/ARCHITECTURE.md (its `layers` block is read
 * here, so the doc and the check cannot drift) hold for every relative import of every .ts file,
 * roles do not import each other, and there is no import cycle. Type-only imports count too: a
 * type that crosses a layer upwards is an arrow all the same.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCES = ['proto', 'protocols', 'node', 'roles', 'sim', 'test']

interface Layer { prefix: string, rank: number }

/** The `layers` block of the doc: `prefix rank` per line, a lower rank never imports a higher one. */
async function layers (): Promise<Layer[]> {
  const doc = await readFile(join(ROOT, 'docs', 'ARCHITECTURE.md'), 'utf8')
  const block = /```layers\n([\s\S]*?)```/.exec(doc)
  assert.ok(block, 'docs/ARCHITECTURE.md has a ```layers block')
  return block[1]!.split('\n').map(l => l.replace(/#.*/, '').trim()).filter(l => l !== '').map(l => {
    const [prefix, rank] = l.split(/\s+/)
    assert.ok(prefix !== undefined && /^\d+$/.test(rank ?? ''), `a layers line is "folder/ rank": ${l}`)
    return { prefix: prefix!, rank: Number(rank) }
  }).sort((a, b) => b.prefix.length - a.prefix.length)
}

/**
 * file → the project files it imports, as the compiler resolved them (`tsc --explainFiles`):
 * `import type`, re-exports and dynamic imports included.
 */
async function importGraph (): Promise<Map<string, string[]>> {
  const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--explainFiles'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })
    .catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }))   // a type error elsewhere changes no edge
  const graph = new Map<string, string[]>()
  const project = (f: string): boolean => SOURCES.some(d => f.startsWith(`${d}/`)) && !f.startsWith('proto/gen/')
  let file: string | undefined
  for (const line of stdout.split('\n')) {
    if (line !== '' && !line.startsWith(' ')) {
      file = project(line) ? line : undefined
      if (file !== undefined && !graph.has(file)) graph.set(file, [])
      continue
    }
    const importer = /^\s+Imported via .* from file '([^']+)'/.exec(line)?.[1]
    if (file === undefined || importer === undefined || !project(importer)) continue
    if (!graph.has(importer)) graph.set(importer, [])
    graph.get(importer)!.push(file)
  }
  assert.ok(graph.size > 100, `tsc --explainFiles listed ${graph.size} project files`)
  return graph
}

/** The import cycles, each as its files (Tarjan's strongly connected components of size > 1, or a self-import). */
export function cycles (graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let next = 0
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        scc.push(w)
      } while (w !== v)
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort())
    }
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

function layerOf (file: string, all: Layer[]): Layer | undefined {
  return all.find(l => file.startsWith(l.prefix))
}

/** The role a file belongs to (`roles/<name>/`), if any. */
function roleOf (file: string): string | undefined {
  return /^roles\/([^/]+)\//.exec(file)?.[1]
}

describe('architecture: the tree keeps its arrows one way', () => {
  let graph: Map<string, string[]>
  let all: Layer[]

  before(async () => {
    graph = await importGraph()
    all = await layers()
  })

  it('every import goes to the same or a lower layer of docs/ARCHITECTURE.md', () => {
    const wrong: string[] = []
    for (const [file, targets] of graph) {
      const from = layerOf(file, all)
      if (from === undefined) continue   // sim/ and test/ may use every layer
      for (const target of targets) {
        const to = layerOf(target, all)
        if (to !== undefined && to.rank > from.rank) wrong.push(`${file} (${from.prefix}, ${from.rank}) imports ${target} (${to.prefix}, ${to.rank})`)
      }
    }
    assert.deepEqual(wrong, [], `imports against the layers:\n${wrong.join('\n')}`)
  })

  it('every project file is in a layer or in sim/ or test/', () => {
    const loose = [...graph.keys()].filter(f => layerOf(f, all) === undefined && !f.startsWith('sim/') && !f.startsWith('test/'))
    assert.deepEqual(loose, [], 'add their folder to the layers block')
  })

  it('no role imports another role', () => {
    const wrong: string[] = []
    for (const [file, targets] of graph) {
      const role = roleOf(file)
      if (role === undefined) continue
      for (const t of targets) if (roleOf(t) !== undefined && roleOf(t) !== role) wrong.push(`${file} imports ${t}`)
    }
    assert.deepEqual(wrong, [])
  })

  it('there is no import cycle', () => {
    const found = cycles(graph)
    assert.deepEqual(found.map(c => c.join(' ↔ ')), [], `${found.length} import cycles`)
  })

  it('the cycle check finds a cycle and a self-import', () => {
    assert.deepEqual(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']])
    assert.deepEqual(cycles(new Map([['a', ['a']]])), [['a']])
  })
})
