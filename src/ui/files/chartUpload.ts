import { inspectChart } from '../../core/chart/inspectChart'
import type { ChartBump, Pack } from '../../core'
import { readFileBytes } from '../browser/readFileBytes'
import type { PackStore } from '../state/packStore'
import { addChart } from './packActions'

/** What happened to dropped or picked chart files, in words for a status line. */
export interface ChartUploadResult {
  readonly added: readonly string[]
  /** Charts whose file was already in the pack and now holds the uploaded bytes. */
  readonly replaced: readonly string[]
  readonly rejected: readonly string[]
  /** New versions of charts already in the pack (same folder, other file): offered as a replacement, not added. */
  readonly bumps: readonly ChartBump[]
}

/** The chart in the pack that a new chart would bump: same top folder, another file. */
async function bumpOf(pack: Pack, fileName: string, bytes: Uint8Array): Promise<ChartBump | undefined> {
  const inspection = await inspectChart(bytes)
  if (!inspection.ok) return undefined
  for (const [path, existing] of pack.files) {
    if (!path.startsWith('charts/') || !path.toLowerCase().endsWith('.tgz') || path === `charts/${fileName}`) continue
    const old = await inspectChart(existing)
    if (old.ok && old.chart.folder === inspection.chart.folder) return { oldPath: path, oldChart: old.chart, newFileName: fileName, newBytes: bytes, newChart: inspection.chart }
  }
  return undefined
}

/** A file name is usable as a chart archive name: `<something>.tgz`, no folders. */
export function isChartFileName(name: string): boolean {
  return /^[^/\\]+\.tgz$/i.test(name) && !name.startsWith('.')
}

/**
 * Adds the `.tgz` files among `files` to the pack under charts/ (pack.json's list follows) and
 * selects the last one. Other files are reported back, not added.
 */
export async function uploadCharts(store: PackStore, files: readonly File[]): Promise<ChartUploadResult> {
  const added: string[] = []
  const replaced: string[] = []
  const rejected: string[] = []
  const bumps: ChartBump[] = []
  for (const file of files) {
    if (!isChartFileName(file.name)) {
      rejected.push(file.name)
      continue
    }
    const bytes = await readFileBytes(file)
    const bump = await bumpOf(store.currentPack(), file.name, bytes)
    if (bump !== undefined) {
      bumps.push(bump)
      continue
    }
    const path = `charts/${file.name}`
    const existed = store.currentPack().files.has(path)
    store.updatePack((pack) => addChart(pack, file.name, bytes))
    ;(existed ? replaced : added).push(path)
  }
  const last = [...added, ...replaced].at(-1)
  if (last !== undefined) store.selectFile(last)
  return { added, replaced, rejected, bumps }
}

/** A status line for an upload result. */
export function describeChartUpload(result: ChartUploadResult): string {
  const parts: string[] = []
  if (result.added.length > 0) parts.push(`Added ${result.added.join(', ')}.`)
  if (result.replaced.length > 0) parts.push(`Replaced ${result.replaced.join(', ')} with the uploaded file (Undo brings the old one back).`)
  for (const bump of result.bumps) parts.push(`${bump.newFileName} is a new version of ${bump.oldPath}: review the replacement.`)
  if (result.rejected.length > 0) parts.push(`Not a chart archive (.tgz): ${result.rejected.join(', ')}.`)
  return parts.join(' ')
}
