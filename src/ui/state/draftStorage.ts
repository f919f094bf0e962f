import { get, set } from 'idb-keyval'
import { createPack } from '../../core'
import type { Pack } from '../../core'

const DRAFT_KEY = 'pack-builder:draft'

/** What is kept in IndexedDB: the pack's files, nothing derived. */
interface StoredDraft {
  readonly folderName: string
  readonly files: readonly (readonly [string, Uint8Array])[]
  readonly selectedPath: string
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  return typeof draft.folderName === 'string' && typeof draft.selectedPath === 'string' && Array.isArray(draft.files) &&
    draft.files.every((entry: unknown) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && entry[1] instanceof Uint8Array)
}

/** The draft saved by an earlier visit, or undefined (first visit, storage unavailable or unreadable). */
export async function loadDraft(): Promise<{ pack: Pack; selectedPath: string } | undefined> {
  try {
    const stored: unknown = await get(DRAFT_KEY)
    if (!isStoredDraft(stored) || stored.files.length === 0) return undefined
    return { pack: createPack(stored.folderName, stored.files), selectedPath: stored.selectedPath }
  } catch {
    return undefined
  }
}

/**
 * Saves the draft after every change without queueing a write per keystroke: at most one write is in
 * flight, and when it ends the latest draft (if any changed meanwhile) is written next. Writing at once,
 * rather than after a delay, means a reload right after an edit still finds it.
 */
export function createDraftSaver(onError: (error: unknown) => void, onSaved: () => void = () => undefined): (pack: Pack, selectedPath: string) => void {
  let writing = false
  let latest: StoredDraft | undefined
  const writeLatest = () => {
    if (writing || latest === undefined) return
    const draft = latest
    latest = undefined
    writing = true
    // idb-keyval throws synchronously when IndexedDB refuses to open; turn that into a rejection too.
    Promise.resolve().then(() => set(DRAFT_KEY, draft)).then(onSaved, onError).finally(() => {
      writing = false
      writeLatest()
    })
  }
  return (pack, selectedPath) => {
    latest = { folderName: pack.folderName, files: [...pack.files], selectedPath }
    writeLatest()
  }
}
