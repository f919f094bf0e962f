import type { Finding } from '../lint/types'

/**
 * One YAML document produced by rendering a pack: a chart template's output (as `helm template`
 * prints it) or a manifest of the pack after templating. Plain data, so the checks of rendered
 * output (Kubernetes schemas, CRDs, images) run anywhere core runs.
 */
export interface RenderedDocument {
  /** Whether the document came from a Helm chart of the pack or from one of its manifests. */
  readonly source: 'chart' | 'manifest'
  /** The pack file it came from: the chart archive (`charts/x-1.0.0.tgz`) or the manifest (`manifests/app.yaml`). */
  readonly owner: string
  /**
   * The template that printed it, as Helm's `# Source:` header names it
   * (`mychart/templates/deploy.yaml`, `mychart/charts/sub/templates/svc.yaml`, `mychart/crds/crd.yaml`),
   * or the manifest path (`manifests/app.yaml`).
   */
  readonly template: string
  /** 0-based index of the document within that template's output (documents that are empty are not counted). */
  readonly index: number
  /** The YAML text of this one document, without the `---` separator. */
  readonly text: string
}

/** What rendering a pack gives: its documents, and the problems met on the way (core findings). */
export interface RenderResult {
  readonly documents: RenderedDocument[]
  readonly findings: Finding[]
}
