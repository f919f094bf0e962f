import type { Pack } from '../pack/pack'
import type { RenderedDocument } from '../render/renderTypes'
import { compareParsedImages } from '../images/compareImages'
import { readChartCrds } from './chartCrds'
import { addCustomResourceDefinition, checkCustomResource } from './customResources'
import type { CustomResourceVersion } from './customResources'
import { checkDeprecatedApi, isKnownRemovedApi } from './deprecatedApis'
import { checkKindSchema, hasKindSchema } from './kindSchemaCheck'
import { DEFAULT_KUBE_VERSION, parseKubeVersion } from './kubeVersion'
import { parseRenderedDocument } from './parsedDocument'
import type { ParsedDocument } from './parsedDocument'
import type { DocumentProblem, RenderCheckFinding } from './renderedFinding'
import { findUnknownFields } from './unknownFields'

export const NO_SCHEMA_RULE_ID = 'rendered/no-schema'

/** Options of `checkRenderedDocuments`. */
export interface RenderCheckOptions {
  /** The Kubernetes release to check against (`1.30`, `v1.30.0`); the newest the schemas cover by default. */
  readonly kubeVersion?: string
}

/**
 * Checks what a pack deploys: every rendered document against the schema of its kind (built-in
 * kinds from kubernetes-models, custom resources from the CRDs the pack ships), unknown fields,
 * APIs deprecated or removed in the chosen release, and the images it runs against
 * `pack.content.images`. Never throws: a document that does not parse is skipped (rendering
 * reports it), an unknown kind is one info finding.
 */
export async function checkRenderedDocuments(pack: Pack, documents: readonly RenderedDocument[], options: RenderCheckOptions = {}): Promise<RenderCheckFinding[]> {
  const requested = options.kubeVersion ?? DEFAULT_KUBE_VERSION
  const kubeVersion = parseKubeVersion(requested)
  if (kubeVersion === undefined) {
    return [{ ruleId: 'rendered/kube-version', severity: 'error', file: '', message: `"${requested}" is not a Kubernetes version; write it as 1.30 or v1.30.0.` }]
  }
  const parsed = documents.map((document) => parseRenderedDocument(pack, document))
  const customResources = await collectCustomResources(pack, parsed)
  const findings: RenderCheckFinding[] = []
  const reportedWithoutSchema = new Set<string>()
  for (const document of parsed) {
    const { apiVersion, kind, value } = document
    if (apiVersion === undefined || kind === undefined || value === undefined) continue
    const problems: DocumentProblem[] = [...checkDeprecatedApi(apiVersion, kind, kubeVersion)]
    const key = `${apiVersion}/${kind}`
    const custom = customResources.get(key)
    if (hasKindSchema(apiVersion, kind)) {
      problems.push(...(await checkKindSchema(apiVersion, kind, value)), ...findUnknownFields(apiVersion, kind, value))
    } else if (custom !== undefined) {
      problems.push(...checkCustomResource(custom, kind, value))
    } else if (!isKnownRemovedApi(apiVersion, kind) && !reportedWithoutSchema.has(key)) {
      reportedWithoutSchema.add(key)
      problems.push({
        ruleId: NO_SCHEMA_RULE_ID,
        severity: 'info',
        path: ['kind'],
        message: `No schema for ${kind} ${apiVersion}: it is not a built-in kind and no CRD in the pack defines it, so it is not checked.`,
        hint: 'Its CRD is probably installed by another pack or an operator; that is fine if the cluster has it.',
      })
    }
    findings.push(...problems.map((problem) => document.toFinding(problem)))
  }
  findings.push(...compareParsedImages(pack, parsed).findings)
  return findings
}

async function collectCustomResources(pack: Pack, documents: readonly ParsedDocument[]): Promise<Map<string, CustomResourceVersion>> {
  const index = new Map<string, CustomResourceVersion>()
  const chartPaths = [...pack.files.keys()].filter((path) => path.toLowerCase().endsWith('.tgz')).sort()
  for (const chartPath of chartPaths) {
    const bytes = pack.files.get(chartPath)
    if (bytes === undefined) continue
    for (const crd of await readChartCrds(bytes)) addCustomResourceDefinition(index, crd.value, `${chartPath}: ${crd.path}`)
  }
  for (const document of documents) {
    addCustomResourceDefinition(index, document.value, `${document.document.owner}: ${document.document.template}`)
  }
  return index
}
