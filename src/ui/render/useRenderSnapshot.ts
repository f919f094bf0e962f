import { useSyncExternalStore } from 'react'
import { usePackStore } from '../state/usePackStore'
import { renderServiceFor } from './renderService'
import type { RenderService, RenderSnapshot } from './renderService'

/** The render service of the app's store and its current snapshot. */
export function useRenderSnapshot(): { readonly service: RenderService; readonly snapshot: RenderSnapshot } {
  const service = renderServiceFor(usePackStore())
  const snapshot = useSyncExternalStore(service.subscribe, service.getSnapshot)
  return { service, snapshot }
}
