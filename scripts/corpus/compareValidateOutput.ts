// Proves a change to `validate` kept every finding: runs a built CLI over every corpus pack in both
// modes with `--format json --no-render`, and saves the output or compares it with a saved one.
//
//   tsx scripts/corpus/compareValidateOutput.ts --save before.json [--cli OTHER/pack-builder.mjs] [DIR]
//   (change the code, `npm run build:cli`)
//   tsx scripts/corpus/compareValidateOutput.ts --against before.json [DIR]
//
// Exit code 0: identical (or saved); 1: some pack's output or an exit code differs; 2: usage.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const MODES = ['import', 'author'] as const

interface ModeRun {
  readonly exitCode: number | null
  readonly report: unknown
}

type Snapshot = Record<(typeof MODES)[number], ModeRun>

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { save: { type: 'string' }, against: { type: 'string' }, cli: { type: 'string' } },
})
if ((values.save === undefined) === (values.against === undefined)) {
  console.error('compareValidateOutput: give exactly one of --save FILE or --against FILE')
  process.exit(2)
}
const cli = resolve(values.cli ?? join(here, '../../bin/pack-builder.mjs'))
const corpusDir = resolve(positionals[0] ?? join(here, '../../../shared/corpus/pack-central'))
if (!existsSync(corpusDir)) {
  console.error(`compareValidateOutput: no corpus at ${corpusDir}`)
  process.exit(2)
}
const dirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(corpusDir, entry.name)).sort()

function run(mode: (typeof MODES)[number]): ModeRun {
  const result = spawnSync(process.execPath, [cli, 'validate', ...dirs, '--no-render', '--format', 'json', '--mode', mode], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
  if (result.error) throw result.error
  try {
    return { exitCode: result.status, report: JSON.parse(result.stdout) as unknown }
  } catch {
    console.error(`compareValidateOutput: ${mode} mode printed no JSON (exit ${String(result.status)}):\n${result.stderr}`)
    process.exit(1)
  }
}

const current: Snapshot = { import: run('import'), author: run('author') }

if (values.save !== undefined) {
  await writeFile(values.save, JSON.stringify(current))
  console.log(`saved the output of ${dirs.length} packs in both modes to ${values.save}`)
  process.exit(0)
}

const saved = JSON.parse(await readFile(values.against ?? '', 'utf8')) as Snapshot
let differences = 0
for (const mode of MODES) {
  const before = saved[mode]
  const after = current[mode]
  if (before.exitCode !== after.exitCode) {
    differences++
    console.log(`${mode}: exit code ${String(before.exitCode)} before, ${String(after.exitCode)} now`)
  }
  const packsBefore = packsOf(before.report)
  const packsAfter = packsOf(after.report)
  if (packsBefore.length !== packsAfter.length) console.log(`${mode}: ${packsBefore.length} packs before, ${packsAfter.length} now`)
  for (let index = 0; index < Math.max(packsBefore.length, packsAfter.length); index++) {
    if (isDeepStrictEqual(packsBefore[index], packsAfter[index])) continue
    differences++
    console.log(`${mode}: pack ${index + 1} differs\n  before: ${JSON.stringify(packsBefore[index])}\n  now:    ${JSON.stringify(packsAfter[index])}`)
  }
  if (!isDeepStrictEqual(before.report, after.report) && packsBefore.length === packsAfter.length && differences === 0) {
    differences++
    console.log(`${mode}: the report differs outside its packs`)
  }
}
const findingCount = MODES.reduce((sum, mode) => sum + packsOf(current[mode].report).reduce<number>((packSum, pack) => packSum + findingsOf(pack), 0), 0)
console.log(differences === 0 ? `identical: ${dirs.length} packs, both modes, ${findingCount} findings, same exit codes` : `${differences} differences`)
process.exit(differences === 0 ? 0 : 1)

function packsOf(report: unknown): unknown[] {
  if (typeof report !== 'object' || report === null || !('packs' in report) || !Array.isArray(report.packs)) return []
  return report.packs as unknown[]
}

function findingsOf(pack: unknown): number {
  return typeof pack === 'object' && pack !== null && 'findings' in pack && Array.isArray(pack.findings) ? pack.findings.length : 0
}
