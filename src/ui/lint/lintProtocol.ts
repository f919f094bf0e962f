import type { ArchiveOrigin, Finding, LintMode } from '../../core'

/**
 * A request to the lint worker. Only files whose bytes changed since the previous request are
 * copied; the worker keeps the others, so its per-bytes caches (parsed views, inspected charts) stay
 * warm and a keystroke in values.yaml never re-reads the charts.
 */
export interface LintRequest {
  readonly id: number
  readonly mode: LintMode
  readonly folderName: string
  readonly archive: ArchiveOrigin | undefined
  /** Every path of the pack, in order. */
  readonly paths: readonly string[]
  /** The paths whose bytes are new or changed since the previous request, with their bytes. */
  readonly changed: readonly (readonly [string, Uint8Array])[]
}

/** The worker's answer to one request. */
export interface LintResponse {
  readonly id: number
  readonly findings: readonly Finding[]
  /** Set when linting itself failed; the UI shows it as one problem. */
  readonly failure?: string
}

/** The part of a request that says which files changed between two versions of the pack's files. */
export function diffFiles(
  previous: ReadonlyMap<string, Uint8Array>,
  next: ReadonlyMap<string, Uint8Array>,
): Pick<LintRequest, 'paths' | 'changed'> {
  return {
    paths: [...next.keys()],
    changed: [...next].filter(([path, bytes]) => previous.get(path) !== bytes),
  }
}

/** The worker side: the files after a request, reusing the bytes it already holds for unchanged paths. */
export function applyFileDiff(
  held: ReadonlyMap<string, Uint8Array>,
  request: Pick<LintRequest, 'paths' | 'changed'>,
): Map<string, Uint8Array> {
  const changed = new Map(request.changed)
  const files = new Map<string, Uint8Array>()
  for (const path of request.paths) {
    const bytes = changed.get(path) ?? held.get(path)
    // A path the worker has never seen and that is not in `changed` cannot happen with one sender;
    // skipping it keeps the worker alive if it ever does.
    if (bytes) files.set(path, bytes)
  }
  return files
}
