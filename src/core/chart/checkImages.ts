import type { ChartInfo } from './chartInfo'
import { findChartImages } from './chartImages'
import type { ChartImage } from './chartImages'
import { normalizeImageReference } from '../images/imageReference'
import { parseWithinDepth } from '../text/parseYamlWithinDepth'

/** How `pack.content.images` compares with the images the pack's charts name. */
export interface ImageCheck {
  /** Images the charts name that the list lacks. */
  readonly missing: readonly ChartImage[]
  /** Listed images (as written) that no chart names. */
  readonly unnamed: readonly string[]
}

/** The `image` strings of `pack.content.images`, as written; none when values.yaml cannot be read. */
export function listedContentImages(valuesYaml: string): string[] {
  let values: unknown
  try {
    values = parseWithinDepth(valuesYaml)
  } catch {
    return []
  }
  const images = (values as { pack?: { content?: { images?: unknown } } } | null)?.pack?.content?.images
  if (!Array.isArray(images)) return []
  return images.flatMap((entry: unknown) => {
    const image = typeof entry === 'object' && entry !== null ? (entry as { image?: unknown }).image : undefined
    return typeof image === 'string' ? [image] : []
  })
}

/** A normalized reference split into its repository, tag and digest. */
function referenceParts(reference: string): { repository: string; tag: string | undefined; digest: string | undefined } {
  const at = reference.indexOf('@')
  const name = at === -1 ? reference : reference.slice(0, at)
  const colon = name.lastIndexOf(':')
  const hasTag = colon > name.lastIndexOf('/')
  return { repository: hasTag ? name.slice(0, colon) : name, tag: hasTag ? name.slice(colon + 1) : undefined, digest: at === -1 ? undefined : reference.slice(at + 1) }
}

/**
 * True when a listed reference names the same image as one a chart names, both normalized: equal,
 * or the same repository where the listed digest (or, without one, the listed tag) matches, since
 * `app:1.5` and `app@sha256:...` are how packs write a chart's `app:1.5@sha256:...`.
 */
export function listedCoversImage(listed: string, named: string): boolean {
  if (listed === named) return true
  const a = referenceParts(listed)
  const b = referenceParts(named)
  if (a.repository !== b.repository) return false
  if (a.digest !== undefined) return a.digest === b.digest && (a.tag === undefined || a.tag === b.tag)
  return a.tag !== undefined && a.tag === b.tag
}

/** Compares the listed images with the charts' images, in their full form (`nginx` = `docker.io/library/nginx`). */
export function checkImagesAgainstCharts(listed: readonly string[], charts: readonly ChartInfo[]): ImageCheck {
  const named = charts.flatMap((chart) => findChartImages(chart))
  const listedFull = listed.map((image) => normalizeImageReference(image) ?? image)
  const missing = named.filter((image, index) => !listedFull.some((full) => listedCoversImage(full, image.image)) && named.findIndex((other) => other.image === image.image) === index)
  return { missing, unnamed: listed.filter((image) => !named.some((other) => listedCoversImage(normalizeImageReference(image) ?? image, other.image))) }
}
