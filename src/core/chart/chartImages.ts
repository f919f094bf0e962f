import { parse } from 'yaml'
import type { ChartInfo } from './chartInfo'
import { chartDefaultsAsText } from './chartDefaults'
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
  /** `global.registry` (or a `registry`/`baseRepo` of an enclosing mapping): the registry of images named only by `name`, or by a repository starting with `/`. */
  readonly inheritedRegistry: string | undefined
  /** The tag an image without one gets: the appVersion, when the templates default to it. */
  readonly defaultTag: string | undefined
}

type Found = (image: string, source: string) => void

/** The tag the templates give an image without one: `global.tag`, else the appVersion (with the templates' prefix). */
function defaultTagOf(values: unknown, chart: Pick<ChartInfo, 'appVersion' | 'templatesUseAppVersion' | 'appVersionTagPrefix'>): string | undefined {
  const fromAppVersion = chart.templatesUseAppVersion === true && chart.appVersion !== undefined ? `${chart.appVersion.startsWith('v') ? '' : chart.appVersionTagPrefix ?? ''}${chart.appVersion}` : undefined
  return text(member(member(values, 'global'), 'tag')) ?? fromAppVersion
}

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
  const values = chartDefaultsAsText(chart)?.value
  const parentGlobal = member(values, 'global')
  const parentRegistry = text(member(parentGlobal, 'imageRegistry'))
  walk(values, TOP, { globalRegistry: parentRegistry, inheritedRegistry: text(member(parentGlobal, 'registry')), defaultTag: defaultTagOf(values, chart) }, add)
  for (const subchart of chart.subcharts ?? []) {
    const key = chart.dependencies.find((dependency) => dependency.name === subchart.name)?.alias ?? subchart.name
    const subValues = chartDefaultsAsText(subchart)?.value
    const subGlobal = member(subValues, 'global')
    const registry = parentRegistry ?? text(member(subGlobal, 'imageRegistry'))
    walk(subValues, { text: key, last: key }, { globalRegistry: registry, inheritedRegistry: text(member(parentGlobal, 'registry')) ?? text(member(subGlobal, 'registry')), defaultTag: defaultTagOf(subValues, subchart) }, add)
  }
  for (const key of IMAGE_ANNOTATIONS) {
    for (const reference of annotationImages(chart.annotations?.[key])) add(reference, `annotation: ${key}`)
  }
  return [...found].map(([image, sources]) => ({ image, sources }))
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

/**
 * Where the walk is: the dotted path (`controller.images[0]`) and its last step (`images[0]`). Kept
 * as text, not a list joined at every key: charts' values run to tens of thousands of keys.
 */
interface ValuesPath {
  readonly text: string
  readonly last: string | undefined
}

const TOP: ValuesPath = { text: '', last: undefined }

function walk(node: unknown, path: ValuesPath, settings: WalkSettings, add: Found): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => { walk(item, { text: `${path.text}[${String(index)}]`, last: `${path.last ?? ''}[${String(index)}]` }, settings, add) })
    return
  }
  if (!isRecord(node)) return
  const group = imageGroup(node, path.last, settings)
  if (group !== undefined) add(group, `values: ${path.text || '(top level)'}`)
  // A registry named beside nested images (`image: {baseRepo: registry.k8s.io, provisioner: {repository: /sig-storage/csi-provisioner}}`).
  const registry = text(node['registry']) ?? text(node['baseRepo'])
  const inner = registry === undefined || registry.includes('://') ? settings : { ...settings, inheritedRegistry: registry }
  const listsImages = path.last === 'images'
  for (const [key, value] of Object.entries(node)) {
    const image = text(value)
    const child: ValuesPath = { text: path.last === undefined ? key : `${path.text}.${key}`, last: key }
    if (image !== undefined && isImageKey(key)) add(withSiblingTag(image, node, settings), `values: ${child.text}`)
    // `images: {csiDriver: quay.io/org/csi-driver:v3}`: every pinned reference under a key named `images`.
    else if (image !== undefined && listsImages && looksPinned(image)) add(image, `values: ${child.text}`)
    else walk(value, child, inner, add)
  }
}

/** `image`, or a camelCase key ending in it (`sidecarImage`). */
function isImageKey(key: string): boolean {
  return key === 'image' || /[a-z0-9]Image$/.test(key)
}

/** A reference with a tag or digest and a registry or namespace: `quay.io/org/app:v1`, not `latest` or `info`. */
function looksPinned(reference: string): boolean {
  const normalized = normalizeImageReference(reference)
  return normalized !== undefined && reference.includes('/') && referenceIsPinned(normalized)
}

/**
 * A mapping that names one image by parts: `repository` (or `repo`, `imageRepo`, `imageRepository`)
 * with maybe `registry`, `tag`/`imageTag`, `digest`; or, under an `image` key, a bare `name` that
 * the templates put after a registry given elsewhere (`global.registry`).
 */
function imageGroup(node: Readonly<Record<string, unknown>>, key: string | undefined, settings: WalkSettings): string | undefined {
  const repository = text(node['repository']) ?? text(node['imageRepository']) ?? text(node['imageRepo']) ?? (key === 'image' ? text(node['repo']) : undefined)
  const name = key === 'image' && repository === undefined ? text(node['name']) : undefined
  if (name !== undefined && settings.inheritedRegistry !== undefined && !name.includes('/')) return withTagAndDigest(`${settings.inheritedRegistry}/${name}`, node, settings)
  if (repository === undefined || repository.includes('://')) return undefined
  if (repository.startsWith('/')) return settings.inheritedRegistry === undefined ? undefined : withTagAndDigest(`${settings.inheritedRegistry.replace(/\/+$/, '')}${repository}`, node, settings)
  const registry = settings.globalRegistry ?? text(node['registry'])
  const full = registry !== undefined && !repository.startsWith(`${registry}/`) ? `${registry}/${repository}` : repository
  return withTagAndDigest(full, node, settings)
}

function withTagAndDigest(repository: string, node: Readonly<Record<string, unknown>>, settings: WalkSettings): string {
  const tag = text(node['tag']) ?? text(node['imageTag']) ?? settings.defaultTag
  const digest = text(node['digest'])
  // A repository that already carries a tag (`repository: org/app:1.0`) keeps it.
  const pinned = referenceIsPinned(normalizeImageReference(repository) ?? '')
  return `${repository}${tag !== undefined && !pinned ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`
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
