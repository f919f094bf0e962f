import wasmUrl from '../../core/render/generated/engine.wasm?url'
import '../../core/render/generated/wasm_exec.js'
import { createPack, PRESETS_YAML, readTextFile, setTextFile, VALUES_YAML } from '../../core/pack/pack'
import type { Finding, Pack } from '../../core'
import { compareImages } from '../../core/images/compareImages'
import { withImageFixes } from '../../core/images/imageFixes'
import { applyPresetsToValues } from '../../core/presets/applyPresets'
import type { EngineRequest, RenderEngine } from '../../core/render/engineApi'
import { renderPack } from '../../core/render/renderPack'
import type { PackRenderOptions } from '../../core/render/renderPack'
import { RENDERED_DOCUMENT_CHECKS } from '../../core/render/renderedChecks'
import type { RenderedDocument } from '../../core/render/renderTypes'
import { createWasmRenderEngine } from '../../core/render/wasmEngine'
import type { GoProgram } from '../../core/render/wasmEngine'
import { applyFileDiff } from '../lint/lintProtocol'
import { renderParts } from './renderProtocol'
import type { RenderRequest, RenderResponse, RenderSettings, RenderWorkerMessage } from './renderProtocol'

// Renders the pack off the main thread, one part (chart or manifest) at a time, saying which part it
// is on so the page's watchdog can stop a runaway template and name it. The wasm engine loads on
// the first template that needs it: a pack of plain manifests is checked without it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RenderWorkerMessage>) => void) | null
  postMessage: (message: RenderResponse) => void
}
const { Go } = globalThis as unknown as { Go: new () => GoProgram }

let held = new Map<string, Uint8Array>()
let latestId = 0
let loading: Promise<RenderEngine> | undefined

// Answers the engine's first request, so its start (download, compile, Go runtime) is timed whole.
const WARM_UP: EngineRequest = {
  chart: { name: 'warm-up', chartYaml: 'apiVersion: v2\nname: warm-up\nversion: 0.0.0\n', templates: [], files: [], dependencies: [] },
  values: {},
  release: { name: 'warm-up', namespace: 'default', revision: 1, isUpgrade: false },
  kubeVersion: 'v1.34.0',
  apiVersions: [],
}

async function loadEngine(): Promise<RenderEngine> {
  scope.postMessage({ type: 'engine-loading' })
  const started = performance.now()
  const response = await fetch(wasmUrl)
  if (!response.ok) throw new Error(`the render engine (engine.wasm) could not be downloaded: HTTP ${String(response.status)}`)
  const engine = createWasmRenderEngine(new Uint8Array(await response.arrayBuffer()), () => new Go())
  await engine.render(WARM_UP)
  scope.postMessage({ type: 'engine-ready', startMs: performance.now() - started })
  return engine
}

const lazyEngine: RenderEngine = {
  async render(request) {
    loading ??= loadEngine()
    try {
      return await (await loading).render(request)
    } catch (error) {
      // The next render tries the download again (the network may be back).
      loading = undefined
      throw error
    }
  },
}

function renderOptions(settings: RenderSettings): PackRenderOptions {
  return { kubeVersion: `v${settings.kubeVersion}.0`, ...(settings.macroSamples !== undefined ? { macroSamples: settings.macroSamples } : {}) }
}

/** The pack as rendered: values.yaml with the chosen presets applied (the pack itself is not changed). */
function packWithPresets(pack: Pack, presets: readonly string[]): Pack {
  const values = readTextFile(pack, VALUES_YAML)
  const presetsText = readTextFile(pack, PRESETS_YAML)
  if (presets.length === 0 || values === undefined || presetsText === undefined) return pack
  return setTextFile(pack, VALUES_YAML, applyPresetsToValues(values, presetsText, presets))
}

/** The pack with only values.yaml and one part, so renderPack renders that part alone. */
function partPack(pack: Pack, part: string): Pack {
  return createPack(pack.folderName, [...pack.files].filter(([path]) => path === VALUES_YAML || path === part))
}

async function render(request: RenderRequest): Promise<void> {
  const started = performance.now()
  const pack = createPack(request.folderName, held)
  const rendered = packWithPresets(pack, request.settings.presets)
  const options = renderOptions(request.settings)
  const documents: RenderedDocument[] = []
  for (const part of renderParts(pack.files.keys())) {
    if (request.skip.includes(part)) continue
    // A newer pack is waiting in the queue: this answer would be dropped, so stop here.
    if (request.id !== latestId) return
    scope.postMessage({ type: 'part-started', id: request.id, part })
    const result = await renderPack(partPack(rendered, part), lazyEngine, options)
    documents.push(...result.documents)
    scope.postMessage({ type: 'part-done', id: request.id, part, documents: result.documents, findings: result.findings })
  }
  if (request.id !== latestId) return
  // The checks read the pack's own values.yaml (pack.content.images, line numbers), not the presets' version.
  const checked = await Promise.all(RENDERED_DOCUMENT_CHECKS.map(async (check) => check(pack, documents, options)))
  const images = compareImages(pack, documents).rows
  const findings: Finding[] = withImageFixes(checked.flat(), images)
  scope.postMessage({ type: 'done', id: request.id, findings, images, renderMs: performance.now() - started })
}

scope.onmessage = (event) => {
  const request = event.data
  if (request.type === 'ping') {
    scope.postMessage({ type: 'pong', nonce: request.nonce })
    return
  }
  held = applyFileDiff(held, request)
  latestId = request.id
  render(request).catch((error: unknown) => {
    scope.postMessage({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) })
  })
}
