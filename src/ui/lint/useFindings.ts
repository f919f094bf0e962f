import { useSyncExternalStore } from 'react'
import type { Finding } from '../../core'
import { usePackStore } from '../state/usePackStore'
import { lintServiceFor } from './lintService'

/** The current findings of the pack, computed off the main thread. `pending` while a newer pack is being checked. */
export function useFindings(): { readonly findings: readonly Finding[]; readonly pending: boolean } {
  const service = lintServiceFor(usePackStore())
  return useSyncExternalStore(service.subscribe, service.getSnapshot)
}
