import type { Finding } from '../../core'
import type { ImageRow } from '../../core/images/compareImages'
import type { RenderedDocument } from '../../core/render/renderTypes'
import { RENDER_TIMEOUT, renderFinding } from '../../core/render/renderRules'
import { isChartPart } from './renderProtocol'
import type { RenderResponse } from './renderProtocol'

/** `waiting` until the worker starts it; `timeout` when the watchdog stopped it (or it was skipped for having done so). */
export type PartStatus = 'waiting' | 'rendering' | 'done' | 'timeout'

/** One chart or manifest of a render run. */
export interface PartState {
  readonly part: string
  readonly kind: 'chart' | 'manifest'
  readonly status: PartStatus
  readonly documents: readonly RenderedDocument[]
  /** The render's own findings for this part (template errors, input needed, timeout). */
  readonly findings: readonly Finding[]
}

/** One render of one version of the pack, as its answers arrive. Plain data: React renders it. */
export interface RenderRun {
  readonly id: number
  readonly parts: readonly PartState[]
  /** Findings of the checks of the rendered output (schemas, images), once every part is rendered. */
  readonly checkFindings: readonly Finding[]
  readonly images: readonly ImageRow[] | undefined
  readonly done: boolean
  /** How long rendering and checking took in the worker. */
  readonly renderMs: number | undefined
  /** The worker could not render at all (its message). */
  readonly failure: string | undefined
}

/** The finding for a part the watchdog stopped, naming the chart or manifest. */
export function timeoutFinding(part: string, limitMs: number): Finding {
  const what = isChartPart(part) ? 'the chart' : 'the manifest'
  return renderFinding(
    RENDER_TIMEOUT,
    { file: part },
    `rendering ${what} ${part} took longer than ${Math.round(limitMs / 1000)} s and was stopped; it is not rendered again until it or values.yaml changes`,
    'Look for a template that loops without end (`range`, `until`) or includes itself.',
  )
}

/** A new run over `parts`; those in `skipped` already timed out with the same inputs and are not rendered again. */
export function startRun(id: number, parts: readonly string[], skipped: ReadonlySet<string>, limitMs: number): RenderRun {
  return {
    id,
    parts: parts.map((part) => ({
      part,
      kind: isChartPart(part) ? 'chart' : 'manifest',
      status: skipped.has(part) ? 'timeout' : 'waiting',
      documents: [],
      findings: skipped.has(part) ? [timeoutFinding(part, limitMs)] : [],
    })),
    checkFindings: [],
    images: undefined,
    done: false,
    renderMs: undefined,
    failure: undefined,
  }
}

function updatePart(run: RenderRun, part: string, update: (state: PartState) => PartState): RenderRun {
  return { ...run, parts: run.parts.map((state) => (state.part === part ? update(state) : state)) }
}

/** The run after one answer of the worker; answers to another run leave it as it is. */
export function applyResponse(run: RenderRun, response: RenderResponse): RenderRun {
  if (response.type === 'engine-loading' || response.type === 'engine-ready' || response.type === 'pong' || response.id !== run.id) return run
  switch (response.type) {
    case 'part-started':
      return updatePart(run, response.part, (state) => ({ ...state, status: 'rendering' }))
    case 'part-done':
      return updatePart(run, response.part, (state) => ({ ...state, status: 'done', documents: response.documents, findings: response.findings }))
    case 'done':
      return { ...run, done: true, checkFindings: response.findings, images: response.images, renderMs: response.renderMs }
    case 'failed':
      return { ...run, done: true, failure: response.message }
  }
}

/** The part the worker is rendering now, if any. */
export function runningPart(run: RenderRun): string | undefined {
  return run.parts.find((state) => state.status === 'rendering')?.part
}

/**
 * The watchdog's decision when a part's time is up: the run with that part marked as timed out when
 * it is still rendering it (the worker must then be stopped), else undefined (it finished in time).
 */
export function timeOutPart(run: RenderRun, part: string, limitMs: number): RenderRun | undefined {
  if (run.done || runningPart(run) !== part) return undefined
  return updatePart(run, part, (state) => ({ ...state, status: 'timeout', findings: [timeoutFinding(part, limitMs)] }))
}

/**
 * Every finding of a run, each once: the parts' own (values.yaml problems are reported by every
 * part that reads it) and the checks'.
 */
export function runFindings(run: RenderRun): Finding[] {
  const seen = new Set<string>()
  const findings: Finding[] = []
  for (const finding of [...run.parts.flatMap((state) => state.findings), ...run.checkFindings]) {
    const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, finding.message])
    if (seen.has(key)) continue
    seen.add(key)
    findings.push(finding)
  }
  return findings
}
