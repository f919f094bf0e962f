import { parseEngineResponse } from './engineApi'
import type { EngineRequest, EngineResponse, RenderEngine } from './engineApi'

/** The `Go` object of the wasm_exec.js shipped beside engine.wasm (the host loads that script). */
export interface GoProgram {
  readonly importObject: unknown
  run(instance: unknown): Promise<void>
}

interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: unknown): Promise<{ instance: unknown }>
}

type RenderFunction = (requestJson: string) => unknown

// The core is compiled without the DOM or Node libraries, so these runtime globals are reached
// through globalThis with the little shape used here.
const runtime = globalThis as unknown as { WebAssembly: WebAssemblyApi; packBuilderRender?: RenderFunction }

let started: Promise<RenderFunction> | undefined

/**
 * Starts the Go program of engine.wasm once per JavaScript realm (it sets `packBuilderRender` on
 * globalThis) and returns an engine calling it in this thread. The host supplies the bytes and
 * wasm_exec.js's Go, so this module needs neither Node nor the DOM.
 */
export function createWasmRenderEngine(wasm: Uint8Array, createGo: () => GoProgram): RenderEngine {
  started ??= start(wasm, createGo)
  const ready = started
  return {
    async render(request: EngineRequest): Promise<EngineResponse> {
      const renderFunction = await ready
      return renderJson(renderFunction, JSON.stringify(request))
    },
  }
}

async function start(wasm: Uint8Array, createGo: () => GoProgram): Promise<RenderFunction> {
  const go = createGo()
  const { instance } = await runtime.WebAssembly.instantiate(wasm, go.importObject)
  // run() settles only when the program exits; main() blocks forever so its function stays callable.
  void go.run(instance)
  const renderFunction = runtime.packBuilderRender
  if (typeof renderFunction !== 'function') throw new Error('the render engine did not start (packBuilderRender is missing)')
  return renderFunction
}

function renderJson(renderFunction: RenderFunction, requestJson: string): EngineResponse {
  try {
    const answer = renderFunction(requestJson)
    return parseEngineResponse(typeof answer === 'string' ? answer : '')
  } catch (error) {
    // A Go panic that escaped the engine's recover, or wasm trapping: the engine is unusable now.
    const message = `the render engine stopped: ${error instanceof Error ? error.message : String(error)}`
    return { ok: false, error: { kind: 'chart', message, helmMessage: message } }
  }
}
