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
  const budget = new EntryBudget(folderName, resolveArchiveLimits(limits))
  const checked: PackEntry[] = []
  for (const entry of entries) {
    budget.countEntry()
    budget.addFile(entry.path, entry.bytes.length)
    const path = normalizeEntryPath(entry.path, folderName)
    if (path === '') throw new PackReadError(folderName, `entry ${quoteEntryName(entry.path)} has no file name`)
    checked.push({ path, bytes: entry.bytes })
  }
  return assemblePack(folderName, checked)
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
