/**
 * `npm ci` refuses a lock file that does not list every dependency of every package it holds,
 * optional ones for other platforms included. A registry mirror that serves only this machine's
 * platform leaves those out silently and the local install still works, so CI was the first to
 * notice (a native package's prebuilt binaries for other platforms). This is the same check,
 * made offline on the lock file.
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface LockedPackage {
  version?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  devDependencies?: Record<string, string>
}

/** Where Node's resolution would find `name` from the package at `from`: its own node_modules, then each parent's. */
function locate (packages: Record<string, LockedPackage>, from: string, name: string): string | undefined {
  let at = from
  for (;;) {
    const candidate = at === '' ? `node_modules/${name}` : `${at}/node_modules/${name}`
    if (packages[candidate] !== undefined) return candidate
    if (at === '') return undefined
    const cut = at.lastIndexOf('/node_modules/')
    at = cut < 0 ? '' : at.slice(0, cut)
  }
}

describe('package-lock.json', () => {
  it('lists every dependency of every locked package, so `npm ci` accepts it on any platform', async () => {
    const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> }
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as LockedPackage
    const missing: string[] = []
    for (const [path, pkg] of Object.entries(lock.packages)) {
      const required = { ...pkg.dependencies, ...pkg.optionalDependencies, ...(path === '' ? pkg.devDependencies : {}) }
      for (const [name, optionalPeer] of Object.entries(pkg.peerDependencies ?? {}).map(([n]) => [n, pkg.peerDependenciesMeta?.[n]?.optional === true] as const)) {
        if (!optionalPeer) required[name] = '*'
      }
      for (const name of Object.keys(required)) {
        if (locate(lock.packages, path, name) === undefined) missing.push(`${name} (needed by ${path === '' ? 'the project' : path})`)
      }
    }
    assert.deepEqual(missing, [], 'missing from package-lock.json; regenerate it against the full registry, or add the platform entries npm would write')
    assert.deepEqual(Object.keys(lock.packages['']?.dependencies ?? {}).sort(), Object.keys(manifest.dependencies ?? {}).sort(), 'the lock file\'s root lists the dependencies of package.json')
  })
})
