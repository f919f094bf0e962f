import type { Finding } from '../lint/types'
import { parseRenderedDocument } from '../k8s/parsedDocument'
import type { ParsedDocument } from '../k8s/parsedDocument'
import { VALUES_YAML } from '../pack/pack'
import type { Pack } from '../pack/pack'
import type { RenderedDocument } from '../render/renderTypes'
import { collectRenderedImages } from './collectImages'
import type { RenderedImage } from './collectImages'
import { repositoryPath } from './imageReference'
import type { ImageReference } from './imageReference'
import { readListedImages } from './listedImages'
import type { ListedImage } from './listedImages'
import { formatValuePath } from '../k8s/renderedFinding'
import { IMAGE_DRIFT_RULE_ID, IMAGE_NOT_LISTED_RULE_ID, IMAGE_NOT_RENDERED_RULE_ID } from './imageRuleIds'

export { IMAGE_DRIFT_RULE_ID, IMAGE_NOT_LISTED_RULE_ID, IMAGE_NOT_RENDERED_RULE_ID }

/** How an image of the pack stands between what it deploys and what values.yaml lists. */
export type ImageStatus = 'listed' | 'not-listed' | 'drift' | 'not-rendered'

/** Where a rendered image is. */
export interface ImagePlace {
  readonly file: string
  readonly template: string
  readonly index: number
  readonly path: string
}

/** One row of the Images panel. */
export interface ImageRow {
  /** The canonical reference: the rendered one, or the listed one for `not-rendered`. */
  readonly image: string
  readonly status: ImageStatus
  readonly renderedAt: readonly ImagePlace[]
  /** The `pack.content.images` entries for this image (for `drift`, the entries naming another tag or registry). */
  readonly listedAs: readonly { readonly text: string; readonly index: number; readonly line: number }[]
}

/** The comparison as data (for the UI) and as findings. */
export interface ImageComparison {
  readonly rows: ImageRow[]
  readonly findings: Finding[]
}


/** True when both references pull the same image: same registry and repository, and the same digest or tag. */
function samePull(a: ImageReference, b: ImageReference): boolean {
  if (a.name !== b.name) return false
  if (a.digest !== undefined && b.digest !== undefined) return a.digest === b.digest
  return a.tag === b.tag
}

/**
 * Compares the images the rendered output runs with `pack.content.images`: rendered but not listed
 * (an air-gap gap), listed with another tag or registry than rendered (drift), listed but never
 * rendered (operators may pull it at run time, or it is stale).
 */
export function compareImages(pack: Pack, documents: readonly RenderedDocument[]): ImageComparison {
  return compareParsedImages(pack, documents.map((document) => parseRenderedDocument(pack, document)))
}

/** `compareImages` over documents already parsed (the render checks parse each document once). */
export function compareParsedImages(pack: Pack, documents: readonly ParsedDocument[]): ImageComparison {
  const rendered = collectRenderedImages(documents)
  const listed = readListedImages(pack)
  const byCanonical = new Map<string, RenderedImage[]>()
  for (const image of rendered) byCanonical.set(image.reference.canonical, [...(byCanonical.get(image.reference.canonical) ?? []), image])

  const exactlyMatched = new Set<ListedImage>()
  for (const [, places] of byCanonical) {
    const [first] = places
    if (first === undefined) continue
    for (const entry of listed) if (entry.reference !== undefined && samePull(entry.reference, first.reference)) exactlyMatched.add(entry)
  }

  const rows: ImageRow[] = []
  const findings: Finding[] = []
  const usedByDrift = new Set<ListedImage>()
  for (const [canonical, places] of [...byCanonical].sort(([a], [b]) => a.localeCompare(b))) {
    const first = places[0]
    if (first === undefined) continue
    const renderedAt = places.map(toPlace)
    const exact = listed.filter((entry) => entry.reference !== undefined && samePull(entry.reference, first.reference))
    if (exact.length > 0) {
      rows.push({ image: canonical, status: 'listed', renderedAt, listedAs: exact.map(toListed) })
      continue
    }
    const drifted = listed.filter((entry) => entry.reference !== undefined && !exactlyMatched.has(entry) && repositoryPath(entry.reference) === repositoryPath(first.reference))
    if (drifted.length > 0) {
      rows.push({ image: canonical, status: 'drift', renderedAt, listedAs: drifted.map(toListed) })
      for (const entry of drifted) {
        usedByDrift.add(entry)
        findings.push({
          ruleId: IMAGE_DRIFT_RULE_ID,
          severity: 'warning',
          file: VALUES_YAML,
          line: entry.line,
          column: entry.column,
          pointer: entry.pointer,
          message: `\`pack.content.images\` lists ${entry.text}, but the pack deploys ${first.text} (${first.document.document.template}); the mirrored image is not the one that runs.`,
          hint: `Replace the entry with ${canonical}.`,
        })
      }
      continue
    }
    rows.push({ image: canonical, status: 'not-listed', renderedAt, listedAs: [] })
    const others = places.length > 1 ? ` (and ${places.length - 1} more place${places.length > 2 ? 's' : ''})` : ''
    findings.push(first.document.toFinding({
      ruleId: IMAGE_NOT_LISTED_RULE_ID,
      severity: 'warning',
      path: first.path,
      message: `the image ${first.text} is deployed${others} but not listed in \`pack.content.images\`; an air-gapped install will not mirror it.`,
      hint: `Add \`- image: ${canonical}\` under \`pack.content.images\` in values.yaml.`,
    }))
  }
  for (const entry of listed) {
    if (exactlyMatched.has(entry) || usedByDrift.has(entry) || entry.reference === undefined) continue
    rows.push({ image: entry.reference.canonical, status: 'not-rendered', renderedAt: [], listedAs: [toListed(entry)] })
    findings.push({
      ruleId: IMAGE_NOT_RENDERED_RULE_ID,
      severity: 'info',
      file: VALUES_YAML,
      line: entry.line,
      column: entry.column,
      pointer: entry.pointer,
      message: `${entry.text} is listed in \`pack.content.images\` but no rendered container uses it; an operator may pull it at run time, or the entry is stale.`,
      hint: 'Keep it if an operator or a disabled feature needs it; otherwise remove it.',
    })
  }
  return { rows, findings }
}

function toPlace(image: RenderedImage): ImagePlace {
  const { document } = image.document
  return { file: document.owner, template: document.template, index: document.index, path: formatValuePath(image.path) }
}

function toListed(entry: ListedImage): { text: string; index: number; line: number } {
  return { text: entry.text, index: entry.index, line: entry.line }
}
