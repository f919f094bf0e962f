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
 * Saves the open draft after every change, off the typing path: a write starts in a task of its own
 * right after the change's, or when the write under way ends. Only files with new bytes are
 * written (see the repository), so typing in values.yaml never rewrites the charts.
 */
export function createDraftAutosave(repository: DraftRepository, store: PackStore, events: AutosaveEvents): DraftAutosave {
  const waiting = new Map<string, DraftSnapshot>()
  const errors = new Map<string, number | undefined>()
  const stored = new Set<string>()
  // The pack of each draft as the last finished write (or the opening of a stored draft) left it.
  const storedPacks = new Map<string, Pack>()
  let writing: Promise<void> | undefined
  let scheduled = false
  let previous = store.getState()

  // At most one write is under way; the edits made meanwhile become one write of the latest version when
  // it ends. What a reload before then would lose is kept through pagehide (see unsavedEdits).
  const startWrite = () => {
    scheduled = false
    if (writing !== undefined) return
    const next = waiting.values().next()
    if (next.done === true) return
    const draft = next.value
    waiting.delete(draft.id)
    // Through a promise, a synchronous throw (IndexedDB refusing to open) is a rejection too.
    writing = Promise.resolve().then(() => repository.save(draft)).then(
      () => {
        stored.add(draft.id)
        storedPacks.set(draft.id, draft.pack)
        events.onSaved(draft.id)
      },
      (error: unknown) => { events.onFailed(error) },
    ).finally(() => {
      writing = undefined
      startWrite()
    })
  }
  // Started in a task of its own, right after the edit's: the edit's task (a keystroke) does not also
  // pay for building the record and copying the file into IndexedDB. Edits before it are one write.
  const scheduleWrite = () => {
    if (scheduled || writing !== undefined) return
    scheduled = true
    runInNextTask(startWrite)
  }

  const queueOpenDraft = () => {
    const draft = store.getDraft()
    if (draft === undefined || store.getState().readOnly !== undefined) return
    waiting.set(draft.id, { ...draft, errors: errors.get(draft.id) })
    scheduleWrite()
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
      while (waiting.size > 0 || writing !== undefined) {
        startWrite()
        await writing
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
