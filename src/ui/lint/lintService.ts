import type { Finding } from '../../core'
import type { PackStore } from '../state/packStore'
import { diffFiles } from './lintProtocol'
import type { LintRequest, LintResponse } from './lintProtocol'

// No fixed delay: a change is sent at once when the worker is idle; while it is busy, changes wait and
// only the latest is sent when its answer comes. Problems then trail a keystroke by one lint run, and a
// burst of typing never queues stale runs. The next macrotask batches changes made together.
const BATCH_DELAY_MS = 0

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

/** Whether two lists of findings say the same (findings are plain data: they crossed postMessage). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b)
}

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
  /** A request is with the worker and has not been answered yet. */
  let busy = false
  /** The pack changed while the worker was busy: send once it answers. */
  let dirty = false
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
    busy = true
    dirty = false
    worker.postMessage(request)
  }
  worker.onmessage = (event: MessageEvent<LintResponse>) => {
    // An answer to an older pack is stale: a newer request is already on its way.
    if (event.data.id !== lastRequestId) return
    busy = false
    const failure: Finding[] = event.data.failure === undefined ? [] : [{ ruleId: 'internal/lint-failed', severity: 'error', file: '', message: `The checks could not run: ${event.data.failure}` }]
    // While typing goes on, show these (a keystroke old) and check the latest text next: still pending.
    const findings = [...failure, ...event.data.findings]
    // Typing mostly leaves the findings as they were: keeping the same array lets Problems, the file
    // tree and the markers skip their update.
    publish({ findings: sameFindings(findings, snapshot.findings) ? snapshot.findings : findings, pending: dirty })
    if (dirty) send()
  }
  store.subscribe(() => {
    const { pack, lintMode } = store.getState()
    if (pack === lastPack && lintMode === lastMode) return
    lastPack = pack
    lastMode = lintMode
    if (!snapshot.pending) publish({ ...snapshot, pending: true })
    if (busy) {
      dirty = true
      return
    }
    if (timer === undefined) timer = setTimeout(() => { timer = undefined; send() }, BATCH_DELAY_MS)
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
