import { isRecord } from '../k8s/parsedDocument'
import type { ParsedDocument } from '../k8s/parsedDocument'
import { parseImageReference } from './imageReference'
import type { ImageReference } from './imageReference'

/** One image the rendered output runs, and where. */
export interface RenderedImage {
  /** The reference as written in the document. */
  readonly text: string
  readonly reference: ImageReference
  readonly document: ParsedDocument
  /** The path of the `image` value in the document. */
  readonly path: readonly (string | number)[]
  /** true for a container of a pod template; false for an `image:` field of another kind. */
  readonly definite: boolean
}

// Where each workload kind keeps its pod spec (zarf's find_images does the same list).
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
}
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers']

/**
 * The images of the rendered documents: every container (init, regular, ephemeral) of every pod
 * template of the workload kinds, and every `image:` string of other kinds (custom resources such
 * as operators' CRs), as zarf finds them. Strings that are not image references are skipped.
 */
export function collectRenderedImages(documents: readonly ParsedDocument[]): RenderedImage[] {
  const images: RenderedImage[] = []
  for (const document of documents) {
    const { kind, value } = document
    if (kind === undefined || !isRecord(value)) continue
    const podSpecPath = Object.hasOwn(POD_SPEC_PATHS, kind) ? POD_SPEC_PATHS[kind] : undefined
    if (podSpecPath !== undefined) {
      const podSpec = valueAt(value, podSpecPath)
      for (const list of CONTAINER_LISTS) {
        const containers = isRecord(podSpec) ? podSpec[list] : undefined
        if (!Array.isArray(containers)) continue
        containers.forEach((container: unknown, index) => {
          const image = isRecord(container) ? container.image : undefined
          if (typeof image === 'string') addImage(images, document, image, [...podSpecPath, list, index, 'image'], true)
        })
      }
    } else if (kind !== 'CustomResourceDefinition') {
      walkImageFields(value, [], (image, path) => { addImage(images, document, image, path, false) })
    }
  }
  return images
}

function addImage(images: RenderedImage[], document: ParsedDocument, text: string, path: readonly (string | number)[], definite: boolean): void {
  const result = parseImageReference(text)
  if (result.ok) images.push({ text, reference: result.reference, document, path, definite })
}

function walkImageFields(value: unknown, path: (string | number)[], found: (image: string, path: (string | number)[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => { walkImageFields(item, [...path, index], found) })
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'image' && typeof child === 'string') found(child, [...path, key])
      else walkImageFields(child, [...path, key], found)
    }
  }
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const segment of path) current = isRecord(current) ? current[segment] : undefined
  return current
}
