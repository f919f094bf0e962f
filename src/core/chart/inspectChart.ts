import { DEFAULT_ARCHIVE_LIMITS } from '../archive/archiveLimits'
import type { FastGunzip } from '../archive/gunzipCapped'
import type { PackEntry } from '../archive/packFromEntries'
import { PackReadError } from '../archive/packReadError'
import { readTarGzEntries } from '../archive/readTarGz'
import { parseYamlView } from '../pack/yamlView'
import { decodeText } from '../text/encoding'
import { findJsonTooDeep, locateTooDeep } from '../text/nestingDepth'
import type { TooDeep } from '../text/nestingDepth'
import { findYamlTooDeep } from '../text/yamlNestingDepth'
import type { ChartDependency, ChartInfo, ChartInspection, Subchart, SubchartSchema } from './chartInfo'

/** How to read a chart; the host may lend a faster gunzip (the CLI: Node's zlib). */
export interface InspectChartOptions {
  readonly gunzip?: FastGunzip
}

/**
 * Reads a packaged Helm chart (.tgz) in memory: its single top folder, Chart.yaml and values.yaml.
 * Never throws: anything unreadable becomes `{ ok: false, problem }` with a sentence for the user.
 */
export async function inspectChart(bytes: Uint8Array, options: InspectChartOptions = {}): Promise<ChartInspection> {
  const reading = await readChartArchive(bytes, options)
  return reading.ok ? reading : failed(reading.problem)
}

/**
 * A chart that cannot be read. `tooDeep` marks a values file nested past the cap: every reader of
 * chart values (typed defaults, image scan, schema, editors) recurses per level, so a subchart's
 * such file fails the chart that ships it too, instead of being skipped like other unreadable subcharts.
 */
type ChartFailure = { readonly ok: false; readonly problem: string; readonly tooDeep?: true }
type ChartReading = { readonly ok: true; readonly chart: ChartInfo } | ChartFailure

async function readChartArchive(bytes: Uint8Array, options: InspectChartOptions): Promise<ChartReading> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return failed('the file is not gzip-compressed, so it is not a packaged Helm chart')
  let entries: PackEntry[]
  try {
    // Views into the tar: nothing of an inspection keeps bytes (texts are decoded, subcharts inspected in turn).
    entries = await readTarGzEntries(bytes, 'chart', DEFAULT_ARCHIVE_LIMITS, options.gunzip, true)
  } catch (error) {
    return failed(`the chart archive ${error instanceof PackReadError ? error.problem : 'cannot be read'}`)
  }
  try {
    const inspection = readChart(entries)
    if (!inspection.ok) return inspection
    const subcharts = await readSubcharts(entries, inspection.chart, options)
    if (!Array.isArray(subcharts)) return subcharts
    return subcharts.length === 0 ? inspection : { ok: true, chart: { ...inspection.chart, subcharts } }
  } catch {
    return failed('the chart archive cannot be read')
  }
}

