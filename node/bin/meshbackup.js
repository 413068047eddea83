#!/usr/bin/env node
// The installed `meshbackup` command. The code is TypeScript run natively by Node (type
// stripping), so an older Node gets a clear message instead of a syntax error.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`meshbackup needs Node 22.18 or newer (found ${process.versions.node}); run it through npm (npx meshbackup) or install Node 24\n`)
  process.exit(1)
}
// compiled (and type-stripped) modules are cached on disk: it halves the CLI's start-up time
const { enableCompileCache } = await import('node:module')
enableCompileCache?.()
const { main } = await import('../cli/main.ts')
await main(process.argv)
