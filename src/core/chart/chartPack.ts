import { parse } from 'yaml'
import { createPack, PACK_JSON, README_MD, VALUES_YAML } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { encodeText } from '../text/encoding'
import { setChartDefaultValues, ValuesEditError } from '../values/valuesEdit'
import type { ChartInfo } from './chartInfo'

/** One chart archive the user dropped, read by `inspectChart`. */
export interface ChartForPack {
  /** The .tgz file name; the pack keeps it under charts/. */
  readonly fileName: string
  readonly bytes: Uint8Array
  readonly chart: ChartInfo
}

/** What the user chose in the review dialog. */
export interface ChartPackChoices {
  readonly version: string
  readonly addonType: string
  /** The ticked images, normalized references. */
  readonly images: readonly string[]
}

/** The version choices a chart offers: the app's version first (the docs recommend it), then the chart's. */
export function chartVersionChoices(chart: ChartInfo): { readonly label: string; readonly version: string }[] {
  const choices = [
    ...(chart.appVersion !== undefined ? [{ label: 'the app version (appVersion)', version: stripV(chart.appVersion) }] : []),
    { label: 'the chart version', version: stripV(chart.version) },
  ]
  return choices.filter((choice, index) => choices.findIndex((other) => other.version === choice.version) === index)
}

function stripV(version: string): string {
  return version.trim().replace(/^v(?=\d)/i, '')
}

/** A valid namespace from a chart name: lower case, `[a-z0-9-]`, at most 63 characters. */
export function namespaceFromName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 63).replace(/^-+|-+$/g, '')
  return cleaned === '' ? 'default' : cleaned
}

/** "kube-prometheus-stack" -> "Kube Prometheus Stack". */
export function titleCase(name: string): string {
  return name.split(/[-_.\s]+/).filter((word) => word !== '').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
}

const DISPLAY_NAME_ANNOTATIONS = ['artifacthub.io/displayName', 'catalog.cattle.io/display-name'] as const

/** The display name: the chart's own (Artifact Hub or Rancher annotation), else its name in title case. */
export function chartDisplayName(chart: ChartInfo): string {
  for (const key of DISPLAY_NAME_ANNOTATIONS) {
    const value = chart.annotations?.[key]?.trim()
    if (value !== undefined && value !== '') return value
  }
  return titleCase(chart.name)
}

