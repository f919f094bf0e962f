import { isPlainObject } from '../../../data/isPlainObject'
import { VALUES_YAML } from '../../../pack/pack'
import { packLayer, packSection } from '../../../values/packContents'
import type { FindingDraft, LintContext, Rule } from '../../types'

const LAYERS_WITH_IMAGES = new Set(['addon', 'cni', 'csi'])
const ENTRY_HINT = 'Write each entry as `- image: <registry>/<repository>:<tag>`.'

/** R21: `pack.content.images` lists the pack's images as `{image: "<reference>"}` entries. */
export const contentImages: Rule = {
  id: 'pack-values/content-images',
  severity: 'error',
  description: '`pack.content.images` should list every image (add-on, CNI and CSI packs), each as `image: <reference>`.',
  spec: 'R21',
  *check(context: LintContext): Iterable<FindingDraft> {
    const pack = packSection(context)
    const layer = packLayer(context)
    const content = pack?.content
    const images = isPlainObject(content) ? content.images : undefined
    if (images === undefined || images === null || (Array.isArray(images) && images.length === 0)) {
      if (layer !== undefined && LAYERS_WITH_IMAGES.has(layer) && context.values?.errors.length === 0) {
        yield {
          file: VALUES_YAML,
          pointer: isPlainObject(content) ? '/pack/content' : pack ? '/pack' : '',
          severity: 'warning',
          message: 'values.yaml does not list the pack\'s images in `pack.content.images`; Palette needs them for air-gapped mirroring and image scanning.',
          hint: 'Add one `- image: <reference>` entry per image under `pack.content.images`.',
        }
      }
      return
    }
    if (!Array.isArray(images)) {
      yield { file: VALUES_YAML, pointer: '/pack/content/images', message: '`pack.content.images` must be a list.', hint: ENTRY_HINT }
      return
    }
    for (const [index, entry] of images.entries()) {
      const image = isPlainObject(entry) ? entry.image : undefined
      if (typeof image === 'string' && image.trim() !== '') continue
      yield {
        file: VALUES_YAML,
        pointer: `/pack/content/images/${index}`,
        message: isPlainObject(entry) ? `Image entry ${index + 1} has no non-empty \`image:\` reference.` : `Image entry ${index + 1} is not an \`image:\` mapping.`,
        hint: ENTRY_HINT,
      }
    }
  },
}
