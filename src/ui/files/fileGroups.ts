import { countSeverities } from '../../core/lint/countSeverities'
import type { Finding, Severity, SeverityCounts } from '../../core'
import { groupFindingsByFile } from '../problems/findingGroups'

/** One entry of the file tree: a file that exists, or a well-known file the pack lacks. */
export interface FileEntry {
  readonly path: string
  /** What the tree shows: the file name, relative to its folder. */
  readonly label: string
  readonly missing: boolean
}

/** A folder of the tree (manifests, charts, other files) or a single top-level file. */
export type FileNode =
  | { readonly kind: 'file'; readonly entry: FileEntry }
  | { readonly kind: 'folder'; readonly id: string; readonly label: string; readonly entries: readonly FileEntry[] }

/** Files every pack shows in the tree even when absent, so the user can add them. */
const ALWAYS_SHOWN = ['pack.json', 'values.yaml', 'logo.png'] as const
/** Optional top-level files, shown only when present. */
const OPTIONAL_FILES = ['README.md', 'presets.yaml', 'schema.yaml'] as const

/** Files the user may add from the tree, each with a starter text. */
export const OPTIONAL_FILE_PATHS: readonly string[] = OPTIONAL_FILES

const fileEntry = (path: string, label: string, missing = false): FileEntry => ({ path, label, missing })

/**
 * Groups the pack's paths in the tree's order: pack.json, values.yaml, manifests/, charts/, logo.png,
 * README.md, presets.yaml, schema.yaml, then every other file.
 */
export function groupPackFiles(paths: Iterable<string>): FileNode[] {
  const present = new Set(paths)
  const sorted = [...present].sort()
  const top = (path: string): FileNode => ({ kind: 'file', entry: fileEntry(path, path, !present.has(path)) })
  const folder = (id: string, prefix: string, accepts: (path: string) => boolean): FileNode => ({
    kind: 'folder',
    id,
    label: prefix,
    entries: sorted.filter((path) => path.startsWith(prefix) && accepts(path)).map((path) => fileEntry(path, path.slice(prefix.length))),
  })
  const manifests = folder('manifests', 'manifests/', () => true)
  const charts = folder('charts', 'charts/', () => true)
  const known = new Set<string>([...ALWAYS_SHOWN, ...OPTIONAL_FILES])
  const others = sorted.filter((path) => !known.has(path) && !path.startsWith('manifests/') && !path.startsWith('charts/'))
  return [
    top('pack.json'),
    top('values.yaml'),
    manifests,
    charts,
    top('logo.png'),
    ...OPTIONAL_FILES.filter((path) => present.has(path)).map(top),
    ...(others.length > 0 ? [{ kind: 'folder', id: 'other', label: 'other files', entries: others.map((path) => fileEntry(path, path)) } as const] : []),
  ]
}

/** How many findings of each severity one file has. */
export type ProblemCount = SeverityCounts

/** Counts findings per file path (findings about the whole pack, file '', are left out). */
export function countProblemsByFile(findings: readonly Finding[]): ReadonlyMap<string, ProblemCount> {
  return new Map(groupFindingsByFile(findings).filter((group) => group.file !== '').map((group) => [group.file, countSeverities(group.findings)]))
}

/** The worst severity in a count, or undefined when there is nothing. */
export function worstSeverity(count: ProblemCount | undefined): Severity | undefined {
  if (count === undefined) return undefined
  if (count.error > 0) return 'error'
  if (count.warning > 0) return 'warning'
  return count.info > 0 ? 'info' : undefined
}