function readChart(entries: readonly PackEntry[]): ChartReading {
  if (entries.length === 0) return failed('the chart archive holds no files')
  // A chart tarred from inside its folder (`./Chart.yaml`) has no top folder; Helm reads it anyway,
  // and real packs (consul-k8s-1.3.0, trident-operator-23.07.1) ship such charts keyed by the chart name.
  const flat = entries.some((entry) => entry.path === 'Chart.yaml')
  const folders = flat ? [''] : [...new Set(entries.map((entry) => (entry.path.includes('/') ? (entry.path.split('/')[0] ?? '') : '')))]
  if (folders.includes('') && !flat) return failed('the chart archive has files outside a top folder and no Chart.yaml at its root; helm package puts everything in one folder named after the chart')
  const [top] = folders
  if (top === undefined || folders.length > 1) return failed(`the chart archive has several top folders (${folders.join(', ')}); a packaged chart has exactly one`)
  const prefix = flat ? '' : `${top}/`
  const where = flat ? 'at the root of the chart archive' : `in '${top}'`
  const chartYamlBytes = entries.find((entry) => entry.path === `${prefix}Chart.yaml`)?.bytes
  if (chartYamlBytes === undefined) return failed(`the chart archive has no Chart.yaml in its top folder '${top}'`)
  // The pack's own YAML view: depth and alias caps included, so a hostile Chart.yaml is a problem, not a throw.
  const view = parseYamlView(chartYamlBytes)
  const firstError = view.errors[0]
  if (firstError !== undefined) return failed(`Chart.yaml ${where} is not valid YAML (${firstError.message})`)
  const chart: unknown = view.value
  const name = scalarText(member(chart, 'name'))
  const version = scalarText(member(chart, 'version'))
  if (name === undefined) return failed(`Chart.yaml ${where} has no name`)
  if (version === undefined) return failed(`Chart.yaml ${where} has no version`)
  const folder = flat ? name : top
  const valuesBytes = entries.find((entry) => entry.path === `${prefix}values.yaml`)?.bytes
  const schemaBytes = entries.find((entry) => entry.path === `${prefix}values.schema.json`)?.bytes
  const valuesYaml = valuesBytes === undefined ? undefined : decodeText(valuesBytes)
  const valuesSchemaJson = schemaBytes === undefined ? undefined : decodeText(schemaBytes)
  const subchartSchemas = subchartSchemasOf(entries, prefix)
  const tooDeep = firstTooDeep(where, [
    { file: 'values.yaml', text: valuesYaml, find: findYamlTooDeep },
    { file: 'values.schema.json', text: valuesSchemaJson, find: findJsonTooDeep },
    ...(subchartSchemas.subchartSchemas ?? []).flatMap((schema) => [
      { file: `charts/${schema.folder}/values.yaml`, text: schema.valuesYaml, find: findYamlTooDeep },
      { file: `charts/${schema.folder}/values.schema.json`, text: schema.valuesSchemaJson, find: findJsonTooDeep },
    ]),
  ])
  if (tooDeep !== undefined) return tooDeep
  const appVersion = scalarText(member(chart, 'appVersion'))
  const description = scalarText(member(chart, 'description'))
  const home = scalarText(member(chart, 'home'))
  const keywords = textList(member(chart, 'keywords'))
  const sources = textList(member(chart, 'sources'))
  const annotations = textMap(member(chart, 'annotations'))
  const readmeBytes = entries.find((entry) => entry.path.toLowerCase() === `${prefix}readme.md`)?.bytes
  // Three scans read the templates: each is decoded once.
  const templates = entries.filter((entry) => entry.path.startsWith(`${prefix}templates/`)).map((entry) => decodeText(entry.bytes))
  const info: ChartInfo = {
    folder,
    name,
    version,
    ...(appVersion !== undefined ? { appVersion } : {}),
    ...(description !== undefined ? { description } : {}),
    dependencies: readDependencies(member(chart, 'dependencies')),
    ...(valuesYaml !== undefined ? { valuesYaml } : {}),
    ...(valuesSchemaJson !== undefined ? { valuesSchemaJson } : {}),
    ...subchartSchemas,
    ...(keywords.length > 0 ? { keywords } : {}),
    ...(annotations !== undefined ? { annotations } : {}),
    ...(home !== undefined ? { home } : {}),
    ...(sources.length > 0 ? { sources } : {}),
    ...(readmeBytes !== undefined ? { readme: decodeText(readmeBytes) } : {}),
    ...(templates.some((text) => text.includes('.Chart.AppVersion')) ? { templatesUseAppVersion: true } : {}),
    ...(templates.some((text) => V_PREFIXED_APP_VERSION.test(text)) ? { appVersionTagPrefix: 'v' } : {}),
  }
  const valueKeys = templateValueKeys(templates)
  if (valueKeys.length > 0) return { ok: true, chart: { ...info, templateValueKeys: valueKeys } }
  return { ok: true, chart: info }
}

interface ValuesFile {
  readonly file: string
  readonly text: string | undefined
  readonly find: (text: string) => TooDeep | undefined
}

/** The first values file nested deeper than the cap, as a failure naming the file and its line. */
function firstTooDeep(where: string, files: readonly ValuesFile[]): ChartFailure | undefined {
  for (const { file, text, find } of files) {
    const tooDeep = text === undefined ? undefined : find(text)
    if (tooDeep === undefined || text === undefined) continue
    const { line, message } = locateTooDeep(text, tooDeep)
    return { ok: false, tooDeep: true, problem: `${file} ${where} cannot be read at line ${String(line)} (${message})` }
  }
  return undefined
}

function subchartSchemasOf(entries: readonly PackEntry[], prefix: string): { subchartSchemas?: SubchartSchema[] } {
  const schemas: SubchartSchema[] = []
  for (const entry of entries) {
    const folder = entry.path.startsWith(`${prefix}charts/`) ? /^([^/]+)\/values\.schema\.json$/.exec(entry.path.slice(prefix.length + 'charts/'.length))?.[1] : undefined
    if (folder === undefined) continue
    const values = entries.find((candidate) => candidate.path === `${prefix}charts/${folder}/values.yaml`)?.bytes
    schemas.push({ folder, valuesSchemaJson: decodeText(entry.bytes), ...(values !== undefined ? { valuesYaml: decodeText(values) } : {}) })
  }
  return schemas.length > 0 ? { subchartSchemas: schemas } : {}
}

