// The render engine against real Helm over every chart of the corpus, with the packs' own values
// (charts.<folder>, Palette macros replaced by the same samples for both): the engine must fail
// where Helm fails and succeed where Helm succeeds, and render the same documents in every file
// Helm renders deterministically (the same bytes in two runs).
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { readPackSource } from '../../src/cli/readPackSource'
import { createInThreadRenderEngine } from '../../src/cli/renderEngineNode'
import { ChartLoadError, loadPackChart } from '../../src/core/render/chartTree'
import type { HelmMap } from '../../src/core/render/helmYaml'
import { isHelmMap } from '../../src/core/render/helmYaml'
import { renderChartTree } from '../../src/core/render/renderChart'
import { splitManifests } from '../../src/core/render/renderOutput'
import { packNamespace, packRenderValues } from '../../src/core/render/renderPack'
import type { RenderedDocument } from '../../src/core/render/renderTypes'
import { helmDocumentsBySource, realHelm, runHelm } from './realHelm'

/** The Kubernetes version of the measurements in shared/docs/render-and-checks.md, so figures compare. */
const HELM_COMPARISON_KUBE_VERSION = 'v1.30.0'

export interface DifferentialFigures {
  charts: number
  helmFailures: number
  helmSchemaFailures: number
  statusAgreements: number
  statusDifferences: string[]
  deterministicFiles: number
  /** Files Helm prints verbatim (crds/) that are not valid YAML, so cannot be compared as YAML. */
  unparseableFiles: number
  identicalFiles: number
  fileDifferences: string[]
  helmMilliseconds: number
  engineMilliseconds: number
}

/** Canonical JSON of a YAML document (keys sorted), so formatting differences do not count. */
function canonical(text: string): string {
  const documents = parseAllDocuments(text, { version: '1.1', uniqueKeys: false })
  if (!Array.isArray(documents)) return ''
  return documents.map((document) => JSON.stringify(sortKeys(document.toJS({ maxAliasCount: -1 })))).join('\n')
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, sortKeys(item)]))
  }
  return value
}

// Helm prints a crds/ file whole; the engine gives its documents one by one.
function multiset(texts: readonly string[]): string {
  return texts.flatMap(splitManifests).map(canonical).filter((text) => text !== '' && text !== 'null').sort().join('\n---\n')
}

interface ChartJob {
  readonly name: string
  readonly chartPath: string
  readonly values: HelmMap
  readonly namespace: string
  readonly releaseName: string
  readonly render: () => Promise<{ documents: RenderedDocument[]; failure: string | undefined }>
}

