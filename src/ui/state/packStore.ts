import type { LintMode, Pack } from '../../core'
import type { AppState, RevealTarget } from './appState'

type Listener = () => void

/** A tiny external store (the TanStack pattern): React reads it through useSyncExternalStore. */
export interface PackStore {
  readonly getState: () => AppState
  readonly subscribe: (listener: Listener) => () => void
  /** Applies a pure core update to the pack. */
  readonly updatePack: (update: (pack: Pack) => Pack) => void
  /** Replaces the whole pack (new pack, opened archive, restored draft). */
  readonly replacePack: (pack: Pack, selectedPath?: string) => void
  readonly selectFile: (path: string) => void
  /** Opens a file and asks its editor or form to show a line or a field. */
  readonly revealLocation: (target: Omit<RevealTarget, 'nonce'>) => void
  readonly setLintMode: (mode: LintMode) => void
}

/** Creates the store with its initial state. */
export function createPackStore(initial: AppState): PackStore {
  let state = initial
  let revealCount = 0
  const listeners = new Set<Listener>()
  const set = (next: AppState) => {
    if (next === state) return
    state = next
    for (const listener of listeners) listener()
  }
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    updatePack(update) {
      const pack = update(state.pack)
      if (pack !== state.pack) set({ ...state, pack })
    },
    replacePack(pack, selectedPath) {
      set({ ...state, pack, selectedPath: selectedPath ?? 'pack.json', reveal: undefined })
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
  }
}
