import { PRESETS_YAML, VALUES_YAML } from '../../core/pack/pack'
import type { Finding, Pack } from '../../core'
import type { RenderedLocation } from '../../core/k8s/renderedFinding'
import { DEFAULT_KUBE_VERSION } from '../../core/k8s/kubeVersion'
import { diffFiles } from '../lint/lintProtocol'
import { lintServiceFor } from '../lint/lintService'
import type { PackStore } from '../state/packStore'
import { hasRenderParts, renderParts, settingsKey } from './renderProtocol'
import type { RenderRequest, RenderResponse, RenderSettings, RenderWorkerMessage } from './renderProtocol'
import { applyResponse, runFindings, startRun, timeOutPart } from './renderRun'
import type { RenderRun } from './renderRun'

/** With the Rendered view open: quiet time after the last edit (and after lint has settled) before the pack is rendered again. */
const RENDER_DELAY_MS = 300
/**
 * With the view closed, the render checks (their findings reach Problems) wait for a longer pause and
 * then for idle time: rendering a chart costs a core and its results are applied on this thread, so
 * it never runs between keystrokes. Until then the previous render's findings stay (no flicker).
 */
export const IDLE_RENDER_DELAY_MS = 1500
/** How long a due render may wait for the page to be idle. */
const IDLE_TIMEOUT_MS = 1000
/** A chart or manifest that renders longer than this is stopped (the worker is ended) and reported. */
export const RENDER_TIME_LIMIT_MS = 20_000
/** The engine's download, compile and start (about 10 MB of wasm) get their own, longer limit. */
export const ENGINE_START_LIMIT_MS = 120_000
/** When time is up, how long the worker has to answer a ping before it is taken as stuck. */
const PING_GRACE_MS = 3_000

/** What the app knows about rendering the current pack. */
export interface RenderSnapshot {
  /** The latest render, possibly still running; undefined before the first. */
  readonly run: RenderRun | undefined
  /** The findings of the latest finished render of this draft (kept while a newer one runs, like lint's). */
  readonly findings: readonly Finding[]
  /** A render is queued or running. */
  readonly rendering: boolean
  readonly settings: RenderSettings
  /** How long the engine took to start (download, compile, first answer), once it has. */
  readonly engineStartMs: number | undefined
  /** A place in the rendered output the user asked to see (from the Problems panel). */
  readonly focus: RenderedFocus | undefined
}

/** A rendered document's line to show; the nonce makes asking twice move the cursor again. */
export interface RenderedFocus {
  readonly part: string
  readonly location: RenderedLocation
  readonly nonce: number
}

export interface RenderService {
  readonly getSnapshot: () => RenderSnapshot
  readonly subscribe: (listener: () => void) => () => void
  /** The Rendered view is open: render now rather than after the usual delay. */
  readonly renderSoon: () => void
  /**
   * Someone waits for the render checks (a download): a render that is only scheduled (waiting for
   * the typing pause or idle time) starts now. One already running is left alone.
   */
  readonly hurry: () => void
  readonly setSettings: (settings: RenderSettings) => void
  /** Asks the Rendered view to show a part's rendered document at a line. */
  readonly focus: (part: string, location: RenderedLocation) => void
}

export const DEFAULT_RENDER_SETTINGS: RenderSettings = { kubeVersion: DEFAULT_KUBE_VERSION, macroSamples: undefined, presets: [] }

// requestIdleCallback where there is one (not in Safari before 17): else at once.
const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
  else run()
}

const services = new WeakMap<PackStore, RenderService>()

/** The render service of a store. Creating it starts nothing: the worker starts with the first pack that has charts or manifests. */
export function renderServiceFor(store: PackStore): RenderService {
  let service = services.get(store)
  if (!service) {
    service = startRenderService(store)
    services.set(store, service)
  }
  return service
}

/** The inputs a part timed out with: while they are the same bytes, it is not rendered again. */
interface TimedOutInputs {
  readonly part: Uint8Array | undefined
  readonly values: Uint8Array | undefined
  readonly presets: Uint8Array | undefined
  readonly settings: string
}

function inputsOf(pack: Pack, part: string, settings: RenderSettings): TimedOutInputs {
  return { part: pack.files.get(part), values: pack.files.get(VALUES_YAML), presets: pack.files.get(PRESETS_YAML), settings: settingsKey(settings) }
}

