// `npm run bench`: speed and memory figures, each against a baseline measured in the same run.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'
import { createPack, decodeText, lintPack, readPackArchive, writePackTarGz, writePackZip } from '../../src/core'
import { readPackSource } from '../../src/cli/readPackSource'
import { hasTool } from '../corpus/extractAndCompare'
import { buildBombZip, generatedPackFiles } from './generatedInputs'
import { freshBytes, medianMs, printRow } from './measure'

const here = dirname(fileURLToPath(import.meta.url))
const corpusDir = resolve(process.argv[2] ?? join(here, '../../../shared/corpus/pack-central'))

console.log(`Pack Builder benchmarks (Node ${process.version}); medians; ratio = measured / baseline\n`)

if (existsSync(corpusDir)) {
  const thanos = await readPackSource(join(corpusDir, 'thanos-17.6.0'))
  const valuesText = decodeText(thanos.files.get('values.yaml') ?? new Uint8Array())
  const parseMs = await medianMs(15, () => parseDocument(valuesText))
  const lintMs = await medianMs(15, () => lintPack(createPack(thanos.folderName, freshBytes(thanos.files)), { mode: 'import' }))
  printRow(`lint thanos-17.6.0 (${valuesText.split('\n').length} lines of values)`, lintMs, 'yaml parse of values.yaml', parseMs)

  const dirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(corpusDir, entry.name))
  const readStart = performance.now()
  const packs = await Promise.all(dirs.map((dir) => readPackSource(dir)))
  const readMs = performance.now() - readStart
  const validateStart = performance.now()
  for (const pack of packs) await lintPack(pack, { mode: 'import' })
  const validateMs = performance.now() - validateStart
  printRow(`validate whole corpus (${packs.length} packs)`, validateMs, 'reading the corpus from disk', readMs)
} else {
  console.log(`(no corpus at ${corpusDir}: corpus figures skipped)`)
}

const workDir = await mkdtemp(join(tmpdir(), 'pack-builder-bench-'))
try {
  const packDir = join(workDir, 'big-pack-1.0.0')
  const files = generatedPackFiles(20 * 1024 * 1024)
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(packDir, path)), { recursive: true })
    await writeFile(join(packDir, path), bytes)
  }
  const pack = createPack('big-pack-1.0.0', files)
  const totalMiB = [...files].reduce((sum, [, bytes]) => sum + bytes.length, 0) / 1024 / 1024
  const zipMs = await medianMs(3, () => writePackZip(pack))
  const tarMs = await medianMs(3, () => writePackTarGz(pack))
  if (hasTool('zip')) {
    const systemZipMs = await medianMs(3, () => execFileSync('zip', ['-qr', join(workDir, 'system.zip'), 'big-pack-1.0.0'], { cwd: workDir }) && rm(join(workDir, 'system.zip')))
    printRow(`build .zip of a ${totalMiB.toFixed(1)} MiB pack`, zipMs, 'system `zip -r`', systemZipMs)
  } else {
    console.log(`build .zip of a ${totalMiB.toFixed(1)} MiB pack: ${zipMs.toFixed(1)} ms (system zip not installed: no baseline)`)
  }
  const systemTarMs = await medianMs(3, () => execFileSync('tar', ['czf', join(workDir, 'system.tar.gz'), 'big-pack-1.0.0'], { cwd: workDir }))
  printRow(`build .tar.gz of a ${totalMiB.toFixed(1)} MiB pack`, tarMs, 'system `tar czf`', systemTarMs)

  const bomb = buildBombZip(1024)
  const rssBefore = process.memoryUsage().rss
  const bombStart = performance.now()
  let outcome = 'accepted (!)'
  try {
    await readPackArchive(bomb, 'bomb.zip')
  } catch (error) {
    outcome = `refused: ${error instanceof Error ? error.message : String(error)}`
  }
  const bombMs = performance.now() - bombStart
  const rssGrowth = (process.memoryUsage().rss - rssBefore) / 1024 / 1024
  console.log(`\nzip bomb (${(bomb.length / 1024).toFixed(0)} KiB inflating to 1 GiB): ${bombMs.toFixed(0)} ms, RSS growth ${rssGrowth.toFixed(0)} MiB, ${outcome}`)
} finally {
  await rm(workDir, { recursive: true, force: true })
}
