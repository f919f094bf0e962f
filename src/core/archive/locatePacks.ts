import { isOsJunkPath } from '../pack/osJunk'
import { PACK_JSON } from '../pack/pack'
import type { PackEntry } from './packFromEntries'

/** One pack found among the entries of an archive or a folder: its folder name and its files. */
export interface LocatedPack {
  readonly folder: string
  readonly entries: PackEntry[]
}

/** Where the packs are among a source's entries, and the files that belong to none of them. */
export interface PackLocation {
  readonly packs: LocatedPack[]
  /** Paths outside every pack folder (a README beside several packs, __MACOSX/ beside the pack). */
  readonly ignored: string[]
}

// How many wrapping folders (a repository checkout, a "packs" folder) are looked through for packs.
const MAX_WRAPPING_FOLDERS = 3

/**
 * Finds the packs in a source's files. A pack is a folder with pack.json at its root. The source is
 * one pack when pack.json is at its root or it has one top folder (stripped, as
 * `tar -czf x.tar.gz <folder>` makes); several when several top folders each hold a pack.json.
 * OS metadata junk at the top (a macOS zip's __MACOSX/) does not count as a second folder.
 */
export function locatePacks(entries: readonly PackEntry[], sourceName: string): PackLocation {
  return locateUnder(entries, sourceName, 0)
}

function locateUnder(entries: readonly PackEntry[], name: string, depth: number): PackLocation {
  if (entries.some((entry) => entry.path === PACK_JSON)) return { packs: [{ folder: name, entries: [...entries] }], ignored: [] }
  const byTop = groupByTopFolder(entries.filter((entry) => !isJunkAtTop(entry.path)))
  const junkAtTop = entries.filter((entry) => isJunkAtTop(entry.path)).map((entry) => entry.path)
  const packFolders = [...byTop.keys()].filter((top) => top !== '' && byTop.get(top)?.some((entry) => entry.path === PACK_JSON))
  if (packFolders.length >= 2) {
    const ignored = [...byTop.entries()].filter(([top]) => !packFolders.includes(top)).flatMap(([top, inside]) => inside.map((entry) => joinPath(top, entry.path)))
    return { packs: packFolders.map((folder) => ({ folder, entries: byTop.get(folder) ?? [] })), ignored: [...ignored, ...junkAtTop] }
  }
  const [onlyTop, ...others] = byTop.keys()
  if (onlyTop !== undefined && onlyTop !== '' && others.length === 0) {
    const inside = byTop.get(onlyTop) ?? []
    const goDeeper = depth < MAX_WRAPPING_FOLDERS && !inside.some((entry) => entry.path === PACK_JSON) && inside.some((entry) => entry.path.endsWith(`/${PACK_JSON}`))
    const located = goDeeper ? locateUnder(inside, onlyTop, depth + 1) : { packs: [{ folder: onlyTop, entries: inside }], ignored: [] }
    return { packs: located.packs, ignored: [...located.ignored.map((path) => joinPath(onlyTop, path)), ...junkAtTop] }
  }
  // No pack layout to recognise: the whole source is one pack, and the linter says what is missing.
  return { packs: [{ folder: name, entries: [...entries] }], ignored: [] }
}

/** Entries by their first path segment, with that segment removed; files at the root go under ''. */
function groupByTopFolder(entries: readonly PackEntry[]): Map<string, PackEntry[]> {
  const groups = new Map<string, PackEntry[]>()
  for (const entry of entries) {
    const slash = entry.path.indexOf('/')
    const top = slash === -1 ? '' : entry.path.slice(0, slash)
    const inside = slash === -1 ? entry : { path: entry.path.slice(slash + 1), bytes: entry.bytes }
    const group = groups.get(top)
    if (group) group.push(inside)
    else groups.set(top, [inside])
  }
  return groups
}

function isJunkAtTop(path: string): boolean {
  const top = path.split('/')[0] ?? ''
  return isOsJunkPath(top) || (!path.includes('/') && isOsJunkPath(path))
}

function joinPath(folder: string, path: string): string {
  return folder === '' ? path : `${folder}/${path}`
}
