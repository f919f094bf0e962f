// The render engine in Node: the wasm read from disk, in this thread (tests, corpus) or in a
// worker_thread with a time limit per chart (the CLI), so a runaway template is killed, not waited on.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { createWasmRenderEngine } from '../core/render/wasmEngine'
import type { GoProgram } from '../core/render/wasmEngine'
import type { EngineRequest, EngineResponse, RenderEngine } from '../core/render/engineApi'
import '../core/render/generated/wasm_exec.js'

/** The first of the engine's files that exists: beside the bundled CLI (dist-cli/), else in the source tree (tsx). */
function firstExisting(bundled: URL, source: URL): URL {
  return existsSync(fileURLToPath(bundled)) ? bundled : source
}

const WASM_URL = firstExisting(new URL('./engine.wasm', import.meta.url), new URL('../core/render/generated/engine.wasm', import.meta.url))
const WORKER_URL = firstExisting(new URL('./render-worker.mjs', import.meta.url), new URL('../../bin/render-worker.mjs', import.meta.url))

/** The engine in this thread. A template that never ends blocks the thread: use the worker engine for user input. */
export function createInThreadRenderEngine(): RenderEngine {
  const { Go } = globalThis as unknown as { Go: new () => GoProgram }
  return createWasmRenderEngine(new Uint8Array(readFileSync(WASM_URL)), () => new Go())
}

/** An engine in a worker_thread; `close()` ends the worker. */
export interface WorkerRenderEngine extends RenderEngine {
  close(): Promise<void>
}

interface Pending {
  readonly resolve: (response: EngineResponse) => void
  readonly timer: NodeJS.Timeout
}

/** Renders in a worker_thread; a request that takes longer than `timeoutMs` ends the worker and becomes a `timeout` error. */
export function createWorkerRenderEngine(timeoutMs: number): WorkerRenderEngine {
  let worker: Worker | undefined
  let pending: Pending | undefined
  let queue: Promise<unknown> = Promise.resolve()

  const start = (): Worker => {
    const started = new Worker(WORKER_URL)
    started.on('message', (response: EngineResponse) => { finish(response); })
    started.on('error', (error) => { finish(stopped(`the render worker failed: ${error.message}`)); })
    started.on('exit', () => {
      if (worker === started) worker = undefined
      finish(stopped('the render worker stopped'))
    })
    return started
  }

  const finish = (response: EngineResponse) => {
    const current = pending
    if (current === undefined) return
    pending = undefined
    clearTimeout(current.timer)
    current.resolve(response)
  }

  const renderNow = (request: EngineRequest): Promise<EngineResponse> =>
    new Promise((resolve) => {
      worker ??= start()
      const running = worker
      const timer = setTimeout(() => {
        const message = `rendering took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`
        finish({ ok: false, error: { kind: 'timeout', message, helmMessage: message } })
        worker = undefined
        void running.terminate()
      }, timeoutMs)
      pending = { resolve, timer }
      running.postMessage(request)
    })

  return {
    render(request) {
      const result = queue.then(() => renderNow(request))
      queue = result
      return result
    },
    async close() {
      await queue
      const running = worker
      worker = undefined
      if (running !== undefined) await running.terminate()
    },
  }
}

function stopped(message: string): EngineResponse {
  return { ok: false, error: { kind: 'chart', message, helmMessage: message } }
}
