// `npm run bench`: speed and memory figures, each against a baseline measured in the same run.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseAllDocuments, parseDocument } from 'yaml'
import { createPack, decodeText, encodeText, lintPack, writePackTarGz, writePackZip } from '../../src/core'
import { readPackSource } from '../../src/cli/readPackSource'
import { hasTool } from '../corpus/extractAndCompare'
import { generatedPackFiles, manyActionsManifest } from './generatedInputs'
import { benchHostileArchives } from './hostileInputs'
import { benchRenderCorpus } from './renderBench'
import { benchCliStartup } from './cliStartup'
import { benchRenderEngineInBrowser } from './renderEngineBrowser'
import { benchCliValidate, parseEveryFile } from './cliValidateBench'
import { freshBytes, medianMs, printRow } from './measure'

const here = dirname(fileURLToPath(import.meta.url))
const corpusDir = resolve(process.argv[2] ?? join(here, '../../../shared/corpus/pack-central'))

console.log(`Pack Builder benchmarks (Node ${process.version}); medians; ratio = measured / baseline\n`)

// BENCH_ONLY=cli: only the CLI's figures (start-up, corpus validate), for work on the CLI.
if (process.env.BENCH_ONLY === 'cli') {
  await benchCliStartup(join(here, '../..'))
  if (existsSync(corpusDir)) await benchCliValidate(join(here, '../..'), corpusDir)
  else console.log(`(no corpus at ${corpusDir}: corpus figures skipped)`)
  process.exit(0)
}

await benchCliStartup(join(here, '../..'))
await benchRenderEngineInBrowser(join(here, '../..'))

if (existsSync(corpusDir)) {
  const thanos = await readPackSource(join(corpusDir, 'thanos-17.6.0'))
  const valuesText = decodeText(thanos.files.get('values.yaml') ?? new Uint8Array())
  const parseMs = await medianMs(15, () => parseDocument(valuesText))
  const lintMs = await medianMs(15, () => lintPack(createPack(thanos.folderName, freshBytes(thanos.files)), { mode: 'import' }))
  printRow(`lint thanos-17.6.0 (${valuesText.split('\n').length} lines of values)`, lintMs, 'yaml parse of values.yaml', parseMs)
  // What the app's worker does on a keystroke: only values.yaml is new, the other files' views are cached.
  const keystrokeMs = await medianMs(15, () => lintPack(createPack(thanos.folderName, [...thanos.files].map(([path, bytes]) => [path, path === 'values.yaml' ? new Uint8Array(bytes) : bytes])), { mode: 'author' }))
  printRow('re-lint thanos after a values.yaml edit', keystrokeMs, 'yaml parse of values.yaml', parseMs)

  const dirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(corpusDir, entry.name))
  const readStart = performance.now()
  const packs = await Promise.all(dirs.map((dir) => readPackSource(dir)))
  const readMs = performance.now() - readStart
  const validateStart = performance.now()
  for (const pack of packs) await lintPack(pack, { mode: 'import' })
  const validateMs = performance.now() - validateStart
  printRow(`validate whole corpus (${packs.length} packs)`, validateMs, 'reading the corpus from disk', readMs)
  // The least any validator must do: parse every pack's YAML and JSON once and unpack every chart.
  const parseStart = performance.now()
  for (const pack of packs) parseEveryFile(pack.files)
  printRow(`validate whole corpus (${packs.length} packs)`, validateMs, 'parse its YAML/JSON + gunzip charts', performance.now() - parseStart)
  await benchCliValidate(join(here, '../..'), corpusDir)
  await benchRenderCorpus(new Map(dirs.map((dir, index) => [dir, packs[index] ?? createPack(dir)])))
} else {
  console.log(`(no corpus at ${corpusDir}: corpus figures skipped)`)
}

// Every rule must be near-linear: a manifest of 50,000 template actions against one plain YAML parse of it
// (yaml's quadratic duplicate-key check off, as the views run it).
{
  const manifest = manyActionsManifest(50_000)
  const packJson = JSON.stringify({ name: 'actions', version: '1.0.0', layer: 'addon', addonType: 'app', cloudTypes: ['all'], kubeManifests: ['manifests/actions.yaml'] })
  const lintMs = await medianMs(3, () =>
    lintPack(createPack('actions-1.0.0', [['pack.json', encodeText(packJson)], ['values.yaml', encodeText('pack:\n  namespace: a\n')], ['manifests/actions.yaml', encodeText(manifest)]]), { mode: 'import' }),
  )
  const parseMs = await medianMs(3, () => parseAllDocuments(manifest, { uniqueKeys: false }))
  printRow('lint a manifest of 50,000 template actions', lintMs, 'plain yaml parse of it', parseMs)
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
    // zip -r adds to an existing archive, so every run writes a new one.
    let zipRun = 0
    const systemZipMs = await medianMs(3, () => execFileSync('zip', ['-qr', join(workDir, `system-${zipRun++}.zip`), 'big-pack-1.0.0'], { cwd: workDir }))
    printRow(`build .zip of a ${totalMiB.toFixed(1)} MiB pack`, zipMs, 'system `zip -r`', systemZipMs)
  } else {
    console.log(`build .zip of a ${totalMiB.toFixed(1)} MiB pack: ${zipMs.toFixed(1)} ms (system zip not installed: no baseline)`)
  }
  const systemTarMs = await medianMs(3, () => execFileSync('tar', ['czf', join(workDir, 'system.tar.gz'), 'big-pack-1.0.0'], { cwd: workDir }))
  printRow(`build .tar.gz of a ${totalMiB.toFixed(1)} MiB pack`, tarMs, 'system `tar czf`', systemTarMs)

  await benchHostileArchives(workDir)
} finally {
  await rm(workDir, { recursive: true, force: true })
}
