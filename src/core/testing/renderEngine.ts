// The committed render engine for tests, loaded the way the Node host loads it.
import { readFileSync } from 'node:fs'
import { createWasmRenderEngine } from '../render/wasmEngine'
import type { GoProgram } from '../render/wasmEngine'
import type { RenderEngine } from '../render/engineApi'
import '../render/generated/wasm_exec.js'

export function testRenderEngine(): RenderEngine {
  const { Go } = globalThis as unknown as { Go: new () => GoProgram }
  return createWasmRenderEngine(new Uint8Array(readFileSync(new URL('../render/generated/engine.wasm', import.meta.url))), () => new Go())
}
