import { createPack } from '../pack/pack'
import type { Pack } from '../pack/pack'
import { resolveArchiveLimits } from './archiveLimits'
import type { ArchiveLimits } from './archiveLimits'
import { EntryBudget } from './entryBudget'
import { normalizeEntryPath, quoteEntryName } from './entryPath'
import { PackReadError } from './packReadError'

/** One file read from an archive or a folder: its path inside the pack and its exact bytes. */
export interface PackEntry {
  readonly path: string
  readonly bytes: Uint8Array
}

/**
 * Builds a pack from files read elsewhere (the CLI reads a folder with it), with the same path and
 * size checks as the archive readers. Throws PackReadError naming `folderName` on a bad entry.
 */
export function packFromEntries(folderName: string, entries: Iterable<PackEntry>, limits?: Partial<ArchiveLimits>): Pack {
  return assemblePack(folderName, checkEntries(folderName, entries, limits))
}

/**
 * Applies the archive readers' limits and path checks to files read elsewhere (a folder) and returns
 * them with normalized paths. Throws PackReadError naming `sourceName` on a bad entry.
 */
export function checkEntries(sourceName: string, entries: Iterable<PackEntry>, limits?: Partial<ArchiveLimits>): PackEntry[] {
  const list = [...entries]
  checkListing(sourceName, list.map((entry) => ({ path: entry.path, size: entry.bytes.length })), limits)
  return list.map((entry) => ({ path: normalizeEntryPath(entry.path, sourceName), bytes: entry.bytes }))
}

/**
 * The same checks on a listing (paths and sizes) before any byte is read, so a folder of 100 000
 * files or a 10 GiB file is refused without reading it into memory.
 */
export function checkListing(sourceName: string, listing: Iterable<{ readonly path: string; readonly size: number }>, limits?: Partial<ArchiveLimits>): void {
  const budget = new EntryBudget(sourceName, resolveArchiveLimits(limits))
  for (const { path, size } of listing) {
    budget.countEntry()
    budget.addFile(path, size)
    if (normalizeEntryPath(path, sourceName) === '') throw new PackReadError(sourceName, `entry ${quoteEntryName(path)} has no file name`)
  }
}

/**
 * Sorts checked entries into a pack; `source` is the archive or folder named in errors. Refuses an empty pack, a path given twice, and a path that is
 * both a file and a folder, since neither could be written back faithfully.
 */
export function assemblePack(folderName: string, entries: readonly PackEntry[], source = folderName): Pack {
  if (entries.length === 0) throw new PackReadError(source, 'holds no files')
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const paths = new Set<string>()
  for (const { path } of sorted) {
    if (paths.has(path)) throw new PackReadError(source, `holds ${quoteEntryName(path)} more than once`)
    paths.add(path)
  }
  for (const path of paths) {
    const segments = path.split('/')
    for (let depth = 1; depth < segments.length; depth++) {
      const folder = segments.slice(0, depth).join('/')
      if (paths.has(folder)) throw new PackReadError(source, `holds ${quoteEntryName(folder)} both as a file and as a folder`)
    }
  }
  return createPack(folderName, sorted.map(({ path, bytes }) => [path, bytes] as const))
}

/**
 * When every file sits under one top folder, returns that folder and the paths inside it;
 * otherwise undefined. An archive made with `tar -czf x.tar.gz <folder>` has one.
 */
export function stripTopFolder(entries: readonly PackEntry[]): { folder: string; entries: PackEntry[] } | undefined {
  const first = entries[0]
  if (first === undefined) return undefined
  const folder = first.path.split('/')[0] ?? ''
  const prefix = `${folder}/`
  if (!entries.every((entry) => entry.path.startsWith(prefix))) return undefined
  return { folder, entries: entries.map((entry) => ({ path: entry.path.slice(prefix.length), bytes: entry.bytes })) }
}