function sameInputs(a: TimedOutInputs, b: TimedOutInputs): boolean {
  return a.part === b.part && a.values === b.values && a.presets === b.presets && a.settings === b.settings
}

function startRenderService(store: PackStore): RenderService {
  const lint = lintServiceFor(store)
  const listeners = new Set<() => void>()
  let snapshot: RenderSnapshot = { run: undefined, findings: [], rendering: false, settings: DEFAULT_RENDER_SETTINGS, engineStartMs: undefined, focus: undefined }
  let focusCount = 0
  let worker: Worker | undefined
  let sentFiles: ReadonlyMap<string, Uint8Array> = new Map()
  let lastRequestId = 0
  let renderedFiles: ReadonlyMap<string, Uint8Array> | undefined
  let renderedSettings = ''
  let draftId = store.getState().draftId
  let timer: ReturnType<typeof setTimeout> | undefined
  /** Counts schedules: an idle callback of an older one sends nothing. */
  let scheduled = 0
  let viewOpen = store.getState().mainView === 'rendered'
  let watchdog: { readonly part: string; readonly id: number; readonly phase: 'engine' | 'part'; readonly timer: ReturnType<typeof setTimeout> } | undefined
  let pingNonce = 0
  const timedOut = new Map<string, TimedOutInputs>()

  const publish = (next: Partial<RenderSnapshot>) => {
    snapshot = { ...snapshot, ...next }
    for (const listener of listeners) listener()
  }

  const stopWatchdog = () => {
    if (watchdog !== undefined) clearTimeout(watchdog.timer)
    watchdog = undefined
  }

  // While the engine loads, the part's clock stops; the load has a limit of its own.
  const restartWatchdog = (phase: 'engine' | 'part') => {
    if (watchdog === undefined) return
    const { part, id } = watchdog
    clearTimeout(watchdog.timer)
    watchdog = { part, id, phase, timer: setTimeout(() => { timeIsUp(part, id) }, phase === 'engine' ? ENGINE_START_LIMIT_MS : RENDER_TIME_LIMIT_MS) }
  }

  // A timer can fire early in wall time (the machine slept, a test's clock jumped): before ending
  // the worker, check that it really is stuck in one call by asking it to answer.
  const timeIsUp = (part: string, id: number) => {
    if (watchdog?.id !== id || watchdog.part !== part || worker === undefined) return
    pingNonce += 1
    const { phase } = watchdog
    watchdog = { part, id, phase, timer: setTimeout(() => { timeOut(part, id) }, PING_GRACE_MS) }
    worker.postMessage({ type: 'ping', nonce: pingNonce } satisfies RenderWorkerMessage)
  }

  const onResponse = (response: RenderResponse) => {
    if (response.type === 'pong') {
      // The worker is not stuck: the part gets its time again.
      if (response.nonce === pingNonce && watchdog !== undefined) restartWatchdog(watchdog.phase)
      return
    }
    if (response.type === 'engine-loading') {
      restartWatchdog('engine')
      return
    }
    if (response.type === 'engine-ready') {
      restartWatchdog('part')
      publish({ engineStartMs: response.startMs })
      return
    }
    // The watchdog times whatever the worker is busy with, even an answer to an older pack.
    if (response.type === 'part-started') {
      stopWatchdog()
      const { part, id } = response
      watchdog = { part, id, phase: 'part', timer: setTimeout(() => { timeIsUp(part, id) }, RENDER_TIME_LIMIT_MS) }
    } else if (watchdog?.id === response.id) {
      stopWatchdog()
    }
    const { run } = snapshot
    // An answer to an older pack is stale: a newer request is already on its way.
    if (run === undefined || response.id !== run.id) return
    const next = applyResponse(run, response)
    publish(next.done ? { run: next, findings: runFindings(next), rendering: false } : { run: next })
  }

  const startWorker = (): Worker => {
    const started = new Worker(new URL('./renderWorker.ts', import.meta.url), { type: 'module' })
    started.onmessage = (event: MessageEvent<RenderResponse>) => { onResponse(event.data) }
    started.onerror = (event) => {
      event.preventDefault()
      endWorker()
      const { run } = snapshot
      const message = `the render worker could not start${event.message ? `: ${event.message}` : ''}`
      if (run !== undefined && !run.done) onResponse({ type: 'failed', id: run.id, message })
    }
    return started
  }

  const endWorker = () => {
    stopWatchdog()
    worker?.terminate()
    worker = undefined
    // A fresh worker holds no files: the next request sends them all.
    sentFiles = new Map()
  }

  // The part ran past the limit: end the worker (its thread is stuck in the template), remember the
  // inputs that hung, and render the pack again in a fresh worker without that part.
  const timeOut = (part: string, id: number) => {
    if (watchdog?.id !== id || watchdog.part !== part) return
    const { phase } = watchdog
    const { pack } = store.getState()
    endWorker()
    if (phase === 'engine') {
      // Not the part's fault: say so, and try again with the next change.
      const { run } = snapshot
      renderedFiles = undefined
      if (run !== undefined && !run.done) onResponse({ type: 'failed', id: run.id, message: `the render engine did not start within ${String(ENGINE_START_LIMIT_MS / 1000)} s` })
      return
    }
    const { run } = snapshot
    if (run !== undefined && run.id === id) {
      timedOut.set(part, inputsOf(pack, part, snapshot.settings))
      const next = timeOutPart(run, part, RENDER_TIME_LIMIT_MS)
      if (next !== undefined) publish({ run: next })
    }
    send()
  }

  const skippedParts = (pack: Pack): Set<string> => {
    const skipped = new Set<string>()
    for (const [part, inputs] of timedOut) {
      if (sameInputs(inputs, inputsOf(pack, part, snapshot.settings))) skipped.add(part)
      else timedOut.delete(part)
    }
    return skipped
  }

  const send = () => {
    timer = undefined
    const { pack } = store.getState()
    const skipped = skippedParts(pack)
    lastRequestId += 1
    const request: RenderRequest = {
      type: 'render',
      id: lastRequestId,
      folderName: pack.folderName,
      ...diffFiles(sentFiles, pack.files),
      settings: snapshot.settings,
      skip: [...skipped],
    }
    worker ??= startWorker()
    worker.postMessage(request)
    sentFiles = pack.files
    renderedFiles = pack.files
    renderedSettings = settingsKey(snapshot.settings)
    publish({ run: startRun(request.id, renderParts(pack.files.keys()), skipped, RENDER_TIME_LIMIT_MS), rendering: true })
  }

  const schedule = (delay = viewOpen ? RENDER_DELAY_MS : IDLE_RENDER_DELAY_MS) => {
    const { pack, draftId: currentDraft } = store.getState()
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    // Whatever was scheduled before (a timer, an idle callback) is superseded by this call.
    scheduled += 1
    const ticket = scheduled
    if (currentDraft === undefined || !hasRenderParts(pack.files.keys())) {
      renderedFiles = undefined
      if (snapshot.run !== undefined || snapshot.findings.length > 0 || snapshot.rendering) publish({ run: undefined, findings: [], rendering: false })
      return
    }
    if (pack.files === renderedFiles && settingsKey(snapshot.settings) === renderedSettings) return
    if (!snapshot.rendering) publish({ rendering: true })
    // Render checks run once lint has settled, so typing keeps the linter's pace.
    if (lint.getSnapshot().pending) return
    timer = setTimeout(() => {
      if (viewOpen || delay === 0) send()
      else whenIdle(() => { if (ticket === scheduled) send() })
    }, delay)
  }

  store.subscribe(() => {
    const state = store.getState()
    if (state.draftId !== draftId) {
      // Another draft: the previous one's output and findings are not this one's.
      draftId = state.draftId
      renderedFiles = undefined
      publish({ run: undefined, findings: [], rendering: false })
    }
    const opened = state.mainView === 'rendered' && !viewOpen
    viewOpen = state.mainView === 'rendered'
    // Opening the view renders what is pending without waiting for the idle pause.
    if (state.pack.files !== renderedFiles || opened) schedule()
  })
  lint.subscribe(() => { if (!lint.getSnapshot().pending) schedule() })
  schedule()

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    renderSoon: () => { schedule(0) },
    hurry() {
      const { pack } = store.getState()
      if (!snapshot.rendering || pack.files === renderedFiles || lint.getSnapshot().pending) return
      if (timer !== undefined) clearTimeout(timer)
      // An idle callback still waiting sends nothing now.
      scheduled += 1
      send()
    },
    focus(part, location) {
      focusCount += 1
      publish({ focus: { part, location, nonce: focusCount } })
    },
    setSettings(settings) {
      if (settingsKey(settings) === settingsKey(snapshot.settings)) return
      publish({ settings })
      schedule(0)
    },
  }
}
