import { parse } from 'yaml'
import type { ChartInfo } from './chartInfo'
import { normalizeImageReference, referenceIsPinned } from '../images/imageReference'

/** An image a chart names, in its full form, and every place that names it. */
export interface ChartImage {
  /** Normalized reference: `docker.io/bitnami/nginx:1.25.3`, digest kept. */
  readonly image: string
  /** Where it was found: `values: controller.image`, `annotation: artifacthub.io/images`. */
  readonly sources: readonly string[]
}

/** Chart.yaml annotations that list images as YAML `[{name, image}]`. */
const IMAGE_ANNOTATIONS = ['artifacthub.io/images', 'helm.sh/images', 'images'] as const

interface WalkSettings {
  /** `global.imageRegistry`: Bitnami-style charts put it in front of every repository. */
  readonly globalRegistry: string | undefined
  /** The tag an image without one gets: the appVersion, when the templates default to it. */
  readonly defaultTag: string | undefined
}

type Found = (image: string, source: string) => void

/**
 * Every image a chart names: `image:` strings and `registry`/`repository`/`tag`/`digest` groups in
 * its values (subcharts' values under their key, with the parent's `global.imageRegistry`), plus the
 * Artifact Hub, Helm and Bitnami image annotations. De-duplicated, in the order first found.
 */
export function findChartImages(chart: ChartInfo): ChartImage[] {
  const found = new Map<string, string[]>()
  const add: Found = (reference, source) => {
    const image = normalizeImageReference(reference)
    if (image === undefined) return
    const sources = found.get(image) ?? []
    if (!sources.includes(source)) sources.push(source)
    found.set(image, sources)
  }
  const values = parseValues(chart.valuesYaml)
  const parentRegistry = text(member(member(values, 'global'), 'imageRegistry'))
  walk(values, [], { globalRegistry: parentRegistry, defaultTag: chart.templatesUseAppVersion === true ? chart.appVersion : undefined }, add)
  for (const subchart of chart.subcharts ?? []) {
    const key = chart.dependencies.find((dependency) => dependency.name === subchart.name)?.alias ?? subchart.name
    const subValues = parseValues(subchart.valuesYaml)
    const registry = parentRegistry ?? text(member(member(subValues, 'global'), 'imageRegistry'))
    walk(subValues, [key], { globalRegistry: registry, defaultTag: subchart.templatesUseAppVersion === true ? subchart.appVersion : undefined }, add)
  }
  for (const key of IMAGE_ANNOTATIONS) {
    for (const reference of annotationImages(chart.annotations?.[key])) add(reference, `annotation: ${key}`)
  }
  return [...found].map(([image, sources]) => ({ image, sources }))
}

/** Values parsed with the failsafe schema, so `tag: 1.10` stays the text "1.10". Broken YAML names no images. */
function parseValues(valuesYaml: string | undefined): unknown {
  if (valuesYaml === undefined) return undefined
  try {
    return parse(valuesYaml, { schema: 'failsafe', uniqueKeys: false }) as unknown
  } catch {
    return undefined
  }
}

function annotationImages(annotation: string | undefined): string[] {
  if (annotation === undefined) return []
  let list: unknown
  try {
    list = parse(annotation, { schema: 'failsafe' }) as unknown
  } catch {
    return []
  }
  if (!Array.isArray(list)) return []
  return list.map((item) => text(member(item, 'image'))).filter((image): image is string => image !== undefined)
}

function walk(node: unknown, path: readonly string[], settings: WalkSettings, add: Found): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => { walk(item, [...path.slice(0, -1), `${path.at(-1) ?? ''}[${String(index)}]`], settings, add) })
    return
  }
  if (!isRecord(node)) return
  const group = imageGroup(node, settings)
  if (group !== undefined) add(group, `values: ${path.join('.') || '(top level)'}`)
  for (const [key, value] of Object.entries(node)) {
    const image = text(value)
    if (image !== undefined && isImageKey(key)) add(withSiblingTag(image, node, settings), `values: ${[...path, key].join('.')}`)
    else walk(value, [...path, key], settings, add)
  }
}

/** `image`, or a camelCase key ending in it (`sidecarImage`). */
function isImageKey(key: string): boolean {
  return key === 'image' || /[a-z0-9]Image$/.test(key)
}

/** A mapping with `repository` (and maybe `registry`, `tag`, `digest`) as one reference. */
function imageGroup(node: Readonly<Record<string, unknown>>, settings: WalkSettings): string | undefined {
  const repository = text(node['repository'])
  if (repository === undefined || repository.includes('://')) return undefined
  const registry = settings.globalRegistry ?? text(node['registry'])
  const tag = text(node['tag']) ?? settings.defaultTag
  const digest = text(node['digest'])
  const name = registry !== undefined && !repository.startsWith(`${registry}/`) ? `${registry}/${repository}` : repository
  return `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`
}

/** `image: repo` beside `tag: 1.2` (some charts split them) reads as `repo:1.2`. */
function withSiblingTag(image: string, node: Readonly<Record<string, unknown>>, settings: WalkSettings): string {
  const normalized = normalizeImageReference(image)
  if (normalized === undefined || referenceIsPinned(normalized)) return image
  const tag = text(node['tag']) ?? text(node['imageTag']) ?? settings.defaultTag
  return tag === undefined ? image : `${image}:${tag}`
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function member(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined
}

/** A non-empty string that is not YAML's null spelled out (the failsafe schema keeps `null` as text). */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' || trimmed === 'null' || trimmed === '~' ? undefined : trimmed
}
