import { DEFAULT_ARCHIVE_LIMITS } from '../archive/archiveLimits'
import type { PackEntry } from '../archive/packFromEntries'
import { PackReadError } from '../archive/packReadError'
import { readTarGzEntries } from '../archive/readTarGz'
import { decodeText } from '../text/encoding'
import { isHelmMap, parseHelmYaml } from './helmYaml'
import type { HelmMap, HelmValue } from './helmYaml'

/** A file of a chart, by its path inside the chart folder (`templates/deploy.yaml`). */
export interface ChartFile {
  readonly name: string
  readonly data: Uint8Array
}

/** A dependency as Chart.yaml (or requirements.yaml) declares it. */
export interface ChartRequirement {
  readonly name: string
  readonly version: string
  readonly alias?: string
  readonly condition?: string
  readonly tags: readonly string[]
  readonly importValues: readonly HelmValue[]
}

/** A chart loaded as Helm's loader sorts it: metadata, values, templates, other files, subcharts. */
export interface ChartTree {
  /** Chart.yaml `name`, or the alias its parent gives it. */
  readonly name: string
  readonly version: string
  readonly chartYaml: string
  readonly kubeVersion?: string
  /** Chart.yaml `type`: `application` (or empty) or `library`. */
  readonly type: string
  readonly requirements: readonly ChartRequirement[]
  /** The chart's values.yaml, decoded; {} when it has none. */
  readonly values: HelmMap
  readonly templates: readonly ChartFile[]
  /** Every other file (`.Files`), crds/ included. */
  readonly files: readonly ChartFile[]
  readonly dependencies: readonly ChartTree[]
  /** The top folder of the archive it came from, when it had one. */
  readonly archiveFolder?: string
}

/** Why a chart could not be loaded, in words for the pack author. */
export class ChartLoadError extends Error {}

/** A chart archive of the pack: its top folder (Palette's `charts.<folder>` key) and the chart. */
export interface PackChart {
  readonly folder: string
  readonly chart: ChartTree
}

/** Loads a chart archive of the pack, remembering its top folder. Throws ChartLoadError. */
export async function loadPackChart(bytes: Uint8Array, where: string): Promise<PackChart> {
  const chart = await loadChartArchive(bytes, where)
  return { folder: chart.archiveFolder ?? chart.name, chart }
}

/** Loads a packaged chart (.tgz) and its subcharts, as `helm template` would. Throws ChartLoadError. */
export async function loadChartArchive(bytes: Uint8Array, where: string): Promise<ChartTree> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new ChartLoadError(`${where}: the file is not gzip-compressed, so it is not a packaged Helm chart`)
  let entries: PackEntry[]
  try {
    entries = await readTarGzEntries(bytes, where, DEFAULT_ARCHIVE_LIMITS)
  } catch (error) {
    throw new ChartLoadError(error instanceof PackReadError ? `${where}: ${error.problem}` : `${where}: the chart archive cannot be read`)
  }
  // A chart tarred from inside its folder has no top folder; Helm reads it anyway.
  const flat = entries.some((entry) => entry.path === 'Chart.yaml')
  const files = flat ? entries.map((entry) => ({ name: entry.path, data: entry.bytes })) : withoutTopFolder(entries)
  const chart = await loadChartFiles(files, where)
  const top = entries[0]?.path.split('/')[0]
  return flat || top === undefined ? chart : { ...chart, archiveFolder: top }
}

function withoutTopFolder(entries: readonly PackEntry[]): ChartFile[] {
  return entries
    .filter((entry) => entry.path.includes('/'))
    .map((entry) => ({ name: entry.path.slice(entry.path.indexOf('/') + 1), data: entry.bytes }))
}

