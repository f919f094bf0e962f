import type { Pack } from '../pack/pack'
import { archiveBaseName } from './archiveBaseName'

/** Fixed entry time: the earliest a zip can store, so every build of a pack is byte-identical. */
export const ARCHIVE_ENTRY_DATE = new Date(Date.UTC(1980, 0, 1))
/** Permissions written for files. */
export const FILE_MODE = 0o644
/** Permissions written for folders. */
export const FOLDER_MODE = 0o755

/** One entry of a written archive; folder paths end in `/`. */
export type LayoutEntry =
  | { readonly kind: 'folder'; readonly path: string }
  | { readonly kind: 'file'; readonly path: string; readonly bytes: Uint8Array }

/**
 * The entries of a pack archive in write order: one top folder `<name>-<version>/`, every folder
 * before what it holds, everything sorted, `/` separators (spec 4.2, R15).
 */
export function archiveLayout(pack: Pack): LayoutEntry[] {
  const top = archiveBaseName(pack)
  const folders = new Set<string>([`${top}/`])
  const entries: LayoutEntry[] = []
  for (const [path, bytes] of pack.files) {
    const segments = path.split('/')
    for (let depth = 1; depth < segments.length; depth++) folders.add(`${top}/${segments.slice(0, depth).join('/')}/`)
    entries.push({ kind: 'file', path: `${top}/${path}`, bytes })
  }
  for (const path of folders) entries.push({ kind: 'folder', path })
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
