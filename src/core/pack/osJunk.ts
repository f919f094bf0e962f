import { removeFile } from './pack'
import type { Pack } from './pack'

// Files an operating system's file manager leaves beside real files: Finder's .DS_Store and the
// __MACOSX/ folder and ._* AppleDouble files that macOS zips add, Windows Explorer's Thumbs.db and
// desktop.ini. None is part of a pack; each would ship inside the archive Palette receives.
const JUNK_FILE_NAMES = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini'])
const JUNK_FOLDER = '__macosx'

/** Why a path is OS metadata junk, in words for a message; undefined when it is a real file. */
export function osJunkKind(path: string): string | undefined {
  const segments = path.split('/')
  if (segments.some((segment) => segment.toLowerCase() === JUNK_FOLDER)) return 'macOS archive metadata (__MACOSX/)'
  const name = (segments.at(-1) ?? '').toLowerCase()
  if (name === '.ds_store') return 'macOS Finder metadata (.DS_Store)'
  if (JUNK_FILE_NAMES.has(name)) return `Windows Explorer metadata (${segments.at(-1) ?? ''})`
  if (name.startsWith('._')) return 'a macOS AppleDouble resource file (._*)'
  return undefined
}

/** Whether a path is OS metadata junk (.DS_Store, __MACOSX/, ._*, Thumbs.db, desktop.ini). */
export function isOsJunkPath(path: string): boolean {
  return osJunkKind(path) !== undefined
}

/** The pack's OS metadata junk files, in the pack's file order. */
export function osJunkPaths(pack: Pack): string[] {
  return [...pack.files.keys()].filter(isOsJunkPath)
}

/** The pack without its OS metadata junk; the same pack object when it has none. */
export function removeOsJunk(pack: Pack): Pack {
  return osJunkPaths(pack).reduce((result, path) => removeFile(result, path), pack)
}
