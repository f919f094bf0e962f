import type { Finding } from '../../core'
import type { PackStore } from '../state/packStore'
import { diffFiles } from './lintProtocol'
import type { LintRequest, LintResponse } from './lintProtocol'

const LINT_DELAY_MS = 150

/** The findings of the store's current pack, kept up to date by a Web Worker. */
export interface FindingsSnapshot {
  readonly findings: readonly Finding[]
  readonly pending: boolean
}

/** Subscribable findings of one store. */
export interface LintService {
  readonly getSnapshot: () => FindingsSnapshot
  readonly subscribe: (listener: () => void) => () => void
}

const services = new WeakMap<PackStore, LintService>()

/** The one lint service of a store, started on first use. */
export function lintServiceFor(store: PackStore): LintService {
  let service = services.get(store)
  if (!service) {
    service = startLintService(store)
    services.set(store, service)
  }
  return service
}

function startLintService(store: PackStore): LintService {
  const worker = new Worker(new URL('./lintWorker.ts', import.meta.url), { type: 'module' })
  const listeners = new Set<() => void>()
  let snapshot: FindingsSnapshot = { findings: [], pending: true }
  let lastRequestId = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastPack = store.getState().pack
  let lastMode = store.getState().lintMode

  const publish = (next: FindingsSnapshot) => {
    snapshot = next
    for (const listener of listeners) listener()
  }
  let sentFiles: ReadonlyMap<string, Uint8Array> = new Map()
  const send = () => {
    const { pack, lintMode } = store.getState()
    lastRequestId += 1
    const request: LintRequest = { id: lastRequestId, mode: lintMode, folderName: pack.folderName, archive: pack.archive, ...diffFiles(sentFiles, pack.files) }
    sentFiles = pack.files
    worker.postMessage(request)
  }
  worker.onmessage = (event: MessageEvent<LintResponse>) => {
    // An answer to an older pack is stale: a newer request is already on its way.
    if (event.data.id !== lastRequestId) return
    const failure: Finding[] = event.data.failure === undefined ? [] : [{ ruleId: 'internal/lint-failed', severity: 'error', file: '', message: `The checks could not run: ${event.data.failure}` }]
    publish({ findings: [...failure, ...event.data.findings], pending: false })
  }
  store.subscribe(() => {
    const { pack, lintMode } = store.getState()
    if (pack === lastPack && lintMode === lastMode) return
    lastPack = pack
    lastMode = lintMode
    if (!snapshot.pending) publish({ ...snapshot, pending: true })
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(send, LINT_DELAY_MS)
  })
  send()
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
