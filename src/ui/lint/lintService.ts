import type { Finding } from '../../core'
import type { PackStore } from '../state/packStore'
import { diffFiles } from './lintProtocol'
import type { LintRequest, LintResponse } from './lintProtocol'

// No fixed delay: a change is sent at once when the worker is idle; while it is busy, changes wait and
// only the latest is sent when its answer comes. Problems then trail a keystroke by one lint run, and a
// burst of typing never queues stale runs. The next macrotask batches changes made together.
const BATCH_DELAY_MS = 0
/**
 * A lint run longer than this is stopped (the worker is ended) and reported: the rules are near-linear
 * and a 20 MB pack takes about a second, so this only catches a worker stuck for good, which would
 * otherwise keep the Problems panel (and the downloads) waiting forever.
 */
export const LINT_RUN_LIMIT_MS = 60_000

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

/** The one finding when the checks could not run; a warning, so a pack the checks fail on can still be downloaded. */
export function lintFailure(reason: string): Finding {
  return { ruleId: 'internal/lint-failed', severity: 'warning', file: '', message: `The checks could not run: ${reason}. The pack was not checked; the checks run again after the next edit.` }
}

const startLintWorker = () => new Worker(new URL('./lintWorker.ts', import.meta.url), { type: 'module' })

/** The part of a Worker the service uses (a test gives its own). */
export type LintWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>

/**
 * Starts linting the store's pack in a worker, and again on every change. A worker that fails (its
 * code did not load, it ran out of memory) or runs past `runLimitMs` is ended and reported as one
 * finding; the next change starts a new one.
 */
export function startLintService(store: PackStore, startWorker: () => LintWorker = startLintWorker, runLimitMs = LINT_RUN_LIMIT_MS): LintService {
  let worker: LintWorker | undefined
  let runLimit: ReturnType<typeof setTimeout> | undefined
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
    worker ??= start()
    worker.postMessage(request)
    clearTimeout(runLimit)
    runLimit = setTimeout(() => { fail(`they took longer than ${String(runLimitMs / 1000)} s and were stopped`) }, runLimitMs)
  }
  // The worker is ended; the findings say why. A change made meanwhile is checked at once, in a new one.
  const fail = (reason: string) => {
    clearTimeout(runLimit)
    worker?.terminate()
    worker = undefined
    // A new worker holds no files: the next request sends them all.
    sentFiles = new Map()
    busy = false
    publish({ findings: [lintFailure(reason)], pending: dirty })
    if (dirty) send()
  }
  const start = (): LintWorker => {
    const started = startWorker()
    started.onmessage = (event: MessageEvent<LintResponse>) => { if (started === worker) answered(event.data) }
    started.onerror = (event) => {
      event.preventDefault()
      if (started === worker) fail(event.message === '' ? 'the checking worker stopped (out of memory?)' : event.message)
    }
    return started
  }
  const answered = (answer: LintResponse) => {
    // An answer to an older pack is stale: a newer request is already on its way.
    if (answer.id !== lastRequestId) return
    clearTimeout(runLimit)
    busy = false
    const failure: Finding[] = answer.failure === undefined ? [] : [lintFailure(answer.failure)]
    // While typing goes on, show these (a keystroke old) and check the latest text next: still pending.
    const findings = [...failure, ...answer.findings]
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
