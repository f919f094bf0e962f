import type { Finding } from '../lint/types'

/** One YAML document of rendered output: a chart template's or a manifest's. */
export interface RenderedDocument {
  readonly source: 'chart' | 'manifest'
  /** The pack file it came from: the chart archive (`charts/x-1.0.0.tgz`) or the manifest path. */
  readonly owner: string
  /** The template inside the chart (`mychart/templates/deploy.yaml`), or the manifest path. */
  readonly template: string
  /** Index of this document within its template's output (0-based). */
  readonly index: number
  /** The YAML text of this one document. */
  readonly text: string
}

/** What rendering a pack gives: its documents, and the problems met on the way. */
export interface RenderResult {
  readonly documents: RenderedDocument[]
  readonly findings: Finding[]
}
