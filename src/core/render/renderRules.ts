import type { Finding, Severity } from '../lint/types'

/** A finding the render produces: its stable id, default severity and what it means. */
export interface RenderRule {
  readonly id: string
  readonly severity: Severity
  readonly description: string
}

export const TEMPLATE_ERROR: RenderRule = {
  id: 'render/template-error',
  severity: 'error',
  description: 'A template does not parse or fails while rendering: `helm template` fails on this pack.',
}
export const INPUT_NEEDED: RenderRule = {
  id: 'render/input-needed',
  severity: 'warning',
  description: 'A template stops on `required`/`fail` or on a missing value: the pack renders only once a user supplies it.',
}
export const INVALID_OUTPUT: RenderRule = {
  id: 'render/invalid-yaml',
  severity: 'error',
  description: 'A template renders text that is not valid YAML: Helm refuses to install it.',
}
export const CHART_UNREADABLE: RenderRule = {
  id: 'render/chart-unrenderable',
  severity: 'error',
  description: 'A chart cannot be rendered at all: unreadable archive, Chart.yaml, values, or a Kubernetes version it refuses.',
}
export const RENDER_TIMEOUT: RenderRule = {
  id: 'render/timeout',
  severity: 'error',
  description: 'Rendering took longer than the time limit (a template that loops or recurses without end).',
}

/** Every rule id the render reports, for listings and tests. */
export const RENDER_RULES: readonly RenderRule[] = [TEMPLATE_ERROR, INPUT_NEEDED, INVALID_OUTPUT, CHART_UNREADABLE, RENDER_TIMEOUT]

interface Place {
  readonly file: string
  readonly line?: number
  readonly column?: number
}

/** A finding of one render rule at a place in the pack. */
export function renderFinding(rule: RenderRule, place: Place, message: string, hint?: string): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    file: place.file,
    ...(place.line !== undefined ? { line: place.line } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
    message,
    ...(hint !== undefined ? { hint } : {}),
  }
}
