import { formatPointer } from '../../../text/jsonPointer'
import type { LintContext } from '../../types'

/** The pack.json lists of file paths (spec 3.3, 3.4). */
export type FileListKey = 'kubeManifests' | 'charts'

/** One item of a pack.json file list, with the pointer to it. */
export interface ListedPath {
  readonly key: FileListKey
  readonly index: number
  readonly value: unknown
  readonly pointer: string
}

const FILE_LIST_KEYS: readonly FileListKey[] = ['kubeManifests', 'charts']

/** Every item of `kubeManifests` and `charts`; nothing when pack.json is unreadable or a list is not an array. */
export function listedPaths(context: LintContext): ListedPath[] {
  const packJson = context.packJsonObject
  if (packJson === undefined) return []
  const listed: ListedPath[] = []
  for (const key of FILE_LIST_KEYS) {
    const list = packJson[key]
    if (!Array.isArray(list)) continue
    list.forEach((value: unknown, index) => listed.push({ key, index, value, pointer: formatPointer([key, index]) }))
  }
  return listed
}

/** Why a listed path is not a usable relative path with the right extension; undefined when it is. */
export function listedPathProblem(key: FileListKey, value: unknown): string | undefined {
  if (typeof value !== 'string') return `${key} holds ${describe(value)}, not a file path`
  if (value.trim() === '') return `${key} holds an empty path`
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value)) return `'${value}' is an absolute path; pack.json lists files relative to the pack folder`
  if (value.includes('\\')) return `'${value}' uses backslashes; pack paths use /`
  if (value.split('/').includes('..')) return `'${value}' points outside the pack folder with '..'`
  if (key === 'charts' && !/\.tgz$/i.test(value)) return `'${value}' is listed in charts but is not a packaged chart (.tgz)`
  if (key === 'kubeManifests' && !/\.ya?ml$/i.test(value)) return `'${value}' is listed in kubeManifests but is not a .yaml or .yml file`
  return undefined
}

/** A listed path as it appears among the pack's files (a leading `./` dropped). */
export function packPathOf(value: string): string {
  let path = value
  while (path.startsWith('./')) path = path.slice(2)
  return path
}

/** The pack paths pack.json lists under `key`, for the well-formed string items. */
export function listedPackPaths(context: LintContext, key: FileListKey): Set<string> {
  const paths = new Set<string>()
  for (const item of listedPaths(context)) {
    if (item.key === key && typeof item.value === 'string') paths.add(packPathOf(item.value))
  }
  return paths
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${JSON.stringify(value)}`
}
