import { collectRenderedImages } from '../images/collectImages'
import { parseRenderedDocument } from '../k8s/parsedDocument'
import type { Pack } from '../pack/pack'
import type { RenderEngine } from '../render/engineApi'
import { renderPack } from '../render/renderPack'
import type { ChartImage } from './chartImages'
import { normalizeImageReference } from '../images/imageReference'

/**
 * The images the pack's charts run when rendered with the pack's values (for a pack just made from
 * charts: their defaults), as `helm template` would: every container of every pod template, and
 * `image:` fields of custom resources. Catches what values alone do not say (a tag built in a
 * template, an image named only in a template). A chart that does not render names none here.
 */
export async function findRenderedChartImages(pack: Pack, engine: RenderEngine): Promise<ChartImage[]> {
  const { documents } = await renderPack(pack, engine)
  const found = new Map<string, string[]>()
  for (const image of collectRenderedImages(documents.filter((document) => document.source === 'chart').map((document) => parseRenderedDocument(pack, document)))) {
    const reference = normalizeImageReference(image.text)
    if (reference === undefined) continue
    const source = `rendered: ${image.document.document.template}`
    const sources = found.get(reference) ?? []
    if (!sources.includes(source)) sources.push(source)
    found.set(reference, sources)
  }
  return [...found].map(([image, sources]) => ({ image, sources }))
}
