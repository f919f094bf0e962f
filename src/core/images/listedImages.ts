import { isRecord } from '../k8s/parsedDocument'
import { VALUES_YAML } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { parseYamlView } from '../pack/yamlView'
import { parseImageReference } from './imageReference'
import type { ImageReference } from './imageReference'

/** One entry of `pack.content.images` in values.yaml. */
export interface ListedImage {
  readonly text: string
  /** undefined when the entry is not a valid reference (the values rules report it). */
  readonly reference: ImageReference | undefined
  /** Its index in the list and its JSON pointer in values.yaml. */
  readonly index: number
  readonly pointer: string
  readonly line: number
  readonly column: number
}

/** The images values.yaml lists under `pack.content.images`, with their lines. */
export function readListedImages(pack: Pack): ListedImage[] {
  const bytes = pack.files.get(VALUES_YAML)
  if (bytes === undefined) return []
  const view = parseYamlView(bytes)
  const packSection = isRecord(view.value) ? view.value.pack : undefined
  const content = isRecord(packSection) ? packSection.content : undefined
  const images = isRecord(content) ? content.images : undefined
  if (!Array.isArray(images)) return []
  const listed: ListedImage[] = []
  images.forEach((entry: unknown, index) => {
    const text = isRecord(entry) ? entry.image : undefined
    if (typeof text !== 'string') return
    const pointer = `/pack/content/images/${index}/image`
    const position = view.locate(pointer) ?? { line: 1, column: 1 }
    const result = parseImageReference(text)
    listed.push({ text, reference: result.ok ? result.reference : undefined, index, pointer, line: position.line, column: position.column })
  })
  return listed
}