function templateValueKeys(templates: readonly string[]): string[] {
  const keys = new Set<string>()
  for (const text of templates) {
    for (const match of text.matchAll(/\.Values\.([A-Za-z_][A-Za-z0-9_]*)/g)) keys.add(match[1] ?? '')
  }
  return [...keys].sort()
}

// `printf "v%s" .Chart.AppVersion`, `print "v" .Chart.AppVersion`, `:v{{ .Chart.AppVersion }}`: the image
// tag is the appVersion with a `v` in front (crossplane's appVersion is 1.16.0, its image tag v1.16.0).
const V_PREFIXED_APP_VERSION = /printf\s+"v%[sv]"\s+\.Chart\.AppVersion|print\s+"v"\s+\.Chart\.AppVersion|:v\{\{-?\s*\.Chart\.AppVersion/

/**
 * The subcharts a chart ships, unpacked (`charts/<sub>/`) or packaged (`charts/<sub>.tgz`), one level
 * deep: their defaults are what Helm merges under the subchart's key, so the pack can show them.
 */
async function readSubcharts(entries: readonly PackEntry[], chart: ChartInfo, options: InspectChartOptions): Promise<Subchart[] | ChartFailure> {
  const chartsPrefix = entries.some((entry) => entry.path === 'Chart.yaml') ? 'charts/' : `${chart.folder}/charts/`
  const where = `in '${chart.folder}'`
  const subcharts: Subchart[] = []
  const unpacked = new Set(entries.filter((entry) => entry.path.startsWith(chartsPrefix)).map((entry) => entry.path.slice(chartsPrefix.length).split('/')))
  for (const parts of unpacked) {
    const [first, second] = parts
    if (first === undefined) continue
    if (parts.length === 1 && first.toLowerCase().endsWith('.tgz')) {
      const bytes = entries.find((entry) => entry.path === `${chartsPrefix}${first}`)?.bytes
      const nested = bytes === undefined ? undefined : await readChartArchive(bytes, options)
      if (nested?.ok === false && nested.tooDeep === true) return { ...nested, problem: `the subchart charts/${first} ${where}: ${nested.problem}` }
      if (nested?.ok === true && nested.chart.valuesYaml !== undefined) subcharts.push(subchartOf(nested.chart, nested.chart.valuesYaml))
    } else if (parts.length === 2 && second === 'Chart.yaml') {
      const sub = readChart(entries.filter((entry) => entry.path.startsWith(`${chartsPrefix}${first}/`)).map((entry) => ({ ...entry, path: entry.path.slice(chartsPrefix.length) })))
      if (!sub.ok && sub.tooDeep === true) return { ...sub, problem: `the subchart charts/${first}/ ${where}: ${sub.problem}` }
      if (sub.ok && sub.chart.valuesYaml !== undefined) subcharts.push(subchartOf(sub.chart, sub.chart.valuesYaml))
    }
  }
  return subcharts
}

function subchartOf({ name, appVersion, templatesUseAppVersion, appVersionTagPrefix }: ChartInfo, valuesYaml: string): Subchart {
  return {
    name,
    valuesYaml,
    ...(appVersion !== undefined ? { appVersion } : {}),
    ...(templatesUseAppVersion === true ? { templatesUseAppVersion } : {}),
    ...(appVersionTagPrefix !== undefined ? { appVersionTagPrefix } : {}),
  }
}

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(scalarText).filter((item): item is string => item !== undefined) : []
}

function textMap(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return entries.length === 0 ? undefined : Object.fromEntries(entries)
}

function readDependencies(value: unknown): ChartDependency[] {
  if (!Array.isArray(value)) return []
  const dependencies: ChartDependency[] = []
  for (const item of value) {
    const name = scalarText(member(item, 'name'))
    const version = scalarText(member(item, 'version'))
    const repository = scalarText(member(item, 'repository'))
    const alias = scalarText(member(item, 'alias'))
    const condition = scalarText(member(item, 'condition'))
    if (name === undefined) continue
    dependencies.push({
      name,
      version: version ?? '',
      ...(repository !== undefined ? { repository } : {}),
      ...(alias !== undefined ? { alias } : {}),
      ...(condition !== undefined ? { condition } : {}),
    })
  }
  return dependencies
}

function member(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  return Reflect.get(value, key)
}

/** A non-empty string, or a number written without quotes (`version: 1.0` parses as a number). */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

function failed(problem: string): ChartFailure {
  return { ok: false, problem }
}
