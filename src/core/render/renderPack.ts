import { DEFAULT_KUBE_VERSION as NEWEST_CHECKED_KUBE_VERSION } from '../k8s/kubeVersion'
import type { Finding } from '../lint/types'
import { CHARTS_DIR, MANIFESTS_DIR, VALUES_YAML } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { decodeText } from '../text/encoding'
import { ChartLoadError, loadPackChart } from './chartTree'
import type { ChartTree } from './chartTree'
import type { RenderEngine } from './engineApi'
import { isHelmMap, parseHelmYaml } from './helmYaml'
import type { HelmMap } from './helmYaml'
import { DEFAULT_MACRO_SAMPLES, DEFAULT_SPECTRO_SCOPE, replaceMacros } from './paletteMacros'
import { renderChartTree } from './renderChart'
import type { ReleaseOptions } from './renderChart'
import { collectDocuments } from './renderOutput'
import { CHART_UNREADABLE, renderFinding } from './renderRules'
import type { RenderResult } from './renderTypes'
import { applySetValues } from './setValues'

/** The newest Kubernetes release the schema checks cover, so rendering and checking agree by default. */
export const DEFAULT_KUBE_VERSION = `v${NEWEST_CHECKED_KUBE_VERSION}.0`

/** How to render a pack; everything has a default. */
export interface PackRenderOptions {
  /** Kubernetes version for .Capabilities and `kubeVersion` checks; default the newest release the schema checks cover. */
  readonly kubeVersion?: string
  readonly apiVersions?: readonly string[]
  /** Release namespace; default values.yaml `pack.namespace`, else `default`. */
  readonly namespace?: string
  /** Release name; default each chart's name. */
  readonly releaseName?: string
  /** `path=value` overrides of the pack's values.yaml (`charts.nginx.replicaCount=3`). */
  readonly set?: readonly string[]
  /** Samples for `.spectro.*` macros; default DEFAULT_MACRO_SAMPLES (its Kubernetes version follows kubeVersion). */
  readonly macroSamples?: HelmMap
  /** The `.Spectro` scope for manifests; default DEFAULT_SPECTRO_SCOPE. */
  readonly spectroScope?: HelmMap
}

/** The pack's values as the charts and manifests receive them: macros replaced, overrides applied. */
export async function packRenderValues(pack: Pack, engine: RenderEngine, options: PackRenderOptions = {}): Promise<{ values: HelmMap; findings: Finding[] }> {
  const bytes = pack.files.get(VALUES_YAML)
  if (bytes === undefined) return { values: applySetValues({}, options.set ?? []), findings: [] }
  const text = await replaceMacros(decodeText(bytes), macroSamples(options), engine)
  const parsed = parseHelmYaml(text)
  if (!parsed.ok) {
    const finding = renderFinding(CHART_UNREADABLE, { file: VALUES_YAML, line: parsed.line, column: parsed.column }, `values.yaml cannot be read once Palette's macros are replaced, so nothing is rendered: ${parsed.message}`)
    return { values: {}, findings: [finding] }
  }
  return { values: applySetValues(isHelmMap(parsed.value) ? parsed.value : {}, options.set ?? []), findings: [] }
}

function macroSamples(options: PackRenderOptions): HelmMap {
  if (options.macroSamples !== undefined) return options.macroSamples
  const samples = structuredClone(DEFAULT_MACRO_SAMPLES)
  const system = samples.system
  if (isHelmMap(system)) system.kubernetes = { version: (options.kubeVersion ?? DEFAULT_KUBE_VERSION).replace(/^v/, '') }
  return samples
}

/** Renders every chart of the pack (with its `charts.<folder>` values) and every manifest. */
export async function renderPack(pack: Pack, engine: RenderEngine, options: PackRenderOptions = {}): Promise<RenderResult> {
  const { values, findings } = await packRenderValues(pack, engine, options)
  if (findings.length > 0) return { documents: [], findings }
  const result: RenderResult = { documents: [], findings: [] }
  const add = (part: RenderResult) => {
    result.documents.push(...part.documents)
    result.findings.push(...part.findings)
  }
  const namespace = options.namespace ?? packNamespace(values)
  const kubeVersion = options.kubeVersion ?? DEFAULT_KUBE_VERSION
  const chartPaths = [...pack.files.keys()].filter((path) => path.startsWith(CHARTS_DIR) && path.toLowerCase().endsWith('.tgz')).sort()
  for (const path of chartPaths) {
    let folder: string
    let chart: ChartTree
    try {
      ;({ folder, chart } = await loadPackChart(pack.files.get(path) ?? new Uint8Array(), path))
    } catch (error) {
      if (!(error instanceof ChartLoadError)) throw error
      add({ documents: [], findings: [renderFinding(CHART_UNREADABLE, { file: path }, error.message)] })
      continue
    }
    const release = { releaseName: options.releaseName ?? chart.name, namespace, kubeVersion, ...(options.apiVersions ? { apiVersions: options.apiVersions } : {}) }
    add(await renderChartTree(engine, chart, tableAt(values, ['charts', folder]), release, { source: 'chart', owner: path, file: path }))
  }
  const manifestPaths = [...pack.files.keys()].filter((path) => path.startsWith(MANIFESTS_DIR) && /\.ya?ml$/i.test(path)).sort()
  for (const path of manifestPaths) {
    const release: ReleaseOptions = { releaseName: options.releaseName ?? 'manifests', namespace, kubeVersion, scope: { Spectro: options.spectroScope ?? DEFAULT_SPECTRO_SCOPE } }
    add(await renderManifest(engine, path, decodeText(pack.files.get(path) ?? new Uint8Array()), values, release))
  }
  return result
}

/**
 * A manifest with a `manifests.<stem>` entry is a Go template with that entry as .Values; one
 * without, or one with no `{{` action, is used as it is (kubeflow ships other tools' `{{workflow.name}}` templates in manifests).
 */
export async function renderManifest(engine: RenderEngine, path: string, text: string, values: HelmMap, release: ReleaseOptions): Promise<RenderResult> {
  const origin = { source: 'manifest' as const, owner: path, file: path }
  const stem = (path.split('/').pop() ?? path).replace(/\.ya?ml$/i, '')
  const manifests = values.manifests
  // Without a template action there is nothing to template: Helm would print the text as it is, so
  // the engine (10 MB to load) is not needed for it.
  if (!isHelmMap(manifests) || !Object.hasOwn(manifests, stem) || !text.includes('{{')) return collectDocuments(new Map([[path, text]]), origin)
  const templateName = `templates/${path.split('/').pop() ?? path}`
  const chart: ChartTree = {
    name: 'manifest',
    version: '0.0.0',
    type: '',
    chartYaml: 'apiVersion: v2\nname: manifest\nversion: 0.0.0\n',
    requirements: [],
    values: {},
    templates: [{ name: templateName, data: new TextEncoder().encode(text) }],
    files: [],
    dependencies: [],
  }
  const rendered = await renderChartTree(engine, chart, tableAt(values, ['manifests', stem]), release, { ...origin, manifestTemplate: `manifest/${templateName}` })
  return { findings: rendered.findings, documents: rendered.documents.map((document) => ({ ...document, template: path })) }
}

function tableAt(values: HelmMap, keys: readonly string[]): HelmMap {
  let table: HelmMap = values
  for (const key of keys) {
    const next = table[key]
    if (!isHelmMap(next)) return {}
    table = next
  }
  return table
}

export function packNamespace(values: HelmMap): string {
  const pack = values.pack
  const namespace = isHelmMap(pack) ? pack.namespace : undefined
  return typeof namespace === 'string' && namespace !== '' ? namespace : 'default'
}
