import type { ArchiveOrigin, LintMode } from '../../core'
import { DRAFT_SCHEMA_VERSION } from './draftsDatabase'

// The format's version lives with the database's name (draftsDatabase.ts), which the page's entry uses.
export { DRAFT_SCHEMA_VERSION }

/** A pack's files as stored: `[path, blob key]` in pack order. The bytes live in the blobs store. */
export type FileRefs = readonly (readonly [string, string])[]

/** What the start page shows without loading a draft's files. */
export interface DraftSummary {
  readonly name: string
  readonly displayName: string
  readonly version: string
  readonly layer: string
  /** Errors found by the last check of this draft; undefined until it was checked once. */
  readonly errors: number | undefined
  /** The blob key of logo.png, if the pack has one. */
  readonly logoKey: string | undefined
}

/** One draft's record in the `drafts` store. Every file is a separate blob, so an edit writes one file. */
export interface DraftRecord {
  readonly schema: typeof DRAFT_SCHEMA_VERSION
  readonly id: string
  readonly createdAt: number
  readonly updatedAt: number
  /** Set when the user deleted the draft; it is purged after the undo window. */
  readonly deletedAt: number | undefined
  /** The name the user gave the draft on the start page; the pack's display name otherwise. */
  readonly label: string | undefined
  readonly folderName: string
  /** The archive the draft was opened from, when it held only this pack (checked by rule R15). */
  readonly archive?: ArchiveOrigin
  readonly lintMode: LintMode
  readonly selectedPath: string
  readonly files: FileRefs
  /** The files the draft started from (the opened archive, or the template): the Changes view's original. */
  readonly baseline: FileRefs
  /** Undo steps, oldest first, and redo steps, the next one last. */
  readonly past: readonly FileRefs[]
  readonly future: readonly FileRefs[]
  readonly summary: DraftSummary
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function decodeRefs(value: unknown, field: string): FileRefs {
  if (!Array.isArray(value)) throw new Error(`${field} is not a list of files`)
  return value.map((entry: unknown, index) => {
    if (!Array.isArray(entry) || entry.length !== 2 || !isString(entry[0]) || !isString(entry[1])) throw new Error(`${field}[${index}] is not a [path, key] pair`)
    return [entry[0], entry[1]] as const
  })
}

function decodeHistory(value: unknown, field: string): FileRefs[] {
  if (!Array.isArray(value)) throw new Error(`${field} is not a list of undo steps`)
  return value.map((step: unknown, index) => decodeRefs(step, `${field}[${index}]`))
}

// Optional: drafts saved before it existed, and drafts not opened from an archive, have none.
function decodeArchive(value: unknown): { archive?: ArchiveOrigin } {
  if (!isObject(value) || !isString(value.fileName)) return {}
  return { archive: { fileName: value.fileName, topFolder: isString(value.topFolder) ? value.topFolder : undefined } }
}

function decodeSummary(value: unknown): DraftSummary {
  const summary = isObject(value) ? value : {}
  const text = (key: string) => (isString(summary[key]) ? summary[key] : '')
  return {
    name: text('name'),
    displayName: text('displayName'),
    version: text('version'),
    layer: text('layer'),
    errors: isNumber(summary.errors) ? summary.errors : undefined,
    logoKey: isString(summary.logoKey) ? summary.logoKey : undefined,
  }
}

/** A stored record, checked field by field; throws an Error saying what is wrong when it cannot be read. */
export function decodeDraftRecord(value: unknown): DraftRecord {
  if (!isObject(value)) throw new Error('the record is not an object')
  if (value.schema !== DRAFT_SCHEMA_VERSION) {
    throw new Error(isNumber(value.schema) && value.schema > DRAFT_SCHEMA_VERSION
      ? `it was saved by a newer Pack Builder (format ${value.schema})`
      : `unknown draft format ${JSON.stringify(value.schema)}`)
  }
  if (!isString(value.id)) throw new Error('the record has no id')
  if (!isNumber(value.createdAt) || !isNumber(value.updatedAt)) throw new Error('the record has no dates')
  if (!isString(value.folderName) || !isString(value.selectedPath)) throw new Error('the record has no folder name or selected file')
  if (value.lintMode !== 'author' && value.lintMode !== 'import') throw new Error(`unknown lint mode ${JSON.stringify(value.lintMode)}`)
  return {
    schema: DRAFT_SCHEMA_VERSION,
    id: value.id,
    createdAt: value.createdAt,
    updatedAt: value.updatedAt,
    deletedAt: isNumber(value.deletedAt) ? value.deletedAt : undefined,
    label: isString(value.label) ? value.label : undefined,
    folderName: value.folderName,
    ...decodeArchive(value.archive),
    lintMode: value.lintMode,
    selectedPath: value.selectedPath,
    files: decodeRefs(value.files, 'files'),
    baseline: decodeRefs(value.baseline, 'baseline'),
    past: decodeHistory(value.past, 'past'),
    future: decodeHistory(value.future, 'future'),
    summary: decodeSummary(value.summary),
  }
}
