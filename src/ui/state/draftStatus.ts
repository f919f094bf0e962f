import { useSyncExternalStore } from 'react'

/**
 * Whether the open draft is safely stored, for the header. `notice` tells of something that happened
 * to the stored drafts (site data cleared) even when the open draft is stored again since.
 */
export type DraftStatus =
  | { readonly saved: true; readonly notice?: string }
  | { readonly saved: false; readonly reason: string }

let status: DraftStatus = { saved: true }
const listeners = new Set<() => void>()

const same = (a: DraftStatus, b: DraftStatus) =>
  a.saved === b.saved && (a.saved ? a.notice === (b.saved ? b.notice : undefined) : !b.saved && a.reason === b.reason)

/** Records the outcome of a draft write, or a storage event. */
export function reportDraftStatus(next: DraftStatus): void {
  if (same(next, status)) return
  status = next
  for (const listener of listeners) listener()
}

/** A successful write: keeps an earlier notice until the user dismisses it. */
export function reportDraftSaved(): void {
  reportDraftStatus(status.saved ? status : { saved: true })
}

/** The words the header shows for a failed write; a full disk is worth saying plainly. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'QuotaExceededError') return 'The browser\'s storage for this site is full (quota exceeded). Delete drafts you no longer need, or download this one.'
  if (name === 'InvalidStateError') return 'The drafts database was closed by the browser (site data cleared?).'
  return message || name || 'IndexedDB refused the write.'
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current draft status, for the header. */
export function useDraftStatus(): DraftStatus {
  return useSyncExternalStore(subscribe, () => status)
}
