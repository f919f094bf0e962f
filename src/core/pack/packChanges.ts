import { bytesEqual, isValidUtf8 } from '../text/encoding'
import type { Pack } from './pack'

/** How a file differs from the baseline the draft started from. */
export type FileChangeKind = 'added' | 'removed' | 'modified'

/** One changed file: its path, how it changed, and whether both sides are text (a line diff makes sense). */
export interface FileChange {
  readonly path: string
  readonly kind: FileChangeKind
  /** True when every side that exists is well-formed UTF-8. */
  readonly text: boolean
  readonly baseline: Uint8Array | undefined
  readonly current: Uint8Array | undefined
}

/**
 * The files added, removed or changed in `current` against `baseline`, sorted by path. Only bytes
 * count: a file moved to another position in the pack, or rewritten with the same bytes, is unchanged.
 */
export function packChanges(baseline: Pack, current: Pack): FileChange[] {
  const changes: FileChange[] = []
  const isText = (...sides: (Uint8Array | undefined)[]) => sides.every((bytes) => bytes === undefined || isValidUtf8(bytes))
  for (const [path, bytes] of current.files) {
    const before = baseline.files.get(path)
    if (before === undefined) changes.push({ path, kind: 'added', text: isText(bytes), baseline: undefined, current: bytes })
    else if (!bytesEqual(before, bytes)) changes.push({ path, kind: 'modified', text: isText(before, bytes), baseline: before, current: bytes })
  }
  for (const [path, bytes] of baseline.files) {
    if (!current.files.has(path)) changes.push({ path, kind: 'removed', text: isText(bytes), baseline: bytes, current: undefined })
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

// Whether two bytes objects hold the same bytes, remembered per current bytes: a pack's bytes are
// never mutated, and the file tree and the download bar ask again after every keystroke, where only
// the edited file has new bytes (comparing 300 KB twice per keystroke showed up while typing).
const sameBytesMemo = new WeakMap<Uint8Array, { readonly baseline: Uint8Array; readonly same: boolean }>()

function sameBytes(baseline: Uint8Array, current: Uint8Array): boolean {
  const known = sameBytesMemo.get(current)
  if (known?.baseline === baseline) return known.same
  const same = bytesEqual(baseline, current)
  sameBytesMemo.set(current, { baseline, same })
  return same
}

/** The path -> change map of `packChanges` (without reading the text of any side), for marking files in a tree. */
export function changedPaths(baseline: Pack, current: Pack): ReadonlyMap<string, FileChangeKind> {
  const changes: [string, FileChangeKind][] = []
  for (const [path, bytes] of current.files) {
    const before = baseline.files.get(path)
    if (before === undefined) changes.push([path, 'added'])
    else if (!sameBytes(before, bytes)) changes.push([path, 'modified'])
  }
  for (const path of baseline.files.keys()) if (!current.files.has(path)) changes.push([path, 'removed'])
  return new Map(changes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
