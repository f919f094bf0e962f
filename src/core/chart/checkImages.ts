import { parse } from 'yaml'
import type { ChartInfo } from './chartInfo'
import { findChartImages } from './chartImages'
import type { ChartImage } from './chartImages'
import { normalizeImageReference } from '../images/imageReference'

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
    values = parse(valuesYaml) as unknown
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

/** Compares the listed images with the charts' images, in their full form (`nginx` = `docker.io/library/nginx`). */
export function checkImagesAgainstCharts(listed: readonly string[], charts: readonly ChartInfo[]): ImageCheck {
  const named = charts.flatMap((chart) => findChartImages(chart))
  const listedFull = new Set(listed.map((image) => normalizeImageReference(image) ?? image))
  const namedFull = new Set(named.map((image) => image.image))
  const missing = named.filter((image, index) => !listedFull.has(image.image) && named.findIndex((other) => other.image === image.image) === index)
  return { missing, unnamed: listed.filter((image) => !namedFull.has(normalizeImageReference(image) ?? image)) }
}
