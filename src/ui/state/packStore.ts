import { createPack, removeFile, setFile } from '../../core/pack/pack'
import type { LintMode, Pack } from '../../core'
import type { AppState, RevealTarget } from './appState'
import type { DraftSnapshot } from './draftRepository'

type Listener = () => void

/** Whether there is something to undo or redo. A new object whenever either changes. */
export interface HistoryState {
  readonly canUndo: boolean
  readonly canRedo: boolean
}

/** A draft as the store holds it; the error count is kept by the autosave, not here. */
export type OpenDraft = Omit<DraftSnapshot, 'errors'>

/** How an edit joins the undo history. */
export interface UpdateOptions {
  /**
   * `merge` (the default): edits within a second of each other are one undo step (typing).
   * `own`: this edit is one step of its own, never merged with the edits before or after it
   * (a quick fix, "fix all of this kind").
   */
  readonly undoStep?: 'merge' | 'own'
}

/** A tiny external store (the TanStack pattern): React reads it through useSyncExternalStore. */
export interface PackStore {
  readonly getState: () => AppState
  readonly subscribe: (listener: Listener) => () => void
  /** Applies a pure core update to the pack. Quick successive edits (typing) are one undo step. */
  readonly updatePack: (update: (pack: Pack) => Pack, options?: UpdateOptions) => void
  /**
   * The single entry point for a pack that arrives (new pack, opened archive, dropped folder): it
   * becomes a NEW draft whose baseline is the files it arrived with; no draft is ever replaced. New
   * packs are checked with the strict author rules, opened ones as Palette would accept them.
   */
  readonly replacePack: (pack: Pack, lintMode: LintMode) => void
  /** Shows a stored draft, with its undo history; `readOnly` says why it cannot be edited here, if so. */
  readonly openDraft: (draft: OpenDraft, readOnly?: string) => void
  /** Back to the start page. */
  readonly closeDraft: () => void
  readonly setReadOnly: (reason: string | undefined) => void
  /** The open draft with its history, for saving; undefined on the start page. */
  readonly getDraft: () => OpenDraft | undefined
  readonly selectFile: (path: string) => void
  readonly showChanges: () => void
  /** Shows the Rendered view: what the pack's charts and manifests render to, and their images. */
  readonly showRendered: () => void
  /** Puts one file back as it was in the baseline (removes it when the baseline has none); undoable. */
  readonly revertFile: (path: string) => void
  /** Opens a file and asks its editor or form to show a line or a field. */
  readonly revealLocation: (target: Omit<RevealTarget, 'nonce'>) => void
  readonly setLintMode: (mode: LintMode) => void
  /** Goes back to the pack before the last edit step. */
  readonly undo: () => void
  /** Re-applies the last undone step. */
  readonly redo: () => void
  readonly getHistory: () => HistoryState
  /**
   * Registers an edit made outside the store and not in it yet (an editor's model after a keystroke;
   * the editor hands it over in a task of its own, off the keystroke's). Every method here that reads
   * or changes the state applies the pending edits first (getState does not: it is the hot path of
   * every render), so no change is ever made over a stale pack. `apply` is called once, then dropped.
   */
  readonly deferEdit: (apply: () => void) => void
  /** Applies the edits registered with deferEdit now, in order. */
  readonly applyPendingEdits: () => void
  /**
   * The pack with every pending edit applied: what an action started by the user (a download, a check,
   * a generated logo) reads, so it never works on a pack a few keys old. Not for renders (see deferEdit).
   */
  readonly currentPack: () => Pack
}

/** Edits closer together than this are merged into one undo step. */
const UNDO_MERGE_MS = 1000
const UNDO_LIMIT = 100
const EMPTY_PACK = createPack('', [])

/** The state of the start page: no draft open. */
export const START_PAGE_STATE: AppState = {
  draftId: undefined, pack: EMPTY_PACK, baseline: EMPTY_PACK, selectedPath: 'pack.json', mainView: 'file', reveal: undefined, lintMode: 'author', readOnly: undefined,
}

