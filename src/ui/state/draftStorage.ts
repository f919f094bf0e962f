import { get, set } from 'idb-keyval'
import { createPack } from '../../core'
import type { Pack } from '../../core'

const DRAFT_KEY = 'pack-builder:draft'
const SAVE_DELAY_MS = 400

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

/** Debounced draft saving: `save` after each change, `flush` when the page is being hidden. */
export interface DraftSaver {
  readonly save: (pack: Pack, selectedPath: string) => void
  readonly flush: () => void
}

/** Saves the draft a moment after the last change, so typing does not write on every key. */
export function createDraftSaver(onError: (error: unknown) => void): DraftSaver {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: StoredDraft | undefined
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (pending === undefined) return
    set(DRAFT_KEY, pending).catch(onError)
    pending = undefined
  }
  return {
    save(pack, selectedPath) {
      pending = { folderName: pack.folderName, files: [...pack.files], selectedPath }
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(flush, SAVE_DELAY_MS)
    },
    flush,
  }
}
