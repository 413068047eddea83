// one-off: migration of an instantly recovered point vs a full restore of the same point
import { execFileSync } from 'node:child_process'
import { startCluster, SPINE } from './cluster.ts'
import { MiB, QemuLab } from '../test/helpers/qemu.ts'
const SIZE = 1024 * MiB
const DATA = 512
const lab = await QemuLab.create()
const cluster = await startCluster({ dir: lab.path('mesh'), nodes: SPINE })
try {
  const raw = lab.path('src.raw')
  execFileSync('dd', ['if=/dev/urandom', `of=${raw}`, 'bs=1M', `count=${DATA}`, 'status=none'])
  execFileSync('truncate', ['-s', String(SIZE), raw])
  const image = lab.path('disk0.qcow2')
  execFileSync('qemu-img', ['convert', '-O', 'qcow2', raw, image])
  const vm = await lab.vm('app1', [{ node: 'disk0', file: image, format: 'qcow2', id: 'vd0' }])
  await cluster.cli('a', ['host', 'add', 'h1', '--type', 'qemu', '--qmp', vm.qmp])
  await cluster.waitForHost('a', 'h1')
  await cluster.cli('a', ['job', 'add', 'q', '--host', 'h1', '--repository', 'main'])
  const s = await cluster.json('a', ['job', 'run', 'q', '--wait'])
  if (s.state !== 'success') throw new Error(s.log.join('\n'))
  const [point] = await cluster.json('a', ['points', 'list', '--job', 'q'])
  let t = performance.now()
  await cluster.cli('a', ['restore', point.id, '--disk', '0', '--to', lab.path('restored.raw')])
  const restoreS = (performance.now() - t) / 1000
  t = performance.now()
  const info = await cluster.json('a', ['recover', point.id, '--host', 'h1', '--name', 'mig'])
  const startS = (performance.now() - t) / 1000
  t = performance.now()
  const m = await cluster.json('a', ['recover', 'migrate', info.id, '--wait'])
  const migrateS = (performance.now() - t) / 1000
  await cluster.cli('a', ['recover', 'stop', info.id])
  console.log(JSON.stringify({ dataMiB: DATA, restoreS, restoreMBps: DATA * 1.048576 / restoreS, startS, migrateS, migrateMBps: DATA * 1.048576 / migrateS, state: m.state }))
} finally {
  await cluster.stop()
  await lab.cleanup()
}
