import { useSyncExternalStore } from 'react'

/** Whether the last draft write to IndexedDB worked; the header warns when it did not. */
export type DraftStatus = { readonly saved: true } | { readonly saved: false; readonly reason: string }

let status: DraftStatus = { saved: true }
const listeners = new Set<() => void>()

/** Records the outcome of a draft write. */
export function reportDraftStatus(next: DraftStatus): void {
  if (next.saved === status.saved && (next.saved || (!status.saved && next.reason === status.reason))) return
  status = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current draft status, for the header. */
export function useDraftStatus(): DraftStatus {
  return useSyncExternalStore(subscribe, () => status)
}
