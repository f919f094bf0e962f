import type { Finding } from '../../core'
import type { ImageRow } from '../../core/images/compareImages'
import type { HelmMap } from '../../core/render/helmYaml'
import type { RenderedDocument } from '../../core/render/renderTypes'
import type { LintRequest } from '../lint/lintProtocol'

/** How the Rendered view asks the pack to be rendered: UI state, never stored in the pack. */
export interface RenderSettings {
  /** A Kubernetes minor release, `1.34`. */
  readonly kubeVersion: string
  /** The values Palette's `.spectro.*` macros get; undefined: the core's samples (their Kubernetes version follows kubeVersion). */
  readonly macroSamples: HelmMap | undefined
  /** The presets of presets.yaml applied before rendering, as `group:name`. */
  readonly presets: readonly string[]
}

/**
 * A request to the render worker. Like the lint worker's, only files whose bytes changed since the
 * previous request are copied; a fresh worker gets every file.
 */
export interface RenderRequest extends Pick<LintRequest, 'paths' | 'changed' | 'folderName'> {
  readonly type: 'render'
  readonly id: number
  readonly settings: RenderSettings
  /** Parts (chart archives, manifests) not to render: they ran past the time limit with these very inputs. */
  readonly skip: readonly string[]
}

/**
 * Asked when a part's time is up: a worker stuck in one engine call cannot answer, one that is
 * merely waiting (a download, a clock that jumped after sleep) answers at once.
 */
export interface PingRequest {
  readonly type: 'ping'
  readonly nonce: number
}

/** What the page sends the worker. */
export type RenderWorkerMessage = RenderRequest | PingRequest

/** What the worker says while and after it renders one request. */
export type RenderResponse =
  /** The wasm engine starts loading (once per worker): its download and compile are not the part's time. */
  | { readonly type: 'engine-loading' }
  /** The wasm engine is loaded and answered its first request (sent once per worker). */
  | { readonly type: 'engine-ready'; readonly startMs: number }
  /** One part (a chart or a manifest) is being rendered now: the main thread's watchdog times it. */
  | { readonly type: 'part-started'; readonly id: number; readonly part: string }
  | { readonly type: 'part-done'; readonly id: number; readonly part: string; readonly documents: readonly RenderedDocument[]; readonly findings: readonly Finding[] }
  /** Every part is rendered; the checks of the rendered output and the image comparison follow. */
  | { readonly type: 'done'; readonly id: number; readonly findings: readonly Finding[]; readonly images: readonly ImageRow[]; readonly renderMs: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'pong'; readonly nonce: number }

const CHART_ARCHIVE = /^charts\/[^/]+\.tgz$/i
const MANIFEST = /^manifests\/.+\.ya?ml$/i

/**
 * The parts of a pack rendered one by one, in the order renderPack renders them: every chart
 * archive, then every manifest. Each is rendered (and timed) on its own, so a runaway template is
 * pinned to its chart and the others still render.
 */
export function renderParts(paths: Iterable<string>): string[] {
  const all = [...paths]
  return [...all.filter((path) => CHART_ARCHIVE.test(path)).sort(), ...all.filter((path) => MANIFEST.test(path)).sort()]
}

/** Whether a pack has anything to render (then its render checks run after lint, without opening the view). */
export function hasRenderParts(paths: Iterable<string>): boolean {
  for (const path of paths) if (CHART_ARCHIVE.test(path) || MANIFEST.test(path)) return true
  return false
}

/** Whether a part is a chart archive (else a manifest). */
export function isChartPart(part: string): boolean {
  return CHART_ARCHIVE.test(part)
}

/** A key that changes when the settings do (they are plain JSON data). */
export function settingsKey(settings: RenderSettings): string {
  return JSON.stringify([settings.kubeVersion, settings.macroSamples, [...settings.presets].sort()])
}
