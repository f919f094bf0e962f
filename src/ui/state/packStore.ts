import type { LintMode, Pack } from '../../core'
import type { AppState, RevealTarget } from './appState'

type Listener = () => void

/** Whether there is something to undo or redo. A new object whenever either changes. */
export interface HistoryState {
  readonly canUndo: boolean
  readonly canRedo: boolean
}

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
   * Replaces the whole pack (new pack, opened archive); undoable. New packs are checked with the strict
   * author rules, opened ones as Palette would accept them (the Problems panel can switch).
   */
  readonly replacePack: (pack: Pack, lintMode: LintMode) => void
  readonly selectFile: (path: string) => void
  /** Opens a file and asks its editor or form to show a line or a field. */
  readonly revealLocation: (target: Omit<RevealTarget, 'nonce'>) => void
  readonly setLintMode: (mode: LintMode) => void
  /** Goes back to the pack before the last edit step. */
  readonly undo: () => void
  /** Re-applies the last undone step. */
  readonly redo: () => void
  readonly getHistory: () => HistoryState
}

/** Edits closer together than this are merged into one undo step. */
const UNDO_MERGE_MS = 1000
const UNDO_LIMIT = 100

/** Creates the store with its initial state. */
export function createPackStore(initial: AppState): PackStore {
  let state = initial
  let revealCount = 0
  const listeners = new Set<Listener>()
  const past: Pack[] = []
  const future: Pack[] = []
  let lastEditAt = 0
  let history: HistoryState = { canUndo: false, canRedo: false }

  const set = (next: AppState) => {
    if (next === state) return
    state = next
    if (history.canUndo !== past.length > 0 || history.canRedo !== future.length > 0) {
      history = { canUndo: past.length > 0, canRedo: future.length > 0 }
    }
    for (const listener of listeners) listener()
  }
  const remember = (pack: Pack, merge: boolean) => {
    const now = Date.now()
    if (!merge || now - lastEditAt > UNDO_MERGE_MS) {
      past.push(pack)
      if (past.length > UNDO_LIMIT) past.shift()
    }
    lastEditAt = merge ? now : 0
    future.length = 0
  }
  // After undo/redo the selected file may be gone; fall back to pack.json.
  const withPack = (pack: Pack): AppState =>
    ({ ...state, pack, selectedPath: pack.files.has(state.selectedPath) || state.selectedPath === 'logo.png' ? state.selectedPath : 'pack.json' })

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    updatePack(update, options) {
      const pack = update(state.pack)
      if (pack === state.pack) return
      remember(state.pack, options?.undoStep !== 'own')
      set({ ...state, pack })
    },
    replacePack(pack, lintMode) {
      remember(state.pack, false)
      set({ ...state, pack, lintMode, selectedPath: 'pack.json', reveal: undefined })
    },
    selectFile(path) {
      if (path !== state.selectedPath) set({ ...state, selectedPath: path })
    },
    revealLocation(target) {
      revealCount += 1
      set({ ...state, selectedPath: target.path, reveal: { ...target, nonce: revealCount } })
    },
    setLintMode(mode) {
      if (mode !== state.lintMode) set({ ...state, lintMode: mode })
    },
    undo() {
      const previous = past.pop()
      if (previous === undefined) return
      future.push(state.pack)
      lastEditAt = 0
      set(withPack(previous))
    },
    redo() {
      const next = future.pop()
      if (next === undefined) return
      past.push(state.pack)
      lastEditAt = 0
      set(withPack(next))
    },
    getHistory: () => history,
  }
}