function packJsonText(charts: readonly ChartForPack[], choices: ChartPackChoices): string {
  const [first] = charts
  // Chart names allow capitals and underscores; pack names are OCI repository names.
  const name = (first?.chart.name ?? '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'my-chart'
  const packJson = {
    name,
    displayName: first !== undefined ? chartDisplayName(first.chart) : titleCase(name),
    version: choices.version,
    layer: 'addon',
    addonType: choices.addonType,
    cloudTypes: ['all'],
    charts: charts.map((entry) => `charts/${entry.fileName}`),
    annotations: { source: 'community' },
  }
  return `${JSON.stringify(packJson, null, 2)}\n`
}

/** Subchart defaults to append under the parent's values, for keys the parent's values leave unset. */
function subchartBlocks(chart: ChartInfo): string {
  let parent: unknown
  try {
    parent = parse(chart.valuesYaml ?? '') as unknown
  } catch {
    return ''
  }
  const parentKeys = typeof parent === 'object' && parent !== null ? Object.keys(parent) : []
  return (chart.subcharts ?? []).map((subchart) => {
    const key = chart.dependencies.find((dependency) => dependency.name === subchart.name)?.alias ?? subchart.name
    const body = subchart.valuesYaml.replace(/^\uFEFF/, '').replace(/^---[^\n]*\n/, '').replace(/\r\n/g, '\n').trimEnd()
    if (parentKeys.includes(key) || body === '' || !/^\s*[^#\s]/m.test(body)) return ''
    const indented = body.split('\n').map((line) => (line.trim() === '' ? '' : `  ${line}`)).join('\n')
    return `\n# Defaults of the subchart ${subchart.name}: Helm merges them under \`${key}\`.\n${key}:\n${indented}\n`
  }).join('')
}

function valuesText(charts: readonly ChartForPack[], choices: ChartPackChoices, namespace: string, notes: string[]): string {
  const images = choices.images.length === 0
    ? ['    # List every image the charts pull, one `- image: <reference>` each.', '    images: []']
    : ['    images:', ...choices.images.map((image) => `      - image: ${JSON.stringify(image)}`)]
  let text = [
    `# Values of the ${charts[0]?.chart.name ?? ''} pack. Users can override them in their cluster profile.`,
    '',
    'pack:',
    '  # Namespace Palette installs the pack into; it is created when missing.',
    `  namespace: ${JSON.stringify(namespace)}`,
    '  # Every image the pack pulls, so Palette can show and mirror them.',
    '  content:',
    ...images,
    '',
    "# Each chart's values go under charts.<folder inside its .tgz>; they start as the chart's own defaults.",
    'charts: {}',
    '',
  ].join('\n')
  for (const { chart } of charts) {
    const own = chart.valuesYaml ?? ''
    const withSubcharts = own.trimEnd() === '' ? subchartBlocks(chart).replace(/^\n/, '') : `${own.replace(/\s+$/, '')}\n${subchartBlocks(chart)}`
    try {
      text = setChartDefaultValues(text, chart.folder, withSubcharts)
    } catch (error) {
      if (!(error instanceof ValuesEditError)) throw error
      notes.push(`The default values of ${chart.name} were not copied (${error.message}); charts.${chart.folder} starts empty.`)
      text = setChartDefaultValues(text, chart.folder, '')
    }
  }
  return text
}

function readmeText(charts: readonly ChartForPack[]): string {
  const [first] = charts
  if (first?.chart.readme !== undefined) return first.chart.readme
  const chart = first?.chart
  const links = [chart?.home, ...(chart?.sources ?? [])].filter((link, index, all): link is string => link !== undefined && all.indexOf(link) === index)
  return [
    `# ${chart !== undefined ? chartDisplayName(chart) : 'My chart pack'}`,
    '',
    `This pack installs the Helm chart${charts.length > 1 ? 's' : ''} ${charts.map((entry) => `\`${entry.chart.name}\` ${entry.chart.version}`).join(', ')}.`,
    ...(chart?.description !== undefined ? ['', chart.description] : []),
    ...(links.length > 0 ? ['', '## Source', '', ...links.map((link) => `- ${link}`)] : []),
    '',
    '## Usage',
    '',
    'Add the pack to a cluster profile in Palette and review its values under `charts`.',
    '',
  ].join('\n')
}

/**
 * A new add-on pack made from chart archives: pack.json from the first chart, values.yaml with
 * `pack.namespace`, the chosen images and each chart's own defaults under `charts.<folder>`, the
 * chart archives, and README.md (the chart's own, or a starter). No logo: the user adds or generates one.
 */
export function chartPack(charts: readonly ChartForPack[], choices: ChartPackChoices): ChartPackResult {
  const namespace = namespaceFromName(charts[0]?.chart.name ?? 'my-chart')
  const notes: string[] = []
  const files: [string, Uint8Array][] = [
    [PACK_JSON, encodeText(packJsonText(charts, choices))],
    [VALUES_YAML, encodeText(valuesText(charts, choices, namespace, notes))],
    ...charts.map((entry) => [`charts/${entry.fileName}`, entry.bytes] as [string, Uint8Array]),
    [README_MD, encodeText(readmeText(charts))],
  ]
  return { pack: createPack('', files), notes }
}

/** The new pack, with a sentence for each chart whose defaults could not be copied. */
export interface ChartPackResult {
  readonly pack: Pack
  readonly notes: readonly string[]
}
