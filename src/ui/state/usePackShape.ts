import { useMemo, useSyncExternalStore } from 'react'
import { changedPaths } from '../../core/pack/packChanges'
import type { FileChangeKind } from '../../core/pack/packChanges'
import type { AppState } from './appState'
import type { PackStore } from './packStore'
import { usePackStore } from './usePackStore'

/** A getSnapshot for a derived value that keeps its identity while `same` says it is unchanged. */
function derivedSnapshot<T>(store: PackStore, derive: (state: AppState) => T, same: (a: T, b: T) => boolean): () => T {
  let last: { readonly state: AppState; readonly value: T } | undefined
  return () => {
    const state = store.getState()
    if (last?.state === state) return last.value
    const value = derive(state)
    last = { state, value: last !== undefined && same(last.value, value) ? last.value : value }
    return last.value
  }
}

/**
 * Subscribes to a value derived from the app state that keeps its identity while `same` says it is
 * unchanged: a keystroke gives the pack a new files map, but the file tree's paths and changed files
 * stay the same, so the parts that show them do not re-render while the user types.
 */
export function useDerivedAppState<T>(derive: (state: AppState) => T, same: (a: T, b: T) => boolean): T {
  const store = usePackStore()
  // One cache per subscription (the selector-memo pattern of use-sync-external-store/with-selector).
  const getSnapshot = useMemo(() => derivedSnapshot(store, derive, same), [store, derive, same])
  return useSyncExternalStore(store.subscribe, getSnapshot)
}

const samePaths = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((path, index) => path === b[index])
const derivePaths = (state: AppState): readonly string[] => [...state.pack.files.keys()]

/** The pack's paths in order; the same array until a file is added, removed or renamed. */
export function usePackPaths(): readonly string[] {
  return useDerivedAppState(derivePaths, samePaths)
}

const sameChanges = (a: ReadonlyMap<string, FileChangeKind>, b: ReadonlyMap<string, FileChangeKind>) =>
  a.size === b.size && [...a].every(([path, kind]) => b.get(path) === kind)
const deriveChanges = (state: AppState) => changedPaths(state.baseline, state.pack)

/** The files that differ from the draft's baseline; the same map while that list does not change. */
export function useChangedPaths(): ReadonlyMap<string, FileChangeKind> {
  return useDerivedAppState(deriveChanges, sameChanges)
}
