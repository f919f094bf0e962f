// Figures for `npm run test:corpus`: the rendered-output checks over the corpus manifests that need
// no rendering (no template actions), so they run without the template engine.
import { checkRenderedDocuments, decodeText } from '../../src/core'
import type { Pack, RenderedDocument } from '../../src/core'

/** Counts over the packs seen so far. */
export interface RenderCheckFigures {
  manifests: number
  documents: number
  invalidDocuments: number
  unknownFields: number
  deprecatedApis: number
  kindsWithoutSchema: number
  imagesNotListed: number
  imageDrift: number
}

export function emptyRenderCheckFigures(): RenderCheckFigures {
  return { manifests: 0, documents: 0, invalidDocuments: 0, unknownFields: 0, deprecatedApis: 0, kindsWithoutSchema: 0, imagesNotListed: 0, imageDrift: 0 }
}

/** The pack's manifests without `{{`, each YAML document as the renderer would hand it over. */
export function untemplatedManifestDocuments(pack: Pack): RenderedDocument[] {
  const documents: RenderedDocument[] = []
  for (const [path, bytes] of pack.files) {
    if (!path.startsWith('manifests/') || !/\.ya?ml$/i.test(path)) continue
    const text = decodeText(bytes)
    if (text.includes('{{')) continue
    // Split at `---` lines, as Helm splits rendered output: the documents keep their text verbatim,
    // so findings land on exact lines of the file (and big CRD files are not parsed twice).
    let index = 0
    for (const part of text.split(/^---[^\S\n]*(?:#[^\n]*)?$/m)) {
      if (part.replace(/^\s*#.*$/gm, '').trim() === '') continue
      documents.push({ source: 'manifest', owner: path, template: path, index: index++, text: part.replace(/^\n/, '') })
    }
  }
  return documents
}

/** Runs the checks over one pack's untemplated manifests and adds its counts to `figures`. */
export async function addRenderCheckFigures(pack: Pack, figures: RenderCheckFigures): Promise<void> {
  const documents = untemplatedManifestDocuments(pack)
  if (documents.length === 0) return
  figures.manifests += new Set(documents.map((document) => document.owner)).size
  figures.documents += documents.length
  const findings = await checkRenderedDocuments(pack, documents, { kubeVersion: '1.30' })
  const invalid = new Set(findings.filter((finding) => finding.ruleId === 'rendered/schema').map((finding) => `${finding.file}#${String(finding.rendered?.index)}`))
  figures.invalidDocuments += invalid.size
  const count = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).length
  figures.unknownFields += count('rendered/unknown-field')
  figures.deprecatedApis += count('rendered/deprecated-api')
  figures.kindsWithoutSchema += count('rendered/no-schema')
  figures.imagesNotListed += count('rendered/image-not-listed')
  figures.imageDrift += count('rendered/image-drift')
}

export function formatRenderCheckFigures(figures: RenderCheckFigures): string {
  return (
    `render checks (untemplated manifests, Kubernetes 1.30): ${figures.documents} documents in ${figures.manifests} manifests; ` +
    `${figures.invalidDocuments} invalid, ${figures.unknownFields} unknown fields, ${figures.deprecatedApis} deprecated/removed APIs, ` +
    `${figures.kindsWithoutSchema} kinds without a schema (per pack), ${figures.imagesNotListed} images not in pack.content.images, ${figures.imageDrift} listed with another tag/registry`
  )
}
