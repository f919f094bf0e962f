import { createContext, useContext, useSyncExternalStore } from 'react'
import type { PackStore } from './packStore'
import type { AppState } from './appState'

/** Provides the one PackStore of the app. */
export const PackStoreContext = createContext<PackStore | null>(null)

/** The app's store; throws when used outside the provider (a programming error). */
export function usePackStore(): PackStore {
  const store = useContext(PackStoreContext)
  if (!store) throw new Error('usePackStore needs a PackStoreContext provider')
  return store
}

/** Subscribes to a slice of the app state; re-renders only when the slice changes identity. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  const store = usePackStore()
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()))
}