/** Creates the store with its initial state (the start page unless a draft is given). */
export function createPackStore(initial: AppState = START_PAGE_STATE, newId: () => string = () => crypto.randomUUID()): PackStore {
  let state = initial
  let createdAt = Date.now()
  let updatedAt = createdAt
  let revealCount = 0
  const listeners = new Set<Listener>()
  let past: Pack[] = []
  let future: Pack[] = []
  let lastEditAt = 0
  let history: HistoryState = { canUndo: false, canRedo: false }
  const pendingEdits = new Set<() => void>()
  const applyPendingEdits = () => {
    if (pendingEdits.size === 0) return
    const edits = [...pendingEdits]
    pendingEdits.clear()
    for (const apply of edits) apply()
  }
  // Wraps a method so that it sees (and builds on) the edits still pending.
  const afterPendingEdits = <Args extends unknown[], Result>(method: (...args: Args) => Result) => (...args: Args): Result => {
    applyPendingEdits()
    return method(...args)
  }

  const set = (next: AppState) => {
    if (next === state) return
    // "Last edited" moves with the pack and its lint mode, not with the selection.
    if (next.draftId === state.draftId && (next.pack !== state.pack || next.lintMode !== state.lintMode)) updatedAt = Date.now()
    state = next
    if (history.canUndo !== past.length > 0 || history.canRedo !== future.length > 0) {
      history = { canUndo: past.length > 0, canRedo: future.length > 0 }
    }
    for (const listener of listeners) listener()
  }
  const editable = () => state.draftId !== undefined && state.readOnly === undefined
  const remember = (pack: Pack, merge: boolean) => {
    const now = Date.now()
    if (!merge || now - lastEditAt > UNDO_MERGE_MS) {
      past.push(pack)
      if (past.length > UNDO_LIMIT) past.shift()
    }
    lastEditAt = merge ? now : 0
    future = []
  }
  // After undo/redo the selected file may be gone; fall back to pack.json.
  const withPack = (pack: Pack): AppState =>
    ({ ...state, pack, selectedPath: pack.files.has(state.selectedPath) || state.selectedPath === 'logo.png' ? state.selectedPath : 'pack.json' })
  const updatePack = (update: (pack: Pack) => Pack, merge = true) => {
    if (!editable()) return
    const pack = update(state.pack)
    if (pack === state.pack) return
    remember(state.pack, merge)
    set({ ...state, pack })
  }
  const openDraft = (draft: OpenDraft, readOnly?: string) => {
    past = [...draft.past]
    future = [...draft.future]
    lastEditAt = 0
    createdAt = draft.createdAt
    updatedAt = draft.updatedAt
    set({
      draftId: draft.id, pack: draft.pack, baseline: draft.baseline, lintMode: draft.lintMode, readOnly,
      selectedPath: draft.selectedPath, mainView: 'file', reveal: undefined,
    })
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    updatePack: afterPendingEdits((update, options) => { updatePack(update, options?.undoStep !== 'own') }),
    replacePack: afterPendingEdits((pack, lintMode) => {
      const now = Date.now()
      openDraft({ id: newId(), createdAt: now, updatedAt: now, pack, baseline: pack, lintMode, selectedPath: 'pack.json', past: [], future: [] })
    }),
    openDraft: afterPendingEdits(openDraft),
    closeDraft: afterPendingEdits(() => {
      past = []
      future = []
      set(START_PAGE_STATE)
    }),
    setReadOnly: afterPendingEdits((reason) => {
      if (reason !== state.readOnly) set({ ...state, readOnly: reason })
    }),
    getDraft: afterPendingEdits(() => (state.draftId === undefined ? undefined : {
      id: state.draftId, createdAt, updatedAt, pack: state.pack, baseline: state.baseline, lintMode: state.lintMode, selectedPath: state.selectedPath,
      past: [...past], future: [...future],
    })),
    selectFile: afterPendingEdits((path) => {
      if (path !== state.selectedPath || state.mainView !== 'file') set({ ...state, selectedPath: path, mainView: 'file' })
    }),
    showChanges: afterPendingEdits(() => {
      if (state.mainView !== 'changes') set({ ...state, mainView: 'changes' })
    }),
    showRendered: afterPendingEdits(() => {
      if (state.mainView !== 'rendered') set({ ...state, mainView: 'rendered' })
    }),
    revertFile: afterPendingEdits((path) => {
      const original = state.baseline.files.get(path)
      updatePack((pack) => (original === undefined ? removeFile(pack, path) : setFile(pack, path, original)), false)
    }),
    revealLocation: afterPendingEdits((target) => {
      revealCount += 1
      set({ ...state, selectedPath: target.path, mainView: 'file', reveal: { ...target, nonce: revealCount } })
    }),
    setLintMode: afterPendingEdits((mode) => {
      if (mode !== state.lintMode && editable()) set({ ...state, lintMode: mode })
    }),
    undo: afterPendingEdits(() => {
      const previous = past.at(-1)
      if (previous === undefined || !editable()) return
      past = past.slice(0, -1)
      future = [...future, state.pack]
      lastEditAt = 0
      set(withPack(previous))
    }),
    redo: afterPendingEdits(() => {
      const next = future.at(-1)
      if (next === undefined || !editable()) return
      future = future.slice(0, -1)
      past = [...past, state.pack]
      lastEditAt = 0
      set(withPack(next))
    }),
    getHistory: () => history,
    deferEdit(apply) {
      pendingEdits.add(apply)
    },
    applyPendingEdits,
    currentPack() {
      applyPendingEdits()
      return state.pack
    },
  }
}
