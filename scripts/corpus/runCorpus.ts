// `npm run test:corpus [DIR]`: validates every real pack in import mode against the expected-results
// file, and checks that read -> build -> extract reproduces every file byte for byte.
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bytesEqual, createPack, lintPack } from '../../src/core'
import type { Pack } from '../../src/core'
import { readPackSource } from '../../src/cli/readPackSource'
import { errorKey, readExpectedErrors } from './expectedErrors'
import { hasTool, listFiles } from './extractAndCompare'
import { roundTripPack } from './roundTrip'
import { checkRenderEngine } from './renderCorpus'
import { addRenderCheckFigures, emptyRenderCheckFigures, formatRenderCheckFigures } from './renderChecks'
import { checkChartPack } from './chartPackCheck'
import { createInThreadRenderEngine } from '../../src/cli/renderEngineNode'

const here = dirname(fileURLToPath(import.meta.url))
const corpusDir = resolve(process.argv[2] ?? join(here, '../../../shared/corpus/pack-central'))
const expectedPath = join(here, 'expected-errors.json')

if (!existsSync(corpusDir)) {
  console.error(`test:corpus: no corpus at ${corpusDir}. Pass the pack-central folder: npm run test:corpus -- <dir>`)
  process.exit(2)
}

const expected = await readExpectedErrors(expectedPath)
const canUnzip = hasTool('unzip')
const failures: string[] = []
let passed = 0
const actualKeys = new Set<string>()
const renderFigures = emptyRenderCheckFigures()
const packsFailingChartSchema = new Set<string>()
const chartPacks = { packs: 0, declared: 0, found: 0, foundWithRendering: 0, named: 0, unknownKeyWarnings: 0, packsWithUnknownKeys: 0 }
// Renders each rebuilt chart pack with its charts' defaults, for the images the templates alone name.
const chartPackEngine = createInThreadRenderEngine()
const check = (name: string, problems: readonly string[]) => {
  if (problems.length === 0) passed++
  else failures.push(...problems.map((problem) => `${name}: ${problem}`))
}

const packDirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
for (const name of packDirs) {
  const dir = join(corpusDir, name)
  let pack: Pack
  try {
    pack = await readPackSource(dir)
  } catch (error) {
    failures.push(`${name}: cannot be read: ${error instanceof Error ? error.message : String(error)}`)
    continue
  }
  check(name, await compareWithDirectory(pack, dir))
  const findings = await lintPack(pack, { mode: 'import' })
  for (const finding of findings) {
    if (finding.severity === 'error') actualKeys.add(errorKey(name, finding.ruleId, finding.file))
    if (finding.ruleId === 'pack-values/chart-values-schema') packsFailingChartSchema.add(name)
  }
  await addRenderCheckFigures(pack, renderFigures)
  const unknownKeys = findings.filter((finding) => finding.ruleId === 'pack-values/unknown-chart-key').length
  chartPacks.unknownKeyWarnings += unknownKeys
  if (unknownKeys > 0) chartPacks.packsWithUnknownKeys++
  const fromChart = await checkChartPack(pack, chartPackEngine)
  if (fromChart !== undefined) {
    chartPacks.packs++
    chartPacks.declared += fromChart.declared
    chartPacks.found += fromChart.found
    chartPacks.foundWithRendering += fromChart.foundWithRendering ?? 0
    chartPacks.named += fromChart.named
    check(name, fromChart.problems.map((problem) => `new pack from its chart: ${problem}`))
  }
  check(name, await roundTripPack(pack, { systemTar: true, systemUnzip: canUnzip }))
}

// The docs' own pack.json examples: the broken ones must be reported, clearly, not crash anything.
const snippetsDir = join(dirname(corpusDir), 'doc-snippets')
if (existsSync(snippetsDir)) {
  for (const file of (await readdir(snippetsDir)).filter((entry) => entry.endsWith('.pack.json')).sort()) {
    const pack = createPack(file, [['pack.json', new Uint8Array(await readFile(join(snippetsDir, file)))]])
    for (const finding of await lintPack(pack, { mode: 'import' })) {
      if (finding.severity === 'error' && finding.ruleId.startsWith('pack-json/')) actualKeys.add(errorKey(`doc-snippets/${file}`, finding.ruleId, finding.file))
    }
  }
}

const expectedKeys = new Set(Object.entries(expected).flatMap(([pack, list]) => list.map((item) => errorKey(pack, item.ruleId, item.file))))
const unexpected = [...actualKeys].filter((key) => !expectedKeys.has(key)).sort()
const missing = [...expectedKeys].filter((key) => !actualKeys.has(key)).sort()
check('expected-errors', [...unexpected.map((key) => `unexpected error: ${key}`), ...missing.map((key) => `expected error not reported: ${key}`)])

// The render engine: the committed wasm is what its Go sources build to, and it renders like real Helm.
const render = await checkRenderEngine(corpusDir, join(here, 'render-differences.txt'))
for (const line of render.summary) console.log(line)
check('render', render.problems)

for (const failure of failures) console.log(`FAIL ${failure}`)
console.log(`corpus: ${packDirs.length} packs in ${corpusDir}; ${actualKeys.size} error kinds, all listed in ${basename(expectedPath)}: ${unexpected.length === 0 && missing.length === 0 ? 'yes' : 'no'}`)
console.log(formatRenderCheckFigures(renderFigures))
console.log(`values.schema.json: ${packsFailingChartSchema.size} packs give a chart values its values.schema.json refuses`)
const share = chartPacks.declared === 0 ? 0 : Math.round((100 * chartPacks.found) / chartPacks.declared)
const shareWithRendering = chartPacks.declared === 0 ? 0 : Math.round((100 * chartPacks.foundWithRendering) / chartPacks.declared)
console.log(`new pack from a chart: ${chartPacks.packs} chart packs rebuilt; images found: ${chartPacks.found} of the ${chartPacks.declared} images the real packs declare (${share}%); the charts name ${chartPacks.named} images in all; with the charts also rendered with their defaults: ${chartPacks.foundWithRendering} (${shareWithRendering}%)`)
console.log(`pack-values/unknown-chart-key: ${chartPacks.unknownKeyWarnings} warnings in ${chartPacks.packsWithUnknownKeys} packs`)
if (!canUnzip) console.log('corpus: `unzip` is not installed; zip archives were checked with the core reader only')
console.log(`${passed} passed, ${failures.length} failed`)
process.exit(failures.length === 0 ? 0 : 1)

async function compareWithDirectory(pack: Pack, dir: string): Promise<string[]> {
  const onDisk = await listFiles(dir)
  const problems: string[] = []
  if (onDisk.join('\n') !== [...pack.files.keys()].sort().join('\n')) problems.push('read: file list differs from the directory')
  for (const path of onDisk) {
    const bytes = pack.files.get(path)
    if (bytes && !bytesEqual(bytes, new Uint8Array(await readFile(join(dir, path))))) problems.push(`read: ${path} differs`)
  }
  return problems
}
