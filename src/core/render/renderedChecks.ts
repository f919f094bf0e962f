import type { Finding } from '../lint/types'
import type { Pack } from '../pack/pack'
import type { RenderEngine } from './engineApi'
import { checkRenderedDocuments } from '../k8s/checkRenderedDocuments'
import { DEFAULT_KUBE_VERSION, renderPack } from './renderPack'
import type { PackRenderOptions } from './renderPack'
import type { RenderedDocument, RenderResult } from './renderTypes'

/**
 * A check of rendered output (Kubernetes schemas, CRDs, images): plain documents in, findings out.
 * Add checks to RENDERED_DOCUMENT_CHECKS; `validate` and the app run them after every render.
 */
export type RenderedDocumentCheck = (pack: Pack, documents: readonly RenderedDocument[], options: PackRenderOptions) => Finding[] | Promise<Finding[]>

/** The checks run on every rendered pack. */
export const RENDERED_DOCUMENT_CHECKS: readonly RenderedDocumentCheck[] = [
  // Kubernetes schemas, CRDs, unknown fields, deprecated APIs and images, for the release rendered for.
  (pack, documents, options) => checkRenderedDocuments(pack, documents, { kubeVersion: options.kubeVersion ?? DEFAULT_KUBE_VERSION }),
]

/** Renders the pack and runs the checks of rendered output: the render's findings plus theirs. */
export async function checkRenderedPack(
  pack: Pack,
  engine: RenderEngine,
  options: PackRenderOptions = {},
  checks: readonly RenderedDocumentCheck[] = RENDERED_DOCUMENT_CHECKS,
): Promise<RenderResult> {
  const rendered = await renderPack(pack, engine, options)
  const extra = await Promise.all(checks.map(async (check) => check(pack, rendered.documents, options)))
  return { documents: rendered.documents, findings: [...rendered.findings, ...extra.flat()] }
}
