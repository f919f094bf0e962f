import { isPlainObject } from '../data/isPlainObject'
import type { LintContext } from '../lint/types'
import { MANIFESTS_DIR } from '../pack/pack'

/** The file name without folders and without its last extension (`manifests/a/b.yaml` → `b`). */
export function fileBasename(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/** True for a `.yaml` or `.yml` path. */
function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path)
}

/** pack.json `layer`, when it is a string. */
export function packLayer(context: LintContext): string | undefined {
  const layer = context.packJsonObject?.layer
  return typeof layer === 'string' ? layer : undefined
}

/** The manifest files of the pack: pack.json `kubeManifests` entries plus YAML files under `manifests/`. */
export function manifestPaths(context: LintContext): string[] {
  const listed = context.packJsonObject?.kubeManifests
  const fromJson = Array.isArray(listed) ? listed.filter((entry): entry is string => typeof entry === 'string') : []
  const fromFiles = [...context.pack.files.keys()].filter((path) => path.startsWith(MANIFESTS_DIR) && isYamlPath(path))
  return [...new Set([...fromJson.map((path) => path.replace(/^\.\//, '')), ...fromFiles])]
}

/** The keys `manifests:` may use: the manifest basenames without extension. */
export function manifestNames(context: LintContext): Set<string> {
  return new Set(manifestPaths(context).map(fileBasename))
}

/**
 * The chart folder names inside the pack's .tgz files, or undefined when some archive could not
 * be read (then nobody can tell which keys are right; the archive problem is reported elsewhere).
 */
export function chartFolders(context: LintContext): Set<string> | undefined {
  const folders = new Set<string>()
  for (const inspection of context.charts.values()) {
    if (!inspection.ok) return undefined
    folders.add(inspection.chart.folder)
  }
  return folders
}

/** values.yaml as a plain object; undefined when it is missing, unparseable or not a mapping. */
export function valuesObject(context: LintContext): Readonly<Record<string, unknown>> | undefined {
  const value = context.values?.value
  return isPlainObject(value) ? value : undefined
}

/** The `pack:` section of values.yaml, when it is a mapping. */
export function packSection(context: LintContext): Readonly<Record<string, unknown>> | undefined {
  const pack = valuesObject(context)?.pack
  return isPlainObject(pack) ? pack : undefined
}

/**
 * Names a chart's release can be overridden by: chart folders, Chart.yaml names and the names of
 * their dependencies (sub-charts get their own releases). Undefined when an archive could not be read.
 */
export function chartReleaseNames(context: LintContext): Set<string> | undefined {
  const names = new Set<string>()
  for (const inspection of context.charts.values()) {
    if (!inspection.ok) return undefined
    names.add(inspection.chart.folder)
    names.add(inspection.chart.name)
    for (const dependency of inspection.chart.dependencies) names.add(dependency.name)
  }
  return names
}