/** Helm's loader.LoadFiles: sorts a chart folder's files by role, loading subcharts on the way. */
export async function loadChartFiles(files: readonly ChartFile[], where: string): Promise<ChartTree> {
  const chartYamlFile = files.find((file) => file.name === 'Chart.yaml')
  if (chartYamlFile === undefined) throw new ChartLoadError(`${where}: Chart.yaml file is missing`)
  const chartYaml = decodeText(chartYamlFile.data)
  const metadata = readYamlMap(chartYaml, `${where}: Chart.yaml`)
  const templates: ChartFile[] = []
  const others: ChartFile[] = []
  const subchartFiles = new Map<string, ChartFile[]>()
  let values: HelmMap = {}
  let requirements = requirementsOf(metadata.dependencies)
  const apiVersion = typeof metadata.apiVersion === 'string' && metadata.apiVersion !== '' ? metadata.apiVersion : 'v1'
  for (const file of files) {
    if (file.name === 'Chart.yaml' || file.name === 'Chart.lock' || file.name === 'values.schema.json') continue
    if (file.name === 'values.yaml') values = readYamlMap(decodeText(file.data), `${where}: values.yaml`)
    else if (file.name === 'requirements.yaml') {
      requirements = requirementsOf(readYamlMap(decodeText(file.data), `${where}: requirements.yaml`).dependencies)
      if (apiVersion === 'v1') others.push(file)
    } else if (file.name === 'requirements.lock') {
      if (apiVersion === 'v1') others.push(file)
    } else if (file.name.startsWith('templates/')) templates.push(file)
    else if (file.name.startsWith('charts/') && !file.name.endsWith('.prov')) {
      const rest = file.name.slice('charts/'.length)
      const subchart = rest.split('/')[0] ?? rest
      subchartFiles.set(subchart, [...(subchartFiles.get(subchart) ?? []), { name: rest, data: file.data }])
    } else others.push(file)
  }
  const name = typeof metadata.name === 'string' ? metadata.name : ''
  if (name === '') throw new ChartLoadError(`${where}: Chart.yaml has no name`)
  const dependencies: ChartTree[] = []
  for (const [subchart, subFiles] of [...subchartFiles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Helm skips names starting with `_` or `.` under charts/.
    if (subchart.startsWith('_') || subchart.startsWith('.')) continue
    const inner = `${where} > charts/${subchart}`
    if (subchart.endsWith('.tgz')) {
      const archive = subFiles.find((file) => file.name === subchart)
      if (archive !== undefined) dependencies.push(await loadChartArchive(archive.data, inner))
    } else {
      const folderFiles = subFiles.filter((file) => file.name.includes('/')).map((file) => ({ name: file.name.slice(subchart.length + 1), data: file.data }))
      dependencies.push(await loadChartFiles(folderFiles, inner))
    }
  }
  const kubeVersion = typeof metadata.kubeVersion === 'string' && metadata.kubeVersion !== '' ? metadata.kubeVersion : undefined
  return {
    name,
    version: scalarString(metadata.version),
    chartYaml,
    ...(kubeVersion !== undefined ? { kubeVersion } : {}),
    type: typeof metadata.type === 'string' ? metadata.type : '',
    requirements,
    values,
    templates,
    files: others,
    dependencies,
  }
}

function readYamlMap(text: string, what: string): HelmMap {
  const parsed = parseHelmYaml(text)
  if (!parsed.ok) throw new ChartLoadError(`${what} is not valid YAML (line ${parsed.line}: ${parsed.message})`)
  if (parsed.value === null) return {}
  if (!isHelmMap(parsed.value)) throw new ChartLoadError(`${what} does not hold a mapping`)
  return parsed.value
}

function scalarString(value: HelmValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

function requirementsOf(value: HelmValue | undefined): ChartRequirement[] {
  if (!Array.isArray(value)) return []
  return value.filter(isHelmMap).map((entry) => {
    const alias = typeof entry.alias === 'string' && entry.alias !== '' ? entry.alias : undefined
    const condition = typeof entry.condition === 'string' ? entry.condition : undefined
    return {
      name: scalarString(entry.name),
      version: scalarString(entry.version),
      ...(alias !== undefined ? { alias } : {}),
      ...(condition !== undefined ? { condition } : {}),
      tags: Array.isArray(entry.tags) ? entry.tags.filter((tag): tag is string => typeof tag === 'string') : [],
      importValues: Array.isArray(entry['import-values']) ? entry['import-values'] : [],
    }
  })
}
