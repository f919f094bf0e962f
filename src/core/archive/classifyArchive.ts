import type { ChartInfo } from '../chart/chartInfo'
import { inspectChart } from '../chart/inspectChart'
import { PACK_JSON } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { resolveArchiveLimits } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { locatePacks } from './locatePacks'
import { assemblePack, checkEntries } from './packFromEntries'
import type { PackEntry } from './packFromEntries'
import { PackReadError } from './packReadError'
import { detectArchiveFormat, folderNameOf, withArchiveOrigin } from './readPackArchive'
import { readTarGzEntries } from './readTarGz'
import { readZipEntries } from './readZip'

/** What an opened archive or folder holds: one or more packs, or a packaged Helm chart. */
export type OpenedSource =
  | {
    readonly kind: 'packs'
    /** At least one pack, in the order of their folders. */
    readonly packs: readonly Pack[]
    /** Files that belong to no pack (a README beside several packs, __MACOSX/ beside one). */
    readonly ignored: readonly string[]
  }
  | {
    readonly kind: 'helm-chart'
    readonly chart: ChartInfo
    /** The chart archive's file name and bytes, to add to a new pack as charts/<fileName>. */
    readonly fileName: string
    readonly bytes: Uint8Array
  }

/**
 * Reads a .zip, .tar.gz or .tgz and says what it is: a Helm chart (`helm package` output: Chart.yaml
 * in its one top folder and no pack.json) or the pack(s) it holds. Throws PackReadError (and nothing
 * else) for an archive that is neither, with the archive's name and the problem.
 */
export async function classifyArchive(bytes: Uint8Array, fileName: string, limits?: Partial<ArchiveLimits>): Promise<OpenedSource> {
  const resolved = resolveArchiveLimits(limits)
  if (bytes.length === 0) throw new PackReadError(fileName, 'is empty')
  const format = detectArchiveFormat(bytes)
  if (format === undefined) throw new PackReadError(fileName, 'is neither a .zip nor a .tar.gz archive')
  const entries = format === 'zip' ? await readZipEntries(bytes, fileName, resolved) : await readTarGzEntries(bytes, fileName, resolved)
  if (format === 'tar.gz' && looksLikeHelmChart(entries)) {
    const inspection = await inspectChart(bytes)
    if (!inspection.ok) throw new PackReadError(fileName, `looks like a Helm chart, but ${inspection.problem}`)
    return { kind: 'helm-chart', chart: inspection.chart, fileName: chartFileName(fileName, inspection.chart), bytes }
  }
  const opened = packsFromEntries(entries, folderNameOf(fileName), fileName)
  const [only, ...others] = opened.packs
  // Only an archive of one pack is meant to be pushed as it is, so only then is its name checked.
  if (only === undefined || others.length > 0) return opened
  const atRoot = entries.some((entry) => entry.path === PACK_JSON)
  return { ...opened, packs: [withArchiveOrigin(only, fileName, atRoot ? undefined : only.folderName)] }
}

/**
 * The pack(s) in a folder the user picked or dropped: `entries` are its files with paths relative to
 * the folder's parent (the browser's webkitRelativePath), checked with the archive readers' limits.
 */
export function classifyFolder(folderName: string, entries: Iterable<PackEntry>, limits?: Partial<ArchiveLimits>): OpenedSource {
  return packsFromEntries(checkEntries(folderName, entries, limits), folderName, folderName)
}

/** Whether checked entries are a Helm chart: Chart.yaml at the root or in the one top folder, and no pack.json. */
export function looksLikeHelmChart(entries: readonly PackEntry[]): boolean {
  if (entries.some((entry) => entry.path === PACK_JSON || entry.path.endsWith(`/${PACK_JSON}`))) return false
  if (entries.some((entry) => entry.path === 'Chart.yaml')) return true
  const tops = new Set(entries.map((entry) => entry.path.split('/')[0]))
  const [top] = tops
  return tops.size === 1 && entries.some((entry) => entry.path === `${top ?? ''}/Chart.yaml`)
}

function packsFromEntries(entries: readonly PackEntry[], defaultFolder: string, source: string): Extract<OpenedSource, { kind: 'packs' }> {
  if (entries.length === 0) throw new PackReadError(source, 'holds no files')
  const location = locatePacks(entries, defaultFolder)
  return { kind: 'packs', packs: location.packs.map((pack) => assemblePack(pack.folder, pack.entries, source)), ignored: location.ignored }
}

// The name Palette's charts list and `helm package` use: <name>-<version>.tgz; a renamed upload keeps its name.
function chartFileName(fileName: string, chart: ChartInfo): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  return /^[^/\\]+\.tgz$/i.test(base) && !base.startsWith('.') ? base : `${chart.name}-${chart.version}.tgz`
}
