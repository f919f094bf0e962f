import { encodeBase64 } from './base64'
import type { ChartFile, ChartTree } from './chartTree'
import { CoalesceError, coalesceValues } from './coalesce'
import { isCompatibleRange, processDependencies } from './dependencies'
import type { EngineChart, EngineFile, RenderEngine } from './engineApi'
import { engineErrorFinding } from './engineFindings'
import type { ErrorPlace } from './engineFindings'
import type { HelmMap } from './helmYaml'
import { collectDocuments } from './renderOutput'
import type { DocumentOrigin } from './renderOutput'
import { CHART_UNREADABLE, renderFinding } from './renderRules'
import type { RenderResult } from './renderTypes'

/** The release `helm template` is asked to render. */
export interface ReleaseOptions {
  readonly releaseName: string
  readonly namespace: string
  /** `v1.30.0`; .Capabilities.KubeVersion and the charts' `kubeVersion` checks use it. */
  readonly kubeVersion: string
  /** Extra API versions beside Helm's defaults (`helm template --api-versions`). */
  readonly apiVersions?: readonly string[]
  /** Extra top-level template objects (the `.Spectro` scope of some manifests). */
  readonly scope?: HelmMap
}

/** One chart rendered as `helm template` does: dependencies processed, values coalesced, CRDs included. */
export async function renderChartTree(
  engine: RenderEngine,
  chart: ChartTree,
  userValues: HelmMap,
  release: ReleaseOptions,
  origin: DocumentOrigin & ErrorPlace,
): Promise<RenderResult> {
  // What `helm install/template` refuses before rendering (cmd/helm/install.go).
  if (chart.type !== '' && chart.type !== 'application') return failed(origin.file, `${chart.type} charts are not installable`)
  const missing = chart.requirements.filter((requirement) => !chart.dependencies.some((dependency) => dependency.name === requirement.name))
  if (missing.length > 0) {
    return failed(origin.file, `${chart.name}: found in Chart.yaml, but missing in charts/ directory: ${missing.map((requirement) => requirement.name).join(', ')}`)
  }
  const kube = release.kubeVersion.replace(/^v/, '')
  if (chart.kubeVersion !== undefined && !isCompatibleRange(chart.kubeVersion, kube)) {
    return failed(origin.file, `chart requires kubeVersion: ${chart.kubeVersion} which is incompatible with Kubernetes ${release.kubeVersion}`)
  }
  let processed: ChartTree
  let values: HelmMap
  try {
    processed = processDependencies(chart, userValues)
    values = coalesceValues(processed, userValues)
  } catch (error) {
    if (error instanceof CoalesceError) return failed(origin.file, `${chart.name}: ${error.message}`)
    throw error
  }
  const response = await engine.render({
    chart: toEngineChart(processed),
    values,
    release: { name: release.releaseName, namespace: release.namespace, revision: 1, isUpgrade: false },
    kubeVersion: release.kubeVersion,
    apiVersions: release.apiVersions ?? [],
    ...(release.scope !== undefined ? { scope: release.scope } : {}),
  })
  if (!response.ok) return { documents: [], findings: [engineErrorFinding(response.error, origin)] }
  const rendered = new Map(response.rendered)
  const crds = crdFiles(processed, processed.name)
  for (const [name, text] of crds) rendered.set(name, text)
  return collectDocuments(rendered, origin, new Set(crds.map(([name]) => name)))
}

function failed(file: string, message: string): RenderResult {
  return { documents: [], findings: [renderFinding(CHART_UNREADABLE, { file }, message)] }
}

function toEngineFile(file: ChartFile): EngineFile {
  return { name: file.name, data: encodeBase64(file.data) }
}

function toEngineChart(chart: ChartTree): EngineChart {
  return {
    name: chart.name,
    chartYaml: chart.chartYaml,
    templates: chart.templates.map(toEngineFile),
    files: chart.files.map(toEngineFile),
    dependencies: chart.dependencies.map(toEngineChart),
  }
}

const textDecoder = new TextDecoder()

/** Helm's CRDObjects: crds/*.yaml|yml|json of the chart and its enabled subcharts, printed as they are. */
function crdFiles(chart: ChartTree, fullPath: string): Array<[string, string]> {
  const own = chart.files
    .filter((file) => file.name.startsWith('crds/') && /\.(ya?ml|json)$/.test(file.name))
    .map((file): [string, string] => [`${fullPath}/${file.name}`, textDecoder.decode(file.data)])
  return [...own, ...chart.dependencies.flatMap((subchart) => crdFiles(subchart, `${fullPath}/charts/${subchart.name}`))]
}
