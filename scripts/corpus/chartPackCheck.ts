// The "new pack from a chart" check on real packs: rebuild each chart pack from its own chart
// archives and compare with what the real pack declares.
import { parse } from 'yaml'
import { chartPack, findChartImages, findRenderedChartImages, inspectChart, listedCoversImage, normalizeImageReference, readTextFile } from '../../src/core'
import type { ChartForPack, Pack } from '../../src/core'
import type { RenderEngine } from '../../src/core/render/engineApi'

/** What one chart pack gave. */
export interface ChartPackCheck {
  /** Problems: a chart whose values did not come through byte for byte, or a chart that cannot be read. */
  readonly problems: readonly string[]
  /** Images the real pack lists in `pack.content.images` (normalized, de-duplicated). */
  readonly declared: number
  /** How many of those the charts name (values and image annotations: what "new pack from a chart" lists). */
  readonly found: number
  /** How many of those the charts name or run when rendered with their defaults (with an engine). */
  readonly foundWithRendering?: number
  /** Images the charts name in total. */
  readonly named: number
}

/** The lines under `  <folder>:` with the 4-space nesting taken off: the chart's values as written back. */
export function chartBlock(values: string, key: string): string | undefined {
  const lines = values.split('\n')
  const start = lines.indexOf(`  ${key}:`)
  if (start < 0) return undefined
  const body: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line !== '' && !line.startsWith('    ')) break
    body.push(line.slice(4))
  }
  return body.join('\n')
}

/** The chart's values as the builder promises to keep them: BOM, a leading `---`, CR and trailing blanks aside. */
function comparable(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/^---[^\n]*\n/, '').replace(/\r\n/g, '\n').split('\n').map((line) => (line.trim() === '' ? '' : line)).join('\n').trimEnd()
}

function declaredImages(pack: Pack): Set<string> {
  let values: unknown
  try {
    values = parse(readTextFile(pack, 'values.yaml') ?? '')
  } catch {
    return new Set()
  }
  const images = (values as { pack?: { content?: { images?: unknown } } } | null)?.pack?.content?.images
  if (!Array.isArray(images)) return new Set()
  return new Set(images.map((entry: unknown) => {
    const image = typeof entry === 'object' && entry !== null ? (entry as { image?: unknown }).image : undefined
    return typeof image === 'string' ? normalizeImageReference(image) : undefined
  }).filter((image): image is string => image !== undefined))
}

/** Rebuilds a chart pack from its charts; undefined for a pack without charts. */
export async function checkChartPack(pack: Pack, engine?: RenderEngine): Promise<ChartPackCheck | undefined> {
  const chartPaths = [...pack.files.keys()].filter((path) => path.toLowerCase().endsWith('.tgz')).sort()
  if (chartPaths.length === 0) return undefined
  const charts: ChartForPack[] = []
  const problems: string[] = []
  for (const path of chartPaths) {
    const bytes = pack.files.get(path) ?? new Uint8Array()
    const inspection = await inspectChart(bytes)
    if (inspection.ok) charts.push({ fileName: path.slice('charts/'.length).replace(/\//g, '-'), bytes, chart: inspection.chart })
    else problems.push(`${path}: ${inspection.problem}`)
  }
  const found = new Set(charts.flatMap((entry) => findChartImages(entry.chart).map((image) => image.image)))
  // The same folder twice is an error of its own (files/duplicate-chart-folder); rebuild with the first.
  const unique = charts.filter((entry, index) => charts.findIndex((other) => other.chart.folder === entry.chart.folder) === index)
  const { pack: rebuilt, notes } = chartPack(unique, { version: '1.0.0', addonType: 'app services', images: [...found] })
  problems.push(...notes)
  const values = readTextFile(rebuilt, 'values.yaml') ?? ''
  for (const { chart } of unique) {
    const expected = comparable(chart.valuesYaml ?? '')
    const key = /^[A-Za-z0-9_.-]+$/.test(chart.folder) ? chart.folder : JSON.stringify(chart.folder)
    const block = chartBlock(values, key)
    if (expected === '' || /^\s*(#.*)?$/.test(expected.replace(/\n/g, ' ').replace(/#[^\n]*/g, ''))) continue
    if (block === undefined || !`${block}\n`.startsWith(`${expected}\n`)) problems.push(`charts.${chart.folder} is not the chart's values.yaml byte for byte`)
  }
  const declared = declaredImages(pack)
  const covered = (images: ReadonlySet<string>) => [...declared].filter((image) => [...images].some((named) => listedCoversImage(image, named))).length
  const rendered = engine === undefined ? undefined : new Set([...found, ...(await findRenderedChartImages(rebuilt, engine)).map((image) => image.image)])
  return { problems, declared: declared.size, found: covered(found), ...(rendered !== undefined ? { foundWithRendering: covered(rendered) } : {}), named: found.size }
}
