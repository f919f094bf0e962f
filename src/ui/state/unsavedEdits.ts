import { isTextBytes, readTextFile, setTextFile } from '../../core/pack/pack'
import type { Pack } from '../../core'

/**
 * The text files of the open draft that IndexedDB had not confirmed when the page was hidden, kept in
 * this tab's sessionStorage. A reload right after typing ends the page before the last edit's
 * transaction commits (a write started in pagehide does not finish either), so the last keys would be
 * lost; sessionStorage is written synchronously in pagehide and the reload reads it back.
 */
export interface UnsavedEdits {
  readonly draftId: string
  /** The draft's "last edited" time with these edits: they apply only over an older stored version. */
  readonly updatedAt: number
  /** Path and text of each text file that differs from the stored version. */
  readonly files: readonly (readonly [string, string])[]
}

const UNSAVED_EDITS_KEY = 'pack-builder:unsaved-edits'

/** The text files of `current` whose bytes are not those of `stored` (binary files are left out). */
export function unsavedTextFiles(stored: Pack, current: Pack): [string, string][] {
  const files: [string, string][] = []
  for (const [path, bytes] of current.files) {
    if (stored.files.get(path) === bytes || !isTextBytes(bytes)) continue
    files.push([path, readTextFile(current, path) ?? ''])
  }
  return files
}

/** The pack with the unsaved text files put back. */
export function applyUnsavedEdits(pack: Pack, edits: UnsavedEdits): Pack {
  return edits.files.reduce((edited, [path, text]) => setTextFile(edited, path, text), pack)
}

function parseUnsavedEdits(raw: string): UnsavedEdits | undefined {
  const value: unknown = JSON.parse(raw)
  if (typeof value !== 'object' || value === null) return undefined
  const { draftId, updatedAt, files } = value as Record<string, unknown>
  if (typeof draftId !== 'string' || typeof updatedAt !== 'number' || !Array.isArray(files)) return undefined
  const entries = files.filter((entry): entry is [string, string] =>
    Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string')
  return entries.length === files.length ? { draftId, updatedAt, files: entries } : undefined
}

// Storage can be disabled, full or throw in private modes: then there is simply no journal.
/** Reads and removes the journal (it is written again at the next pagehide if still needed). */
export function takeUnsavedEdits(storage: () => Storage): UnsavedEdits | undefined {
  try {
    const raw = storage().getItem(UNSAVED_EDITS_KEY)
    if (raw === null) return undefined
    storage().removeItem(UNSAVED_EDITS_KEY)
    return parseUnsavedEdits(raw)
  } catch {
    return undefined
  }
}

/** Writes the journal, or removes it when there is nothing unsaved. */
export function keepUnsavedEdits(storage: () => Storage, edits: UnsavedEdits | undefined): void {
  try {
    if (edits === undefined || edits.files.length === 0) storage().removeItem(UNSAVED_EDITS_KEY)
    else storage().setItem(UNSAVED_EDITS_KEY, JSON.stringify(edits))
  } catch {
    // See takeUnsavedEdits.
  }
}
