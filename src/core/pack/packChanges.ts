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

/** The path -> change map of `packChanges`, for marking files in a tree. */
export function changedPaths(baseline: Pack, current: Pack): ReadonlyMap<string, FileChangeKind> {
  return new Map(packChanges(baseline, current).map((change) => [change.path, change.kind]))
}
