import type { Pack } from '../../core'
import type { AppState } from './appState'
import type { DraftRepository, DraftSnapshot } from './draftRepository'
import type { PackStore } from './packStore'
import { runInNextTask } from './nextTask'
import { unsavedTextFiles } from './unsavedEdits'
import type { UnsavedEdits } from './unsavedEdits'

export interface DraftAutosave {
  /** Resolves when every change made so far is written (or failed). */
  readonly flush: () => Promise<void>
  /** The open draft's error count from the last check, shown on the start page. */
  readonly setErrorCount: (id: string, errors: number) => void
  /** The last known error count of a draft, saved with it. */
  readonly errorCount: (id: string) => number | undefined
  /** Writes the open draft now (after the database came back empty, say). */
  readonly saveNow: () => void
  /** Drafts already in the database: opening one writes nothing, a new one is written at once. */
  readonly markStored: (id: string, errors: number | undefined) => void
  /**
   * The open draft's text files that no finished write holds yet (pending editor edits applied first):
   * what a reload right now would lose, kept by the workspace in pagehide. Undefined when all is stored.
   */
  readonly unsavedEdits: () => UnsavedEdits | undefined
}

export interface AutosaveEvents {
  readonly onSaved: (id: string) => void
  readonly onFailed: (error: unknown) => void
}

const changed = (a: AppState, b: AppState) =>
  a.pack !== b.pack || a.selectedPath !== b.selectedPath || a.lintMode !== b.lintMode

/**
 * Saves the open draft after every change, off the typing path: each write starts in a task of its own
 * right after the change's, without waiting for the writes before it. Only files with new bytes are
 * written (see the repository), so typing in values.yaml never rewrites the charts.
 */
export function createDraftAutosave(repository: DraftRepository, store: PackStore, events: AutosaveEvents): DraftAutosave {
  const waiting = new Map<string, DraftSnapshot>()
  const errors = new Map<string, number | undefined>()
  const stored = new Set<string>()
  // The pack of each draft as the last finished write (or the opening of a stored draft) left it.
  const storedPacks = new Map<string, Pack>()
  const writing = new Set<Promise<void>>()
  let scheduled = false
  let previous = store.getState()

  // Each waiting draft's latest version starts its write now, even while earlier writes are under way:
  // IndexedDB runs a draft's transactions in the order they began, and a write that waited for the one
  // before it to end was still waiting when a reload right after typing ended the page.
  const startWrites = () => {
    scheduled = false
    const drafts = [...waiting.values()]
    waiting.clear()
    for (const draft of drafts) {
      // Through a promise, a synchronous throw (IndexedDB refusing to open) is a rejection too.
      const write = Promise.resolve().then(() => repository.save(draft)).then(
        () => {
          stored.add(draft.id)
          storedPacks.set(draft.id, draft.pack)
          events.onSaved(draft.id)
        },
        (error: unknown) => { events.onFailed(error) },
      ).finally(() => { writing.delete(write) })
      writing.add(write)
    }
  }
  // Started in a task of its own, right after the edit's: the edit's task (a keystroke) does not also
  // pay for building the record and copying the file into IndexedDB. Edits before it are one write.
  const scheduleWrites = () => {
    if (scheduled) return
    scheduled = true
    runInNextTask(startWrites)
  }
  const queueOpenDraft = () => {
    const draft = store.getDraft()
    if (draft === undefined || store.getState().readOnly !== undefined) return
    waiting.set(draft.id, { ...draft, errors: errors.get(draft.id) })
    scheduleWrites()
  }

  store.subscribe(() => {
    const state = store.getState()
    const before = previous
    previous = state
    if (state.draftId === undefined || state.readOnly !== undefined) return
    if (state.draftId !== before.draftId && stored.has(state.draftId)) storedPacks.set(state.draftId, state.pack)
    if (state.draftId !== before.draftId ? !stored.has(state.draftId) : changed(state, before)) queueOpenDraft()
  })

  return {
    async flush() {
      while (waiting.size > 0 || writing.size > 0) {
        startWrites()
        await Promise.all(writing)
      }
    },
    setErrorCount(id, count) {
      if (errors.get(id) === count) return
      errors.set(id, count)
      if (store.getState().draftId === id) queueOpenDraft()
    },
    errorCount: (id) => errors.get(id),
    saveNow: queueOpenDraft,
    unsavedEdits() {
      const draft = store.getDraft()
      if (draft === undefined || store.getState().readOnly !== undefined) return undefined
      const storedPack = storedPacks.get(draft.id)
      if (storedPack === undefined || storedPack === draft.pack) return undefined
      return { draftId: draft.id, updatedAt: draft.updatedAt, files: unsavedTextFiles(storedPack, draft.pack) }
    },
    markStored(id, count) {
      stored.add(id)
      if (!errors.has(id)) errors.set(id, count)
    },
  }
}