/** Runs the differential over every pack folder of the corpus; writes every difference to `differencesFile`. */
export async function runRenderDifferential(corpusDir: string, differencesFile: string): Promise<DifferentialFigures | undefined> {
  const helm = realHelm()
  if (helm === undefined) return undefined
  const engine = createInThreadRenderEngine()
  const work = await mkdtemp(join(tmpdir(), 'pack-builder-differential-'))
  const figures: DifferentialFigures = { charts: 0, helmFailures: 0, helmSchemaFailures: 0, statusAgreements: 0, statusDifferences: [], deterministicFiles: 0, unparseableFiles: 0, identicalFiles: 0, fileDifferences: [], helmMilliseconds: 0, engineMilliseconds: 0 }
  const jobs: ChartJob[] = []
  try {
    const packDirs = (await readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    for (const packName of packDirs) {
      const pack = await readPackSource(join(corpusDir, packName))
      const { values } = await packRenderValues(pack, engine)
      const namespace = packNamespace(values)
      for (const path of [...pack.files.keys()].filter((file) => file.startsWith('charts/') && file.endsWith('.tgz')).sort()) {
        const bytes = pack.files.get(path) ?? new Uint8Array()
        let loaded
        try {
          loaded = await loadPackChart(bytes, path)
        } catch (error) {
          if (!(error instanceof ChartLoadError)) throw error
          continue
        }
        const charts = values.charts
        const chartValues = isHelmMap(charts) && isHelmMap(charts[loaded.folder]) ? (charts[loaded.folder] as HelmMap) : {}
        const chart = loaded.chart
        const releaseName = chart.name.slice(0, 53)
        jobs.push({
          name: `${packName}/${path}`,
          chartPath: join(corpusDir, packName, path),
          values: chartValues,
          namespace,
          releaseName,
          render: async () => {
            const result = await renderChartTree(engine, chart, chartValues, { releaseName, namespace, kubeVersion: HELM_COMPARISON_KUBE_VERSION }, { source: 'chart', owner: path, file: path })
            const failure = result.findings.find((finding) => finding.severity === 'error' || finding.ruleId === 'render/input-needed')
            return { documents: result.documents, failure: failure ? `${failure.ruleId}: ${failure.message}` : undefined }
          },
        })
      }
    }
    // Helm runs as child processes (two at a time) while the engine renders in this thread.
    const helmRuns = new Map<string, Promise<[Awaited<ReturnType<typeof runHelm>>, Awaited<ReturnType<typeof runHelm>>]>>()
    let next = 0
    const helmStart = Date.now()
    const startHelm = async (): Promise<void> => {
      while (next < jobs.length) {
        const job = jobs[next++]
        if (job === undefined) break
        const valuesFile = join(work, `${next}.json`)
        await writeFile(valuesFile, JSON.stringify(job.values))
        const args = ['template', job.releaseName, job.chartPath, '--kube-version', HELM_COMPARISON_KUBE_VERSION, '--namespace', job.namespace, '--include-crds', '-f', valuesFile]
        let release: (value: [Awaited<ReturnType<typeof runHelm>>, Awaited<ReturnType<typeof runHelm>>]) => void = () => undefined
        helmRuns.set(job.name, new Promise((resolvePromise) => (release = resolvePromise)))
        const first = await runHelm(helm, args)
        const second = first.ok ? await runHelm(helm, args) : first
        release([first, second])
      }
    }
    const helmWorkers = Promise.all([startHelm(), startHelm()]).then(() => (figures.helmMilliseconds = Date.now() - helmStart))
    for (const job of jobs) {
      const started = Date.now()
      const ours = await job.render()
      figures.engineMilliseconds += Date.now() - started
      while (!helmRuns.has(job.name)) await new Promise((resolvePromise) => setTimeout(resolvePromise, 20))
      const [first, second] = (await helmRuns.get(job.name)) ?? []
      if (first === undefined || second === undefined) continue
      figures.charts++
      const schemaFailure = !first.ok && first.stderr.includes("values don't meet the specifications of the schema")
      if (!first.ok) figures.helmFailures++
      if (schemaFailure) {
        figures.helmSchemaFailures++
        continue
      }
      if (first.ok !== (ours.failure === undefined)) {
        figures.statusDifferences.push(`${job.name}: helm ${first.ok ? 'succeeds' : `fails (${first.stderr.trim().split('\n').pop() ?? ''})`}; engine ${ours.failure === undefined ? 'succeeds' : `fails (${ours.failure})`}`)
        continue
      }
      figures.statusAgreements++
      if (!first.ok) continue
      compareFiles(job.name, helmDocumentsBySource(first.stdout), helmDocumentsBySource(second.stdout), ours.documents, figures)
    }
    await helmWorkers
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  await writeFile(
    differencesFile,
    [
      '# Written by npm run test:corpus: every difference between the render engine and helm template (v3.17.1).',
      `# ${figures.statusDifferences.length} charts where one fails and the other does not; ${figures.fileDifferences.length} rendered files that differ.`,
      ...figures.statusDifferences.map((line) => `status ${line}`),
      ...figures.fileDifferences.map((line) => `file ${line}`),
      '',
    ].join('\n'),
  )
  return figures
}

function compareFiles(chartName: string, first: Map<string, string[]>, second: Map<string, string[]>, ours: readonly RenderedDocument[], figures: DifferentialFigures): void {
  const oursBySource = new Map<string, string[]>()
  for (const document of ours) oursBySource.set(document.template, [...(oursBySource.get(document.template) ?? []), document.text])
  const sources = new Set([...first.keys(), ...oursBySource.keys()])
  for (const source of [...sources].sort()) {
    const helmTexts = first.get(source) ?? []
    const helmAgain = second.get(source) ?? []
    if (helmTexts.join('\n---\n') !== helmAgain.join('\n---\n')) continue
    if (helmTexts.flatMap(splitManifests).some((text) => parseAllDocuments(text, { version: '1.1', uniqueKeys: false }).some((document) => document.errors.length > 0))) {
      figures.unparseableFiles++
      continue
    }
    const expected = multiset(helmTexts)
    const actual = multiset(oursBySource.get(source) ?? [])
    if (expected === '' && actual === '') continue
    figures.deterministicFiles++
    if (expected === actual) figures.identicalFiles++
    else figures.fileDifferences.push(`${chartName} ${source}: ${describe(expected, actual)}`)
  }
}

function describe(expected: string, actual: string): string {
  if (expected === '') return 'only the engine renders it'
  if (actual === '') return 'only helm renders it'
  let index = 0
  while (index < expected.length && expected[index] === actual[index]) index++
  return `helm …${expected.slice(Math.max(0, index - 60), index + 80)}… engine …${actual.slice(Math.max(0, index - 60), index + 80)}…`
}
