#!/usr/bin/env node
// The installed `meshbackup` command. The code is TypeScript run natively by Node (type
// stripping, Node 22.18 or newer). On an older Node (Debian 12's is 20) the command runs itself
// again with the Node the project pins (`npm ci` installs it in node_modules/node next to the
// package; found from this file's real path, so a symlink on PATH works), passing arguments,
// stdio, signals and the exit status through; only without one it says what to do.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 18)) {
  const { existsSync, realpathSync } = await import('node:fs')
  const { dirname, join } = await import('node:path')
  const { fileURLToPath } = await import('node:url')
  const script = realpathSync(fileURLToPath(import.meta.url))
  const pinned = join(dirname(script), '..', '..', 'node_modules', 'node', 'bin', 'node')
  // the variable keeps a pinned Node that is itself too old from starting itself forever
  if (existsSync(pinned) && process.env.MESHBACKUP_PINNED_NODE !== pinned) {
    const { spawn } = await import('node:child_process')
    const child = spawn(pinned, [script, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, MESHBACKUP_PINNED_NODE: pinned }
    })
    // a signal for the command is one for the real process (systemd, kill, a terminal)
    const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2']
    const forward = (signal) => { child.kill(signal) }
    for (const signal of forwarded) process.on(signal, forward)
    child.on('error', (err) => {
      process.stderr.write(`meshbackup: cannot run the pinned Node ${pinned}: ${err.message}; run \`npm ci\` in ${join(dirname(script), '..', '..')} again, or install Node 24\n`)
      process.exit(1)
    })
    child.on('exit', (code, signal) => {
      for (const s of forwarded) process.off(s, forward)
      if (signal != null) {
        // end the same way, so whoever waits on this process sees the signal
        process.kill(process.pid, signal)
        setTimeout(() => process.exit(1), 1000)
        return
      }
      process.exit(code ?? 1)
    })
  } else {
    process.stderr.write(`meshbackup needs Node 22.18 or newer (found ${process.versions.node}); run it through npm (npx meshbackup) or install Node 24\n`)
    process.exit(1)
  }
} else {
  // compiled (and type-stripped) modules are cached on disk: it halves the CLI's start-up time.
  // The cache is the user's own (NODE_COMPILE_CACHE, else ~/.cache/meshbackup): a shared one in
  // /tmp is made by whichever user ran Node first and is emptied at boot. A cache that cannot be
  // made (no writable home) only costs the time.
  const { enableCompileCache } = await import('node:module')
  const { homedir } = await import('node:os')
  const { join } = await import('node:path')
  try {
    const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache')
    enableCompileCache?.(process.env.NODE_COMPILE_CACHE || join(cacheHome, 'meshbackup', 'node-compile-cache'))
  } catch {}
  const { main } = await import('../daemon/cli/main.ts')
  await main(process.argv)
}
