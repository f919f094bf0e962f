import type { HelmMap } from './helmYaml'

/** A chart as the engine receives it (see engine/request.go); file data is base64. */
export interface EngineChart {
  readonly name: string
  readonly chartYaml: string
  readonly templates: readonly EngineFile[]
  readonly files: readonly EngineFile[]
  readonly dependencies: readonly EngineChart[]
}

export interface EngineFile {
  readonly name: string
  /** base64 of the bytes (Go's encoding/json decodes []byte from base64). */
  readonly data: string
}

/** One `helm template` of one chart, values already coalesced. */
export interface EngineRequest {
  readonly chart: EngineChart
  readonly values: HelmMap
  readonly release: { readonly name: string; readonly namespace: string; readonly revision: number; readonly isUpgrade: boolean }
  readonly kubeVersion: string
  readonly apiVersions: readonly string[]
  /** Extra top-level objects beside .Values (the `.Spectro` scope some manifests use). */
  readonly scope?: HelmMap
}

/** parse/exec: the template is broken; input: `required`/`fail`; chart: the request itself; timeout: killed. */
export type EngineErrorKind = 'parse' | 'exec' | 'input' | 'chart' | 'timeout'

export interface EngineError {
  readonly kind: EngineErrorKind
  /** The template where it happened, as Helm names it (`chart/templates/x.yaml`). */
  readonly template?: string
  readonly line?: number
  readonly column?: number
  readonly message: string
  /** The error as `helm template` words it. */
  readonly helmMessage: string
  /** Go's full error text (every template place, the failing action). */
  readonly raw?: string
}

export type EngineResponse =
  | { readonly ok: true; readonly rendered: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly error: EngineError }

/** Renders requests; hosts wrap the wasm in a worker with a time limit, or call it in-thread. */
export interface RenderEngine {
  render(request: EngineRequest): Promise<EngineResponse>
}

const KINDS: readonly EngineErrorKind[] = ['parse', 'exec', 'input', 'chart', 'timeout']

/** Reads the engine's JSON answer; anything unexpected becomes a `chart` error, never a throw. */
export function parseEngineResponse(json: string): EngineResponse {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return broken('the render engine answered with something that is not JSON')
  }
  if (typeof parsed !== 'object' || parsed === null) return broken('the render engine gave no answer')
  const { rendered, error } = parsed as { rendered?: unknown; error?: unknown }
  if (typeof error === 'object' && error !== null) {
    const fields = error as Record<string, unknown>
    const kind = KINDS.find((known) => known === fields.kind) ?? 'chart'
    const message = typeof fields.message === 'string' ? fields.message : 'the render failed'
    return {
      ok: false,
      error: {
        kind,
        message,
        helmMessage: typeof fields.helmMessage === 'string' && fields.helmMessage !== '' ? fields.helmMessage : message,
        ...(typeof fields.raw === 'string' ? { raw: fields.raw } : {}),
        ...(typeof fields.template === 'string' ? { template: fields.template } : {}),
        ...(typeof fields.line === 'number' ? { line: fields.line } : {}),
        ...(typeof fields.column === 'number' ? { column: fields.column } : {}),
      },
    }
  }
  if (typeof rendered !== 'object' || rendered === null) return broken('the render engine returned no templates')
  const templates = new Map<string, string>()
  for (const [name, text] of Object.entries(rendered)) if (typeof text === 'string') templates.set(name, text)
  return { ok: true, rendered: templates }
}

function broken(message: string): EngineResponse {
  return { ok: false, error: { kind: 'chart', message, helmMessage: message } }
}
