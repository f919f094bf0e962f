import type { AppState } from './appState'
import type { DraftRepository, DraftSnapshot } from './draftRepository'
import type { PackStore } from './packStore'

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
}

export interface AutosaveEvents {
  readonly onSaved: (id: string) => void
  readonly onFailed: (error: unknown) => void
}

/** Quiet time after the last edit before the draft is written: typing never waits for IndexedDB. */
export const AUTOSAVE_QUIET_MS = 400
/** While edits keep coming, the draft is still written at least this often. */
export const AUTOSAVE_MAX_DELAY_MS = 2000
/** An edit this long after the one before starts a burst and is written at once. */
export const AUTOSAVE_BURST_GAP_MS = 200
/** How long a due write may wait for the page to be idle. */
const IDLE_TIMEOUT_MS = 500

// requestIdleCallback where there is one (not in Safari before 17, nor in Node's tests): else at once.
const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
  else run()
}

const changed = (a: AppState, b: AppState) =>
  a.pack !== b.pack || a.selectedPath !== b.selectedPath || a.lintMode !== b.lintMode

/**
 * Saves the open draft after changes, off the typing path: the first edit after a quiet time is written
 * at once, the rest of a burst once the user pauses (AUTOSAVE_QUIET_MS, at the latest every
 * AUTOSAVE_MAX_DELAY_MS), in idle time; a new draft,
 * another draft being opened, `flush`, `saveNow` and the page being hidden write at once. At most one
 * write is in flight, and when it ends the latest version of each waiting draft is written. Only files
 * with new bytes are written (see the repository), so typing in values.yaml never rewrites the charts.
 */
export function createDraftAutosave(repository: DraftRepository, store: PackStore, events: AutosaveEvents): DraftAutosave {
  const waiting = new Map<string, DraftSnapshot>()
  const errors = new Map<string, number | undefined>()
  const stored = new Set<string>()
  let writing: Promise<void> | undefined
  let previous = store.getState()
  let timer: ReturnType<typeof setTimeout> | undefined
  /** When the oldest change not yet written was made (a deadline for continuous typing). */
  let waitingSince: number | undefined

  /** Whatever is waiting should be written as soon as the write in flight ends. */
  let due = false
  /** When the open draft last changed: an edit after a quiet time starts a burst. */
  let lastChangeAt = Number.NEGATIVE_INFINITY

  const drain = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    waitingSince = undefined
    if (writing !== undefined) {
      due = true
      return
    }
    const next = waiting.values().next()
    if (next.done === true) {
      due = false
      return
    }
    const draft = next.value
    waiting.delete(draft.id)
    // Other drafts waiting now were due with this one (a draft switch): they follow at once.
    due = waiting.size > 0
    // Wrapped so that a synchronous throw (IndexedDB refusing to open) is a rejection too.
    writing = Promise.resolve().then(() => repository.save(draft)).then(
      () => { stored.add(draft.id); events.onSaved(draft.id) },
      (error: unknown) => { events.onFailed(error) },
    ).finally(() => {
      writing = undefined
      if (due) drain()
      else if (waiting.size > 0 && timer === undefined) drainSoon()
    })
  }
  const drainSoon = () => {
    const now = Date.now()
    waitingSince ??= now
    if (timer !== undefined) clearTimeout(timer)
    const delay = Math.min(AUTOSAVE_QUIET_MS, Math.max(0, waitingSince + AUTOSAVE_MAX_DELAY_MS - now))
    timer = setTimeout(() => {
      timer = undefined
      whenIdle(() => { if (timer === undefined && waiting.size > 0) drain() })
    }, delay)
  }
  const queueOpenDraft = (when: 'now' | 'soon' | 'edit') => {
    const draft = store.getDraft()
    if (draft === undefined || store.getState().readOnly !== undefined) return
    waiting.set(draft.id, { ...draft, errors: errors.get(draft.id) })
    // The first edit after a quiet time (a form field, a fix, one keystroke) is written at once: a
    // reload right after it must not lose it, and a write started in \`pagehide\` may never finish.
    // The rest of a burst waits for the pause. Only the user's edits count, not new error counts.
    let startsBurst = false
    if (when !== 'soon') {
      const now = Date.now()
      startsBurst = when === 'edit' && now - lastChangeAt >= AUTOSAVE_BURST_GAP_MS
      lastChangeAt = now
    }
    if (when === 'now' || startsBurst) drain()
    else drainSoon()
  }
  // A page being closed or hidden may not come back: write what is waiting now.
  if (typeof addEventListener === 'function') {
    addEventListener('pagehide', () => { if (waiting.size > 0) drain() })
    addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden' && waiting.size > 0) drain() })
  }

  store.subscribe(() => {
    const state = store.getState()
    const before = previous
    previous = state
    if (state.draftId === undefined || state.readOnly !== undefined) return
    if (state.draftId !== before.draftId) {
      // Another draft: the one before is written now (its waiting version), a new one at once.
      if (waiting.size > 0) drain()
      if (!stored.has(state.draftId)) queueOpenDraft('now')
    } else if (changed(state, before)) {
      queueOpenDraft('edit')
    }
  })

  return {
    async flush() {
      while (writing !== undefined || waiting.size > 0) {
        drain()
        await writing
      }
    },
    setErrorCount(id, count) {
      if (errors.get(id) === count) return
      errors.set(id, count)
      if (store.getState().draftId === id) queueOpenDraft('soon')
    },
    errorCount: (id) => errors.get(id),
    saveNow: () => { queueOpenDraft('now') },
    markStored(id, count) {
      stored.add(id)
      if (!errors.has(id)) errors.set(id, count)
    },
  }
}
